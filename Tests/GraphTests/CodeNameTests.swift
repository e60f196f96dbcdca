import Testing

@testable import Graph

/// An act's name in quotes after a word of naming ("تحت اسم"، "dubbed") stands between the act
/// and its object; the object search passes over it.
@Suite("Relations: an act's code name")
struct CodeNameTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2022-07-21")
  }

  @Test func theQuotedNameIsPassedOver() throws {
    #expect(
      try relations(
        "وتنفذ تركيا عملية عسكرية واسعة تحت اسم \"المخلب-القفل\" ضد مقاتلي حزب العمال الكردستاني.")
        == ["TUR strikes PKK"])
    #expect(
      try relations(
        "Turkey launched a ground offensive dubbed \"Operation Claw-Lock\" against the PKK in northern Iraq."
      ) == ["TUR strikes PKK"])
    // guard: "المتحدث باسم" names no act; nothing quoted follows it.
    #expect(
      try relations("وقال المتحدث باسم الخارجية التركية إن أنقرة تدين الهجوم على قواتها.").isEmpty)
  }
}
