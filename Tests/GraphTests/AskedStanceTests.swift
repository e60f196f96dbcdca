import Foundation
import Testing

@testable import Graph

/// A stance asked of another ("طالبت السعودية مجلس الأمن بإدانة الهجمات الحوثية"): the one who
/// asks holds it; the one asked takes it only as a possibility. An act of force asked to stop
/// ("طالب عباس بوقف العدوان الاسرائيلي"): the one who asks opposes its author, and the act is
/// under way.
@Suite("Relations: stances asked of another, acts asked to stop")
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

  @Test func theOneWhoAsksThatAnActStopOpposesItsAuthor() throws {
    #expect(
      try relations(
        "وطالب الرئيس الفلسطيني محمود عباس المجتمع الدولي بالتدخل لوقف العدوان الاسرائيلي على غزة.")
        == ["ISR strikes PSE", "PSE opposes ISR"])
    #expect(try relations("ودعت تركيا إلى وقف الغارات الروسية على إدلب.") == ["TUR opposes RUS"])
    #expect(
      try relations("وطالبت الحكومة اليمنية بوقف هجمات الحوثيين على المدن.")
        == ["YEM opposes HOUTHIS"])
    #expect(
      try relations("ودعا الاتحاد الأوروبي إلى وقف فوري للقصف الإسرائيلي على غزة.")
        == ["EU opposes ISR", "ISR strikes PSE"])
    // The act asked to stop is under way, no possibility.
    #expect(try relations("وطالب عباس بوقف العدوان الاسرائيلي على لبنان.") == ["ISR strikes LBN"])
    // Guard: one who is asked ("مطالبة") asks nothing.
    #expect(
      try relations("وقال ان الامم المتحدة مطالبة بجهد اضافي لوقف هذه الاعتداءات الاسرائيلية.")
        == [])
  }

  @Test func englishCallsToEndAnActOpposeItsAuthor() throws {
    #expect(
      try relations("Turkey called for an end to Russian airstrikes on Idlib.") == [
        "TUR opposes RUS"
      ])
    #expect(
      try relations("Egypt demanded an immediate stop to Israeli attacks on Gaza.")
        == ["EGY opposes ISR", "ISR strikes PSE"])
    // The act asked to stop is under way.
    #expect(
      try relations("The European Union urged a halt to Israeli strikes on Lebanon.")
        == ["EU opposes ISR", "ISR strikes LBN"])
  }
}
