import Foundation
import Testing

@testable import Graph

/// A stance asked of another ("طالبت السعودية مجلس الأمن بإدانة الهجمات الحوثية"): the one who
/// asks holds it; the one asked takes it only as a possibility.
@Suite("Relations: stances asked of another")
struct AskedStanceTests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-06-01").sorted()
  }

  @Test func theOneWhoAsksForACondemnationHoldsIt() throws {
    #expect(
      try relations("وطالبت السعودية مجلس الأمن بإدانة الهجمات الحوثية.")
        == ["SAU opposes HOUTHIS", "UN opposes HOUTHIS ?"])
    #expect(
      try relations(
        "وطالبت إيران الوكالة الدولية للطاقة الذرية بإدانة الهجوم الإسرائيلي على منشآتها النووية.")
        == ["IAEA opposes ISR ?", "IRN opposes ISR"])
    // Guard: with no one asked by name, the asker's stance was read before.
    #expect(
      try relations("ودعت الحكومة اليمنية المجتمع الدولي إلى إدانة جرائم الحوثيين.")
        == ["YEM opposes HOUTHIS"])
  }
}
