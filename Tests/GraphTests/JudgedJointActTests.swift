import Foundation
import Testing

@testable import Graph

/// English: those who welcome or reject a joint act ("The United States and Japan welcomed the
/// accord", "France and Germany rejected the deal") are not its parties, so they neither
/// negotiate with nor oppose each other through it.
@Suite("English: a joint act welcomed or rejected")
struct JudgedJointActTests {
  @Test func welcomedAccord() throws {
    // (Gave USA negotiates-with JPN.)
    let found = try builtInRelations(
      "The United States and Japan welcomed the accord.", date: "2005-08-15")
    #expect(found.isEmpty)
  }

  @Test func rejectedDeal() throws {
    // (Gave FRA opposes DEU.)
    let found = try builtInRelations("France and Germany rejected the deal.", date: "2020-01-01")
    #expect(found.isEmpty)
  }

  @Test func welcomedAndPraisedTheMediator() throws {
    // (Gave USA negotiates-with AU beside the praise.)
    let found = try builtInRelations(
      "The United States and the African Union welcomed the agreement and praised Turkey's mediation.",
      date: "2024-12-12")
    #expect(found == ["USA supports TUR", "AU supports TUR"])
  }

  @Test func signedAccordStays() throws {
    // Guard: those who sign it are its parties.
    let found = try builtInRelations(
      "Armenia and Azerbaijan signed the accord.", date: "2025-08-08")
    #expect(found == ["ARM negotiates-with AZE"])
  }
}
