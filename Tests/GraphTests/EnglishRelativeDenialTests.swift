import Testing

@testable import Graph

/// English: a denial that ends a relative clause on the sentence's accusation (", a charge the
/// Taliban deny", ", an accusation Tehran rejected") opposes the accusers; the accusation before
/// the comma makes it no hypothesis.
@Suite("Relations: an English relative denial of an accusation")
struct EnglishRelativeDenialTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2025-05-10")
  }

  @Test func theDenierOpposesTheAccuser() throws {
    #expect(
      try relations(
        "Islamabad accuses Kabul of harbouring fighters of the Pakistani Taliban, a charge the Taliban deny."
      ) == ["PAK opposes TALIBAN", "TALIBAN supports TTP", "TALIBAN opposes PAK"])
    #expect(
      try relations(
        "Sudan accused the UAE of arming the RSF, a charge the UAE dismissed as a cynical publicity stunt."
      ) == ["SDN opposes ARE", "ARE supports RSF ?", "ARE opposes SDN"])
    #expect(
      try relations("Israel accused Iran of arming Hezbollah, an accusation Tehran rejected.") == [
        "ISR opposes IRN", "IRN supports HEZBOLLAH ?", "IRN opposes ISR",
      ])
  }

  @Test func guards() throws {
    // guard: the relative "which" on an actor is no denial of the accusation.
    #expect(
      try relations("Kinshasa accuses Kigali of backing the M23, which Rwanda denies.") == [
        "COD opposes RWA", "RWA supports M23",
      ])
  }
}
