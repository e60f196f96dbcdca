import Testing

@testable import Graph

/// A meeting noun with its host's pronoun ("خلال لقائه وزير الخارجية الأمريكي", "لدى استقباله
/// نظيره") is a meeting of the clause's subject with the actor after it; a final hamza sits on
/// ي before the pronoun ("لقاء" -> "لقائه"); a reception without a pronoun is none; "دعم بلاده"
/// is the speaker's country's support, not a verb whose object is that country.
@Suite("Relations: meetings named by a noun with a pronoun, a country's own support")
struct PossessedMeetingTests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2020-06-01").sorted()
  }

  @Test func aMeetingNounWithAPronounIsTheSubjectsMeeting() throws {
    #expect(
      try relations("وأكد الرئيس المصري خلال اجتماعه وزير الخارجية الأمريكي دعم بلاده.") == [
        "EGY negotiates-with USA"
      ])
    #expect(
      try relations("وأدان الرئيس المصري خلال لقائه بالسفير الروسي الهجوم.") == [
        "EGY negotiates-with RUS"
      ])
    #expect(
      try relations("وقال الرئيس التركي لدى استقباله نظيره الأذربيجاني إن بلاده تدعم أذربيجان.")
        == [
          "TUR negotiates-with AZE", "TUR supports AZE",
        ])
  }

  @Test func aMeetingDuringARequestHappened() throws {
    // The meeting is the time of the request, not what it asks for ("?" would mark it).
    #expect(
      try relations("طلب الرئيس اللبناني خلال استقباله وفد الأمم المتحدة توضيحات حول الخروقات.")
        == ["LBN negotiates-with UN"])
  }

  @Test func aCallFromACounterpartAndADelegationsArrival() throws {
    #expect(
      try relations("Egypt's president received a phone call from his American counterpart.") == [
        "EGY negotiates-with USA"
      ])
    // After a verb of arriving, "إلى" names where the delegation goes, not its posting.
    #expect(
      try relations("وصل الوفد الأمريكي إلى القاهرة بعد مغادرة الوفد الإسرائيلي.") == [
        "USA negotiates-with EGY"
      ])
  }

  @Test func aReceptionWithoutAPronounIsNoMeeting() throws {
    #expect(try relations("كما رفض المغرب وتونس وألبانيا استقبال مهاجرين على أراضيهم.") == [])
  }

  @Test func theSpeakersCountrysSupportIsANoun() throws {
    // Before, "دعم" read as a verb whose subject was the American minister and whose object
    // was "بلاده" (Egypt).
    #expect(
      try relations("وأكد الرئيس المصري خلال لقائه وزير الخارجية الأمريكي دعم بلاده للحل السياسي.")
        .allSatisfy { !$0.hasPrefix("USA supports") })
    #expect(try relations("أكد الرئيس المصري دعم بلاده للسودان.") == ["EGY supports SDN"])
  }

  @Test func theNisbaOfAnActBetweenIsNoPartner() throws {
    #expect(try relations("وعلقت إيران تعاونها بعد الضربات الإسرائيلية على منشآتها.") == [])
    #expect(try relations("وأوقفت باكستان تعاونها عقب الغارات الأمريكية الأخيرة.") == [])
    // guard: a partner after "مع".
    #expect(
      try relations("وعززت مصر تعاونها مع السعودية بعد الهجمات الحوثية.") == [
        "EGY negotiates-with SAU"
      ])
  }
}
