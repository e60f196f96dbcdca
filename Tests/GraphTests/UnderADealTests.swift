import Testing

@testable import Graph

/// "withdrew from the town under a deal with Kinshasa": the deal is the frame of the withdrawal,
/// not what is left; "under" ends the search for the "from" of a withdrawal (`Withdrawal`).
@Suite("Relations: a withdrawal under a deal")
struct UnderADealTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2003-06-01").sorted()
  }

  @Test func underADealIsNoWithdrawalFromIt() throws {
    // (Was UGA opposes COD.)
    #expect(
      try relations("Ugandan troops withdrew from the town under a deal with Kinshasa.") == [])
  }
}
