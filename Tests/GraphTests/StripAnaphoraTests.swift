import Testing

@testable import Graph

/// "القطاع", "the strip": a head noun that named Gaza ("قطاع غزة", "the Gaza Strip") refers back
/// to it (list `anaphoric_head`).
@Suite("Relations: the Strip named again")
struct StripAnaphoraTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2025-01-19")
  }

  @Test func theStripIsGaza() throws {
    #expect(
      try relations(
        "دخل الاتفاق حيز التنفيذ في قطاع غزة اليوم. وشنت إسرائيل غارات على مناطق في شمال القطاع ووسطه."
      )
        == ["ISR strikes PSE"])
    #expect(
      try relations(
        "The ceasefire took effect in the Gaza Strip. Israel carried out strikes on the strip on Sunday."
      ) == ["ISR strikes PSE"])
    // guard: "القطاع الخاص" is no strip.
    #expect(
      try relations(
        "دخل الاتفاق حيز التنفيذ في قطاع غزة اليوم. ودعت الحكومة القطاع الخاص إلى الاستثمار.")
        == [])
  }
}
