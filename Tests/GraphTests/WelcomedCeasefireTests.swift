import Foundation
import Testing

@testable import Graph

/// English: "the ceasefire" and "the truce" name an act told in the sentence before, as "the
/// agreement" does: a welcome of it supports its parties, a rejection opposes them.
@Suite("Relations: a reaction to the ceasefire told before")
struct WelcomedCeasefireTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2022-09-17")
  }

  @Test func aWelcomeSupportsTheParties() throws {
    // (Was only the ceasefire: "the ceasefire" named no act told before.)
    #expect(
      try relations(
        "Kyrgyzstan and Tajikistan signed a ceasefire on Friday. The European Union welcomed the ceasefire."
      )
        == ["KGZ negotiates-with TJK", "EU supports KGZ", "EU supports TJK"])
    #expect(
      try relations(
        "Kyrgyzstan and Tajikistan agreed a truce on Friday. Russia welcomed the truce.")
        == ["KGZ negotiates-with TJK", "RUS supports KGZ", "RUS supports TJK"])
  }

  @Test func aRejectionOpposesThem() throws {
    // (Was only the truce.)
    #expect(
      try relations("Israel and Hamas agreed a truce on Friday. Iran rejected the truce.")
        == ["ISR negotiates-with HAMAS", "IRN opposes ISR", "IRN opposes HAMAS"])
  }
}
