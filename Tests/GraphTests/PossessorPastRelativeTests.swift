import Foundation
import Testing

@testable import Graph

/// English: "its" right after the main verb, after a relative clause set off by commas
/// ("India, which banned the LTTE in 1992, expressed its support for Colombo"), is the
/// antecedent's, the verb's subject, not the actor the relative clause named last.
@Suite("English: its after a closed relative clause")
struct PossessorPastRelativeTests {
  @Test func expressedItsSupport() throws {
    // (Gave LTTE supports LKA.)
    let found = try builtInRelations(
      "India, which banned the LTTE after the 1991 murder of Rajiv Gandhi, expressed its full support for Colombo.",
      date: "2005-08-13")
    #expect(found == ["IND opposes LTTE", "IND supports LKA"])
  }

  @Test func voicedItsBacking() throws {
    // (Gave RUS supports UKR.)
    let found = try builtInRelations(
      "Poland, which has long criticised Russia, voiced its support for Ukraine.",
      date: "2022-03-01")
    #expect(found.contains("POL supports UKR"))
    #expect(!found.contains("RUS supports UKR"))
  }

  @Test func groundsStayWithTheOneNamed() throws {
    // Guard: after "for", the actor just named.
    let found = try builtInRelations(
      "The United States, which backs Ukraine, condemned Russia for its attacks on Kyiv.",
      date: "2024-01-01")
    #expect(found.contains("RUS strikes UKR"))
  }
}
