import Testing

@testable import Graph

/// Arabic: "، قالت القيادة المركزية الأمريكية إنها طالت مواقع لفيلق القدس": the speaker may be
/// named before "إنها", and the owner may be the ل-genitive of the target head a verb of hitting
/// reached.
@Suite("Relations: the owner of targets hit, said by a named speaker")
struct SaidOwnerOfTargetHitTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-02-03")
  }

  @Test func theOwnerOfTheSitesHitIsStruck() throws {
    #expect(
      try relations(
        "شنت الولايات المتحدة غارات جوية على أكثر من 85 هدفا في العراق وسوريا، قالت القيادة المركزية الأمريكية إنها طالت مواقع لفيلق القدس التابع للحرس الثوري الإيراني."
      ) == ["USA strikes IRN"])
    #expect(
      try relations(
        "شنت الولايات المتحدة غارات جوية على أكثر من 85 هدفا، قالت إنها طالت مواقع لفيلق القدس.")
        == ["USA strikes IRN"])
    // guard: the word of belonging.
    #expect(
      try relations(
        "شنت الولايات المتحدة غارات جوية على أكثر من 85 هدفا، قالت إنها تابعة لفيلق القدس.")
        == ["USA strikes IRN"])
  }
}
