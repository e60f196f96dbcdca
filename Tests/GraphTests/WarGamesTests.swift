import Foundation
import Testing

@testable import Graph

/// "War games" are exercises, no war: held together, or with a partner, they are a joint act
/// ("staged war games with Belarus"); near another's border they are nothing between the two.
@Suite("English: war games are exercises")
struct WarGamesTests {
  @Test func warGamesAreNoWar() throws {
    // (Was RUS strikes BLR and RUS opposes BLR, from "war".)
    #expect(
      try builtInRelations(
        "Russia staged war games with Belarus near the Polish border.", date: "2021-09-10")
        == ["RUS negotiates-with BLR"])
    // (Was RUS strikes UKR and RUS opposes UKR.)
    #expect(
      try builtInRelations(
        "Russia held war games near the border with Ukraine.", date: "2021-09-10"
      ).isEmpty)
    // (Was nothing.)
    #expect(
      try builtInRelations(
        "Russia and Belarus began the Zapad war games on Friday.", date: "2021-09-10")
        == ["RUS negotiates-with BLR"])
  }
}
