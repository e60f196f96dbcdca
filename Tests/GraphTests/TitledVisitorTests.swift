import Foundation
import Testing

@testable import Graph

/// "زيارة وزير الخارجية المصري إلى الرياض": a title of two words may stand between the noun of
/// a visit and its visitor's nisba.
@Suite("Relations: a titled visitor")
struct TitledVisitorTests {
  @Test func aMinisterVisits() throws {
    #expect(
      try builtInRelations(
        "جاء ذلك خلال زيارة وزير الخارجية المصري إلى الرياض.", date: "2019-08-23")
        == ["EGY negotiates-with SAU"])
    #expect(
      try builtInRelations(
        "جاء ذلك خلال زيارة وزير الخارجية المصري سامح شكري إلى الرياض.", date: "2019-08-23")
        == ["EGY negotiates-with SAU"])
  }
}
