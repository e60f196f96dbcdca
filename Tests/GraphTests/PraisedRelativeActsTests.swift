import Foundation
import Testing

@testable import Graph

/// Praise of an act named with a relative clause supports the relative's subject, as a
/// condemnation of it opposes the subject: "أشاد بالجهود التي تبذلها مصر وقطر", "ثمنت الدور
/// الذي لعبته السعودية وتركيا".
@Suite("Arabic: praise of what an actor does")
struct PraisedRelativeActsTests {
  @Test func praiseSupportsTheAuthor() throws {
    // (Each was nothing.)
    #expect(
      try builtInRelations(
        "وأشاد الرئيس الفلسطيني بالجهود التي تبذلها مصر وقطر.", date: "2025-01-16")
        == ["PSE supports EGY", "PSE supports QAT"])
    #expect(
      try builtInRelations(
        "وثمنت الخارجية السورية الدور الذي لعبته السعودية وتركيا.", date: "2025-05-14")
        == ["SYR supports SAU", "SYR supports TUR"])
  }

  @Test func anAgreementHasParties() throws {
    // guard: "الاتفاق الذي وقعته X وY" names the parties, no author to support.
    #expect(
      try builtInRelations(
        "ورحبت مصر بالاتفاق الذي وقعته إثيوبيا والصومال.", date: "2024-12-12")
        == ["ETH negotiates-with SOM"])
  }
}
