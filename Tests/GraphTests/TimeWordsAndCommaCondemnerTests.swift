import Testing

@testable import Graph

/// Arabic: time words between a verb of force and its object take no room ("استهدف فجر اليوم
/// الأحد مدينة أربيل عاصمة إقليم كردستان العراق"); a verb with و past a comma that condemns the
/// attack told before has the subject of the verb that opens its sentence.
@Suite("Relations: Arabic time words before an object, and a condemner past a comma")
struct TimeWordsAndCommaCondemnerTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2022-03-13")
  }

  @Test func timeWordsTakeNoRoom() throws {
    #expect(
      try relations(
        "أعلن الحرس الثوري الإيراني مسؤوليته عن هجوم بصواريخ باليستية استهدف فجر اليوم الأحد مدينة أربيل عاصمة إقليم كردستان العراق."
      ) == ["IRN strikes KRG"])
    // guard: no time words.
    #expect(
      try relations(
        "أعلن الحرس الثوري الإيراني مسؤوليته عن هجوم بصواريخ باليستية استهدف مدينة أربيل عاصمة إقليم كردستان العراق."
      ) == ["IRN strikes KRG"])
  }

  @Test func theCondemnerPastAComma() throws {
    #expect(
      try relations(
        "شنت إيران هجوما على إسرائيل. ونفت حكومة إقليم كردستان وجود أي مواقع إسرائيلية في المدينة، ودانت الهجوم."
      ) == ["IRN strikes ISR", "KRG opposes IRN"])
    // guard: the subject named with the verb.
    #expect(
      try relations("شنت إيران هجوما على إسرائيل. ودانت حكومة إقليم كردستان الهجوم.") == [
        "IRN strikes ISR", "KRG opposes IRN",
      ])
  }
}
