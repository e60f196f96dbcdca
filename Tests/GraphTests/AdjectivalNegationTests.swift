import Foundation
import Testing

@testable import Graph

/// "غير" before a word with the article negates that adjective ("غير المأهولة", unmanned;
/// "غير المباشرة", indirect), not the cue after it, and the adjective pair may stand between a
/// joint noun and its "بين"; "بدون طيار" and "غير مأهولة" (drones) and "ولا سيما" (especially)
/// deny nothing either.
@Suite("Arabic: غير with a definite adjective")
struct AdjectivalNegationTests {
  @Test func unmannedDronesStillStrike() throws {
    // (Was nothing: the strike read as denied.)
    #expect(
      try builtInRelations(
        "وقالت الولايات المتحدة إن طائراتها غير المأهولة قصفت مواقع للحوثيين في الحديدة.",
        date: "2024-02-06") == ["USA strikes HOUTHIS"])
  }

  @Test func indirectTalksNameTheirParties() throws {
    // (Each was nothing.)
    #expect(
      try builtInRelations(
        "وجرت المحادثات غير المباشرة بين إيران والولايات المتحدة في مسقط.", date: "2025-04-12")
        == ["IRN negotiates-with USA"])
    #expect(
      try builtInRelations(
        "وانطلقت جولة من المحادثات غير المباشرة بوساطة قطرية بين حماس وإسرائيل.",
        date: "2025-01-10") == ["HAMAS negotiates-with ISR"])
  }

  @Test func dronesWithoutPilotStrike() throws {
    // "بدون طيار", "دون طيار", "غير مأهولة" (list `negation_idiom`). (Each was nothing.)
    #expect(
      try builtInRelations(
        "وقال الجيش الأوكراني إن طائرات روسية بدون طيار قصفت مواقع للجيش الأوكراني.",
        date: "2024-08-02") == ["RUS strikes UKR"])
    #expect(
      try builtInRelations(
        "وأفادت مصادر بأن طائرة دون طيار إسرائيلية استهدفت سيارة لحزب الله في الجنوب.",
        date: "2024-08-02") == ["ISR strikes HEZBOLLAH"])
    #expect(
      try builtInRelations(
        "وقالت إن طائرات غير مأهولة أمريكية استهدفت مواقع للحوثيين.", date: "2024-08-02")
        == ["USA strikes HOUTHIS"])
  }

  @Test func especiallyDeniesNothing() throws {
    // "ولا سيما" (especially). (Was nothing.)
    #expect(
      try builtInRelations(
        "وأدانت مصر الهجمات، ولا سيما الغارات الإسرائيلية على لبنان.", date: "2024-09-24"
      )
      .contains("ISR strikes LBN"))
  }

  @Test func aNegatedPredicateStillDenies() throws {
    // guard: "غير" before an adjective without the article negates the support.
    #expect(
      try builtInRelations("وأكدت روسيا أنها غير معنية بدعم الجيش السوداني.", date: "2024-05-01")
        .isEmpty)
  }
}
