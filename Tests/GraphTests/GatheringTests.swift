import Testing

@testable import Graph

/// Meetings named with the actors they bring together ("قمة تضم X وY وZ", "a summit bringing
/// together X, Y and Z"): every pair of the gathered actors negotiates.
@Suite("Relations: meetings that gather actors")
struct GatheringTests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2018-06-01")
  }

  @Test func aSummitGathersItsMembers() throws {
    #expect(
      try relations("وعقدت قمة ثلاثية ضمت مصر والأردن والعراق في عمان.") == [
        "EGY negotiates-with JOR", "EGY negotiates-with IRQ", "JOR negotiates-with IRQ",
      ])
    // After adjectives and a relative pronoun.
    #expect(
      try relations("وناقش الوزير اجتماع القمة الثلاثية التي تضم إيران وروسيا وتركيا.")
        .contains("RUS negotiates-with TUR"))
    #expect(
      try relations("Leaders met at a summit bringing together Russia, Turkey and Iran.") == [
        "RUS negotiates-with TUR", "RUS negotiates-with IRN", "TUR negotiates-with IRN",
      ])
    #expect(
      try relations("Talks involving Russia and Ukraine resumed.") == ["RUS negotiates-with UKR"])
  }

  @Test func aGatheringWordAfterAPrepositionIsNotTheMeetings() throws {
    // "ضم" is also annexation: after "حول" (about) it is the topic, not the participants.
    #expect(try relations("وبدأت المحادثات حول ضم روسيا والقرم.").isEmpty)
    // One actor gathered is no meeting of two.
    #expect(try relations("وعقدت قمة ضمت مصر في عمان.").isEmpty)
  }

  @Test func aJointInitiativeOrSponsorshipJoinsItsParties() throws {
    #expect(try relations("تم اللقاء بناء على مبادرة أردنية مصرية.") == ["JOR negotiates-with EGY"])
    #expect(try relations("عقد المؤتمر برعاية روسية تركية.") == ["RUS negotiates-with TUR"])
    #expect(try relations("أطلقت مصر والأردن مبادرة للسلام.") == ["EGY negotiates-with JOR"])
    // One party's initiative joins nobody; welcoming it supports its author.
    #expect(try relations("رحبت تركيا بالمبادرة المصرية.") == ["TUR supports EGY"])
    // "و" + the noun right after a list adds an item to the list: the list did not sponsor.
    #expect(
      try relations("ونفذته منظمات من خمس دول هي مصر والأردن ولبنان وبرعاية من الجامعة العربية.")
        .isEmpty)
  }

  @Test func talksAfterDespiteAreTheSubjects() throws {
    // "despite"/"amid" open a phrase like other prepositions: the talks are the subject's.
    #expect(
      try relations("Russia attacked Ukraine despite talks with France.") == [
        "RUS strikes UKR", "RUS negotiates-with FRA",
      ])
    #expect(
      try relations("Turkey shelled Syria amid talks with Russia.") == [
        "TUR strikes SYR", "TUR negotiates-with RUS",
      ])
  }

  @Test func aCallMadeByOneToAnother() throws {
    #expect(
      try relations(
        "The White House released a summary of a phone call made by President Trump late last July to Ukrainian President Volodymyr Zelensky."
      ) == ["USA negotiates-with UKR"])
    #expect(
      try relations("The talks held by Egypt with Israel ended.") == ["EGY negotiates-with ISR"])
  }

  @Test func summitsInThePlural() throws {
    // (Gave nothing: "قمما" was no word of meeting.)
    #expect(
      try relations("وتعقد قبرص واليونان ومصر قمماً ثلاثية منتظمة منذ عام 2014.") == [
        "CYP negotiates-with GRC", "CYP negotiates-with EGY", "GRC negotiates-with EGY",
      ])
  }
}
