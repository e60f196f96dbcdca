import Foundation
import Testing

@testable import Graph

/// "Each side accused the other": a mutual act of two sides named by a dual description
/// ("each side", "both sides", "الطرفان") takes the two actors of a sentence before, listed or
/// not; "وقف إطلاق النار" after "تبادل" is a ceasefire, no exchange of fire.
@Suite("Anaphora: each side and the other")
struct EachSideTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2025-07-28")
  }

  @Test func eachSideAccusedTheOther() throws {
    // (Was the strikes alone: "each side" was no description, "accused the other" no cue.)
    #expect(
      try relations(
        "Thailand sent jets to strike Cambodian targets, while Cambodian forces fired rockets into Thai provinces. Each side accused the other of firing first."
      ) == ["THA strikes KHM", "KHM strikes THA", "THA opposes KHM", "KHM opposes THA"])
    // (Was the talks alone.)
    #expect(
      try relations("Russia and Ukraine held talks. Each side blamed the other for the failure.")
        == ["RUS negotiates-with UKR", "RUS opposes UKR", "UKR opposes RUS"])
  }

  @Test func twoSidesNamedApart() throws {
    // (Was the strikes alone: the two sides were named in no list.)
    #expect(
      try relations(
        "اشتبك الجيش السوداني والدعم السريع في الخرطوم. وشن الطيران الحربي التابع للجيش غارات على مواقع الدعم السريع. ويتبادل الطرفان الاتهامات بخرق الهدنة."
      ) == [
        "SDN strikes RSF", "RSF strikes SDN", "SDN strikes RSF", "SDN opposes RSF",
        "RSF opposes SDN",
      ])
  }

  @Test func aCeasefireIsNoExchangeOfFire() throws {
    // Guard: "تبادل ألف أسير" exchanges prisoners; the fire after "وقف" is a ceasefire.
    #expect(
      try relations(
        "وترأس الوفد الروسي ميدينسكي، بينما قاد الوفد الأوكراني عمروف. واتفق الجانبان على تبادل ألف أسير، لكنهما لم يتوصلا إلى وقف لإطلاق النار."
      ) == [])
  }
}
