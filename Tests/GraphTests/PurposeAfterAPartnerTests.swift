import Foundation
import Testing

@testable import Graph

/// Arabic: an accusative of purpose ("نصرة لغزة") after an actor that a preposition governs
/// ("القتال ضد إسرائيل نصرة لغزة") is not that actor's: it is the clause subject's, or no one's.
@Suite("Arabic: a purpose after a preposition's actor")
struct PurposeAfterAPartnerTests {
  @Test func afterAgainst() throws {
    // (Gave ISR supports PSE.)
    let found = try builtInRelations(
      "أكدت الجماعة استمرار القتال ضد إسرائيل نصرة لغزة.", date: "2024-09-28")
    #expect(!found.contains("ISR supports PSE"))
  }

  @Test func theSubjectStillTakesIt() throws {
    // Guard: with a subject the purpose is its.
    let found = try builtInRelations(
      "وتعهد حزب الله بمواصلة المواجهة مع إسرائيل نصرة لغزة.", date: "2024-09-28")
    #expect(found.contains("HEZBOLLAH supports PSE"))
    #expect(!found.contains("ISR supports PSE"))
  }
}
