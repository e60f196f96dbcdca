import Foundation
import Testing

@testable import Graph

/// Signing: "initialled" signs as "signed" does, and a go-between named in a compound before the
/// object ("a US-brokered peace deal") is no partner of the signers.
@Suite("English: initialled and brokered declarations")
struct SignedDeclarationsTests {
  @Test func initialledIsSigned() throws {
    // (Was nothing.)
    #expect(
      try builtInRelations(
        "The leaders of Armenia and Azerbaijan initialled a peace declaration at the White House.",
        date: "2025-08-08") == ["ARM negotiates-with AZE"])
  }

  @Test func theBrokerIsNoPartner() throws {
    // (Was ARM and AZE negotiates-with USA besides.)
    #expect(
      try builtInRelations(
        "Armenia and Azerbaijan signed a US-brokered peace deal.", date: "2025-08-08")
        == ["ARM negotiates-with AZE"])
  }
}
