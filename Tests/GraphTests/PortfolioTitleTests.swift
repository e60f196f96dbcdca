import Foundation
import Testing

@testable import Graph

/// English titles with a portfolio's capitalised words between the affiliation and the title
/// ("Ukrainian Infrastructure Minister X", "France's Maritime Minister X") make a person of that
/// affiliation, whom a later surname alone names.
@Suite("Portfolio words before an English title")
struct PortfolioTitleTests {
  @Test func nisbaBeforePortfolio() throws {
    // (Was nothing: the surname was no one.)
    #expect(
      try builtInRelations(
        "Moldovan Reintegration Minister Ion Vatra arrived in Tiraspol on Monday. Vatra accused Russia of blocking the talks.",
        date: "2021-05-01")
        == ["MDA opposes RUS"])
  }

  @Test func possessorBeforePortfolio() throws {
    // (Was nothing.)
    #expect(
      try builtInRelations(
        "Chile's Mining Minister Ana Rojas arrived on Monday. Rojas accused Bolivia of ignoring the ruling.",
        date: "2021-05-01")
        == ["CHL opposes BOL"])
  }
}
