import Foundation
import Testing

@testable import Graph

/// A name shared by dated lines none of which covers the document's date reads the office that
/// ended last before the date (or, when none had ended, the first to start after it):
/// "Solana" in 2024 is the EU's, his last office, not Spain's of 1992-95.
@Suite("Gazetteer: the nearest office of a dated name")
struct NearestOfficeTests {
  @Test func solanaAfterHisOffices() throws {
    // Guard: with the lines of his 1990s offices (gaz61) this gave IRN negotiates-with ESP, the
    // last line in the file; before them, one line, the EU's.
    let found = try builtInRelations(
      "قال لاريجاني إنه أجرى مع سولانا مفاوضات مطولة وبناءة.", date: "2024-05-01")
    #expect(found == ["IRN negotiates-with EU"])
  }

  @Test func solanaInHisSpanishOffice() throws {
    // Guard: a date the office covers reads that office.
    let found = try builtInRelations(
      "قال لاريجاني إنه أجرى مع سولانا مفاوضات مطولة وبناءة.", date: "1994-05-01")
    #expect(found == ["IRN negotiates-with ESP"])
  }
}
