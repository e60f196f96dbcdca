import Foundation
import Testing

@testable import Graph

/// An envoy who "shuttled between" two capitals ("جولة مكوكية بين"), and one who "raised the
/// matter (the issue) with" another, negotiates with them.
@Suite("Relations: shuttling between capitals, raising a matter with")
struct ShuttleAndRaisedMatterTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2020-08-25")
  }

  @Test func shuttledBetween() throws {
    // (Was nothing.)
    #expect(
      try relations(
        "German Foreign Minister Heiko Maas shuttled between Athens and Ankara on Tuesday.")
        == ["DEU negotiates-with GRC", "DEU negotiates-with TUR"])
  }

  @Test func raisedTheMatterWith() throws {
    // (Was nothing.)
    #expect(
      try relations("Vietnamese officials said they had raised the matter with Chinese diplomats.")
        == ["VNM negotiates-with CHN"])
    #expect(
      try relations("Vietnam raised the issue with China on Monday.") == ["VNM negotiates-with CHN"]
    )
    // guard: "discussed" meets on its own, as before.
    #expect(try relations("Qatar discussed the matter with Egypt.") == ["QAT negotiates-with EGY"])
    // guard: no actor, nothing.
    #expect(try relations("The storm raised the water level.") == [])
  }

  @Test func arabicShuttleTour() throws {
    // (Was nothing: "جولة مكوكية بين" was no cue.)
    #expect(
      try relations("أجرى وزير الخارجية الألماني هايكو ماس جولة مكوكية بين أثينا وأنقرة.")
        == ["DEU negotiates-with GRC", "DEU negotiates-with TUR"])
    #expect(
      try relations("وقام المبعوث الأمريكي بجولة مكوكية بين بيروت وتل أبيب.")
        == ["USA negotiates-with LBN", "USA negotiates-with ISR"])
  }
}
