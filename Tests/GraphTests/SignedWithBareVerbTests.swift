import Foundation
import Testing

@testable import Graph

/// The bare "وقع" (signed, but also "occurred") signs only with a word of agreement after it:
/// "وقّع وزير الخارجية المصري ونظيره القطري مذكرة تفاهم".
@Suite("Arabic: وقع with an agreement")
struct SignedWithBareVerbTests {
  @Test func signedAnAgreement() throws {
    // (Was nothing.)
    #expect(
      try builtInRelations(
        "وقّع وزير الخارجية المصري ونظيره القطري مذكرة تفاهم.", date: "2023-05-12")
        == ["EGY negotiates-with QAT"])
  }

  @Test func anAttackOccurred() throws {
    // guard: "وقع هجوم" (an attack occurred) signs nothing.
    #expect(
      try builtInRelations("وقع هجوم على القوات الأمريكية في سوريا.", date: "2023-05-12")
        .allSatisfy { !$0.contains("negotiates-with") })
  }
}
