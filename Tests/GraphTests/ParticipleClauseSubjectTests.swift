import Foundation
import Testing

@testable import Graph

/// English: a light verb in -ing opening a participle clause after a comma ("..., pledging
/// support for Israel", ", while expressing ...") takes the sentence's opening subject.
@Suite("English: a participle clause's light verb")
struct ParticipleClauseSubjectTests {
  @Test func pledgingSupport() throws {
    let found = try builtInRelations(
      "Biden arrived in Tel Aviv, pledging firm support for Israel.", date: "2023-10-18")
    #expect(found.contains("USA supports ISR"))
  }

  @Test func expressingSolidarityAndOfferingAid() throws {
    #expect(
      try builtInRelations(
        "Egypt condemned the raid, expressing solidarity with Qatar.", date: "2025-09-10"
      ).contains("EGY supports QAT"))
    #expect(
      try builtInRelations(
        "Turkey hosted the talks, offering military aid to Somalia.", date: "2024-08-10"
      ).contains("TUR supports SOM"))
  }

  @Test func aClauseWithItsOwnSubject() throws {
    // Guard: "while Britain pledged" has its own subject; Russia backs no one.
    let found = try builtInRelations(
      "Russia struck Kyiv overnight, while Britain pledged support for Ukraine.",
      date: "2024-08-10")
    #expect(found.contains("GBR supports UKR"))
    #expect(!found.contains("RUS supports UKR"))
  }
}
