import Foundation
import Testing

@testable import Graph

/// The World Trade Organization and the Pacific Islands Forum are bodies of the gazetteer
/// (organisations.jsonl), in English and Arabic.
@Suite("Actors: the WTO and the Pacific Islands Forum")
struct TradeAndPacificBodiesTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2016-06-01").sorted()
  }

  @Test func theWorldTradeOrganization() throws {
    #expect(
      try relations("The World Trade Organization condemned China's subsidies.") == [
        "WTO opposes CHN"
      ])
    #expect(try relations("انتقدت منظمة التجارة العالمية الصين.") == ["WTO opposes CHN"])
  }

  @Test func thePacificIslandsForum() throws {
    #expect(
      try relations("The Pacific Islands Forum suspended Fiji over the coup.") == [
        "PIF opposes FJI"
      ])
    #expect(try relations("علّق منتدى جزر المحيط الهادئ عضوية فيجي.") == ["PIF opposes FJI"])
  }
}
