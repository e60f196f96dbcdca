import Foundation
import Testing

@testable import Graph

/// A person named right after a title with a state's nisba or another body of the same state is
/// one actor with it, the person's own (more precise) body; an ambiguous body form followed by
/// its own person names the body.
@Suite("Actors: titled persons of a state's bodies")
struct TitledPersonsOfHomeBodiesTests {
  /// The built-in relations in 2023 (Dbeibah and Menfi in office).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2023-05-01")
  }

  @Test func thePersonAfterAStateNisbaIsTheBodyOfThatState() throws {
    #expect(
      try relations("التقى رئيس الحكومة الليبية عبد الحميد الدبيبة وزير الخارجية التركي.")
        == ["LBY_GNU negotiates-with TUR"])
    #expect(
      try relations("التقى رئيس المجلس الرئاسي محمد المنفي وزير الخارجية التركي في طرابلس.")
        == ["LBY_GNU negotiates-with TUR"])
    #expect(
      try relations(
        "التقى رئيس المجلس الرئاسي محمد المنفي المبعوث الأممي عبد الله باتيلي في طرابلس.")
        == ["LBY_GNU negotiates-with UN"])
    // guard: a person of the body named is merged as before.
    #expect(
      try relations(
        "التقى رئيس حكومة الوحدة الوطنية الليبية عبد الحميد الدبيبة وزير الخارجية التركي.")
        == ["LBY_GNU negotiates-with TUR"])
  }

  @Test func anAmbiguousBodyBeforeItsOwnPersonIsThatBody() throws {
    #expect(
      try relations(
        "التقى رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة وزير الخارجية التركي في طرابلس.")
        == ["LBY_GNU negotiates-with TUR"])
    #expect(
      try relations("استقبل رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة السفير التركي.")
        == ["LBY_GNU negotiates-with TUR"])
    #expect(
      try relations("تشهد ليبيا أزمة سياسية. ووقعت حكومة الوحدة مع تركيا اتفاقا.")
        == ["LBY_GNU negotiates-with TUR"])
    // guard: with no Libyan context the short form names nobody.
    #expect(try relations("وقعت حكومة الوحدة مع تركيا اتفاقا.") == [])
  }
}
