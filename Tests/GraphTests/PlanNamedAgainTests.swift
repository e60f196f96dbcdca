import Testing

@testable import Graph

/// A plan, initiative or proposal named with its author's nisba ("الخطة المصرية", "the Egyptian
/// plan") is that author's when a later sentence names it bare ("الخطة", "the plan"): a stance on
/// it is a stance on the author.
@Suite("Relations: a plan named again")
struct PlanNamedAgainTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2025-03-05")
  }

  @Test func theBarePlanIsItsAuthors() throws {
    #expect(
      try relations(
        "تبنت القمة العربية الخطة المصرية لإعادة إعمار غزة. وأيد الرئيس الفلسطيني محمود عباس الخطة."
      )
        == ["PSE supports EGY"])
    #expect(
      try relations("Arab leaders adopted the Egyptian plan for Gaza. Israel rejected the plan.")
        == [
          "ISR opposes EGY"
        ])
    // guard: a plan with no author named gives nothing.
    #expect(try relations("وأعلنت الحكومة خطة جديدة. ورفضت المعارضة الخطة.") == [])
  }
}
