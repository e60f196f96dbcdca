import Testing

@testable import Graph

/// Arabic: a verb of stance whose object is a pronoun for the act named just before ("كما
/// أدانتها قطر", "كما نددت بها قطر"): the stance is on the act's author, not on the one hit.
@Suite("Relations: a pronoun for the act")
struct ActPronounTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2025-06-13")
  }

  @Test func aFreePronounAfterAParticiple() throws {
    // "متوعدا إياهم": the free pronoun is the actor named before, not the subject.
    #expect(
      try relations("وقال ترامب إنه أمر بتنفيذ عمل عسكري ضد الحوثيين، متوعدا إياهم بعواقب وخيمة.")
        == ["USA strikes HOUTHIS", "USA opposes HOUTHIS"])
    // guard: with no actor before but the subject, nothing.
    #expect(
      try relations("أدانت مصر الهجوم على السفن، متهمة إياها بالتصعيد.") == [])
  }

  @Test func aParticipleOfWarning() throws {
    // "، محذرا طهران من ...": a warning to an actor opposes it.
    #expect(
      try relations(
        "وأعلن وزير الخارجية الأمريكي ماركو روبيو أن بلاده لم تشارك في الضربات، محذرا طهران من استهداف المصالح الأمريكية."
      ) == ["USA opposes IRN"])
    // guard: a warning that attacks may grow condemns no attack told before (the attacks are
    // the subject of what is said).
    #expect(
      try relations(
        "شنت إسرائيل غارات على غزة. ودعت الأمم المتحدة إلى التهدئة، محذرة من أن الهجمات قد تتسع."
      ) == ["ISR strikes PSE"])
  }

  @Test func theStanceIsOnTheActsAuthor() throws {
    #expect(
      try relations("ودانت السعودية الغارات الإسرائيلية على إيران، كما أدانتها قطر.") == [
        "SAU opposes ISR", "ISR strikes IRN", "QAT opposes ISR",
      ])
    #expect(
      try relations("ودانت السعودية الغارات الإسرائيلية على إيران، كما نددت بها قطر وسلطنة عمان.")
        == ["SAU opposes ISR", "ISR strikes IRN", "QAT opposes ISR", "OMN opposes ISR"])
    // guard: with no act before, the pronoun is the actor named before.
    #expect(try relations("انتقدت السعودية إسرائيل واتهمتها بتدمير لبنان.") == ["SAU opposes ISR"])
  }
}
