import Foundation
import Testing

@testable import Graph

/// Arabic: a state's name shaped like a feminine nisba ("السعودية") joined by و to the name of a
/// body before it is a second actor of the list, not an adjective of the body.
@Suite("Actors: a nisba-shaped state name after a body and و")
struct StateNameAfterBodyTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2025-06-24")
  }

  @Test func theStateAfterWaIsAnotherActor() throws {
    // (Each was the body's relation alone.)
    #expect(
      try relations("ودان مجلس التعاون الخليجي والسعودية الاعتداء الإيراني على قطر.") == [
        "GCC opposes IRN", "SAU opposes IRN", "IRN strikes QAT",
      ])
    #expect(
      try relations("ودان الاتحاد الأوروبي والسعودية الاعتداء الإيراني.") == [
        "EU opposes IRN", "SAU opposes IRN",
      ])
  }

  @Test func twoNisbasOfOneNounStayAdjectives() throws {
    // Guard: "القوات الأمريكية والسعودية" are the forces of both.
    #expect(
      try relations("هاجمت القوات الأمريكية والسعودية مواقع الحوثيين.") == [
        "USA strikes HOUTHIS", "SAU strikes HOUTHIS",
      ])
  }
}
