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
