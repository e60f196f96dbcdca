import Foundation
import Testing

@testable import Graph

/// English: "the Foreign Office" with no possessor is Britain's only in a report whose earlier
/// sentences named Britain (an ambiguous form with a home state): Pakistan's and Germany's
/// foreign ministries go by the same name.
@Suite("English: a bare Foreign Office")
struct BareForeignOfficeTests {
  @Test func notBritainsInAReportOnPakistan() throws {
    // (Gave GBR strikes BLA.)
    let found = try builtInRelations(
      "The Foreign Office said the strikes hit positions of the Balochistan Liberation Army.",
      date: "2024-01-18")
    #expect(!found.contains { $0.hasPrefix("GBR ") })
  }

  @Test func britainsAfterBritain() throws {
    // Guards: Britain named before; another state's possessive.
    #expect(
      try builtInRelations(
        "Britain condemned the attack. The Foreign Office summoned Iran's ambassador.",
        date: "2024-01-18"
      ).contains("GBR opposes IRN"))
    #expect(
      try builtInRelations(
        "Pakistan's Foreign Office said the strikes hit positions of the Balochistan Liberation Army.",
        date: "2024-01-18"
      ).contains("PAK strikes BLA"))
  }
}
