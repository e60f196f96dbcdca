import Foundation
import Testing

@testable import Graph

/// Arabic: between a light verb's subject and its noun, bare time words ("صباح الاثنين") and an
/// elative before the noun ("أعنف موجة ضربات", "أكبر هجوم") are passed over.
@Suite("Arabic: time words and an elative before a light verb's noun")
struct ElativeAfterTimeTests {
  @Test func theFiercestWaveAfterATime() throws {
    #expect(
      try builtInRelations(
        "شنت روسيا صباح الاثنين أعنف موجة ضربات صاروخية على المدن الأوكرانية.",
        date: "2022-10-10"
      ).contains("RUS strikes UKR"))
    #expect(
      try builtInRelations("شنت إسرائيل فجر اليوم أكبر هجوم على لبنان.", date: "2024-09-23")
        .contains("ISR strikes LBN"))
  }

  @Test func theFiercestWaveAlone() throws {
    // Guard: with no time words between.
    #expect(
      try builtInRelations("شنت روسيا أعنف موجة ضربات على أوكرانيا.", date: "2022-10-10")
        .contains("RUS strikes UKR"))
  }
}
