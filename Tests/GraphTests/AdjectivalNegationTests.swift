import Foundation
import Testing

@testable import Graph

/// "غير" before a word with the article negates that adjective ("غير المأهولة", unmanned;
/// "غير المباشرة", indirect), not the cue after it, and the adjective pair may stand between a
/// joint noun and its "بين".
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

  @Test func aNegatedPredicateStillDenies() throws {
    // guard: "غير" before an adjective without the article negates the support.
    #expect(
      try builtInRelations("وأكدت روسيا أنها غير معنية بدعم الجيش السوداني.", date: "2024-05-01")
        .isEmpty)
  }
}
