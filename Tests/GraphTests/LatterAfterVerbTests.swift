import Foundation
import Testing

@testable import Graph

/// Arabic: "الأخير" or "الأخيرة" right after a verb of the lexicon is that verb's subject, the
/// actor named last (no place named after "في" or a direction).
@Suite("Arabic: the latter after a verb")
struct LatterAfterVerbTests {
  @Test func theLatterStrikesBack() throws {
    let found = try builtInRelations(
      "قصف الجيش السوداني مواقع للدعم السريع، فيما هاجمت الأخيرة مقار عسكرية في أم درمان.",
      date: "2023-05-21")
    #expect(found.contains("RSF strikes SDN"))
  }

  @Test func aPlaceAfterAPrepositionIsNotTheLatter() throws {
    // The latter is the Rapid Support Forces, not Khartoum named after them.
    let found = try builtInRelations(
      "قصف الجيش مواقع لقوات الدعم السريع في جنوب الخرطوم، فيما هاجمت الأخيرة مقار عسكرية في أم درمان.",
      date: "2023-05-21")
    #expect(found.contains("RSF strikes SDN"))
  }

  @Test func theLatterPersonSpeaks() throws {
    let found = try builtInRelations(
      "استقبل الرئيس المصري عبد الفتاح السيسي الرئيس الفلسطيني محمود عباس، وأكد الأخير رفضه للعدوان الإسرائيلي.",
      date: "2024-03-01")
    #expect(found.contains("PSE opposes ISR"))
  }
}
