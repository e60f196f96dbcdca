import Foundation
import Testing

@testable import Graph

/// English: "refusing", "declining" negate what follows as "refused" does, and a refused
/// support opposes ("in refusing to recognise Kosovo's independence").
@Suite("English: refusing and declining")
struct RefusingTests {
  @Test func refusingToRecognise() throws {
    // (Gave SRB supports XKX.)
    let found = try builtInRelations(
      "Russia, which backs Serbia in refusing to recognise Kosovo's independence, said it would respect Belgrade's decision.",
      date: "2013-04-19")
    #expect(found.contains("RUS supports SRB"))
    #expect(!found.contains(where: { $0.hasPrefix("SRB supports XKX") }))
    #expect(found.contains(where: { $0.hasPrefix("SRB opposes XKX") }))
  }

  @Test func decliningToSupport() throws {
    // (Gave EGY supports ISR.)
    let found = try builtInRelations(
      "Egypt is declining to support the plan of Israel.", date: "2024-06-01")
    #expect(!found.contains(where: { $0.hasPrefix("EGY supports ISR") }))
  }
}
