import Foundation
import Testing

@testable import Graph

/// A strike vowed or threatened (a word of `vow_word` a few tokens before it in its clause)
/// is still to come, so it stays hypothetical; the vow itself opposes the target now.
@Suite("A vowed strike opposes its target now")
struct VowedStrikeTests {
  @Test func aVowToCrush() throws {
    // (The opposition was hypothetical too.)
    let found = try builtInRelations(
      "President Goodluck Jonathan vowed to crush Boko Haram.", date: "2011-08-26")
    #expect(found.contains("NGA opposes BOKO_HARAM"))
    #expect(found.contains("NGA strikes BOKO_HARAM ?"))
  }

  @Test func aVowWithAClause() throws {
    // (Gave only the hypothetical strike.)
    let found = try builtInRelations(
      "Netanyahu vowed that Israel would destroy Hamas.", date: "2023-10-10")
    #expect(found.contains("ISR opposes HAMAS"))
    #expect(found.contains("ISR strikes HAMAS ?"))
  }

  @Test func aPossibilityIsNoVow() throws {
    // Guard: a modal of possibility states no stance.
    let found = try builtInRelations("Israel may strike Iran's nuclear sites.", date: "2024-10-01")
    #expect(found == ["ISR strikes IRN ?"])
  }
}
