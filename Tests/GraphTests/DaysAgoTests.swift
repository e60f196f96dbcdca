import Foundation
import Testing

@testable import Graph

/// Arabic: "قبل" before a time noun ("قبل أيام", "قبل ثلاثة أيام") opens a time phrase, which
/// takes no room between a verb and its object.
@Suite("Arabic: days ago")
struct DaysAgoTests {
  @Test func daysAgo() throws {
    // (Gave nothing.)
    let found = try builtInRelations(
      "وقالت مصادر إن حركة الشباب قتلت قبل أيام 16 جنديا صوماليا.", date: "2024-12-25")
    #expect(found == ["SHABAAB strikes SOM"])
  }

  @Test func threeDaysAgo() throws {
    // Guard: with a number the time words were passed over already.
    let found = try builtInRelations(
      "استهدفت إسرائيل قبل ثلاثة أيام مواقع لحزب الله.", date: "2024-12-25")
    #expect(found == ["ISR strikes HEZBOLLAH"])
  }
}
