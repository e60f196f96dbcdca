import Testing

@testable import Graph

/// Stance phrases that modify a clause ("in support of", "in solidarity with", "دعما ل",
/// "تضامنا مع"), purposes of forces sent ("deployed troops to Libya to support") and pledges to
/// go on with an act ("vowed to keep supporting"), and anger provoked ("..., angering Somalia").
@Suite("Relations: stance phrases of a clause, forces sent, acts that go on, anger provoked")
struct AdverbialStanceTests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2020-06-01").sorted()
  }

  @Test func theClauseSubjectTakesTheStance() throws {
    #expect(
      try relations("Turkey deployed troops to Libya in support of the GNA.") == [
        "TUR supports GNA"
      ])
    #expect(
      try relations("Iran staged protests in solidarity with Hezbollah.") == [
        "IRN supports HEZBOLLAH"
      ])
    #expect(
      try relations("The US moved warships to the Gulf in a show of support for Saudi Arabia.")
        == ["USA supports SAU"])
    // The reported clause's phrase is not the speaker's.
    #expect(
      try relations("Washington claims Tehran sends fighters to Iraq in support of the militias.")
        .allSatisfy { !$0.hasPrefix("USA supports") })
  }

  @Test func thePhraseHasItsOwnObject() throws {
    // The protest is in solidarity, not against the one it names.
    #expect(try relations("نظمت إيران مظاهرات تضامنا مع حزب الله.") == ["IRN supports HEZBOLLAH"])
    // Strikes in support of a government do not strike it.
    #expect(try relations("شنت تركيا غارات دعما لحكومة الوفاق.") == ["TUR supports GNA"])
    #expect(
      try relations("Turkish drones carried out strikes in support of the GNA.") == [
        "TUR supports GNA"
      ])
  }

  @Test func forcesSentWithADestinationDoWhatTheyWereSentFor() throws {
    #expect(try relations("Russia sent troops to Syria to back Assad.") == ["RUS supports SYR"])
    #expect(
      try relations("Iran sent 2,000 fighters into Syria to back Assad.") == ["IRN supports SYR"])
    // A plan to send them is still a plan.
    #expect(
      try relations("Russia plans to send troops to Syria to back Assad.") == ["RUS supports SYR ?"]
    )
  }

  @Test func aPledgeToGoOnStatesTheAct() throws {
    #expect(try relations("Biden vowed to keep supporting Ukraine.") == ["USA supports UKR"])
    #expect(try relations("Biden vowed to continue supporting Ukraine.") == ["USA supports UKR"])
    // A pledge to begin, or a condition, is still no fact.
    #expect(try relations("Biden vowed to support Ukraine.") == ["USA supports UKR ?"])
    #expect(
      try relations("If the US continues to support Ukraine, Russia will retaliate.").contains(
        "USA supports UKR ?"))
  }

  @Test func theOneAngeredOpposesTheOneWhoAngeredIt() throws {
    #expect(
      try relations("Ethiopia signed a port deal with Somaliland, angering Somalia.") == [
        "ETH negotiates-with SOMALILAND", "SOM opposes ETH",
      ])
    #expect(
      try relations("Turkey bought Russian S-400 missiles, infuriating Washington.") == [
        "USA opposes TUR"
      ])
    // The passive names the one angered first; no reading is made of it.
    #expect(try relations("Somalia was angered by Ethiopia's deal.") == [])
    // Arabic: anger stirred ("أثار ... غضب Y").
    #expect(
      try relations("أثار توقيع إثيوبيا اتفاقا مع أرض الصومال غضب الصومال.") == [
        "ETH negotiates-with SOMALILAND", "SOM opposes ETH",
      ])
    #expect(try relations("أثار القرار الأمريكي استياء الصين.") == ["CHN opposes USA"])
    #expect(try relations("أثار القرار الأمريكي الغضب الإيراني.") == ["IRN opposes USA"])
    // The anger noun alone says nothing of whom it is aimed at, with its clitics too.
    #expect(try relations("عبر الرئيس عن غضب الصين.") == [])
    #expect(try relations("الغضب الإيراني من القرار الأمريكي كبير.") == [])
    // The verb of getting angry: the one angered is its subject.
    #expect(try relations("غضبت مصر من قرار إثيوبيا.") == ["EGY opposes ETH"])
    #expect(try relations("استاءت الجزائر من موقف فرنسا.") == ["DZA opposes FRA"])
  }

  @Test func aSentenceOpeningWithOrListsWhatMayHappen() throws {
    #expect(
      try relations("أو تشعل إسرائيل فتيل حرب بتوجيه سلسلة ضربات على أهداف إيرانية.") == [
        "ISR strikes IRN ?"
      ])
    #expect(try relations("Or Israel could strike Iranian targets.") == ["ISR strikes IRN ?"])
  }
}
