import Foundation
import Testing

@testable import Graph

/// Arabic: a verb of meeting whose subject right after it is a dual or plural description of
/// two actors an earlier sentence named ("ووقع البلدان", "والتقى الوزيران") meets, for each of
/// them, the party after مع, as "The two countries signed a deal with" does in English.
@Suite("Relations: an Arabic dual that meets a party after مع")
struct ArabicDualMeetsWithTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2014-01-28")
  }

  @Test func eachOfThePairMeetsTheParty() throws {
    // (Was only CHL opposes PER.)
    #expect(
      try relations("اتهمت تشيلي بيرو بخرق الاتفاق. ووقع البلدان اتفاقية مع الإكوادور.")
        == ["CHL opposes PER", "CHL negotiates-with ECU", "PER negotiates-with ECU"])
    #expect(
      try relations("اتهمت تشيلي بيرو بخرق الاتفاق. والتقى الوزيران مع نظيرهما الأرجنتيني.")
        == ["CHL opposes PER", "CHL negotiates-with ARG", "PER negotiates-with ARG"])
    // guard: no party after مع, nothing more.
    #expect(
      try relations("اتهمت تشيلي بيرو بخرق الاتفاق. والتقى الوزيران في ليما.")
        == ["CHL opposes PER"])
  }
}
