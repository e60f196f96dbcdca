import Testing

@testable import Graph

/// Gratitude is thanks, which is praise: "أعربت فرنسا عن امتنانها لليبيا", "expressed its
/// gratitude to Libya".
@Suite("Gratitude")
struct GratitudeTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2000-08-28").sorted()
  }

  @Test func gratitudeSupports() throws {
    // (Each gave nothing.)
    #expect(
      try relations("وأعربت كل من ألمانيا وفرنسا عن امتنانهما للزعيم الليبي معمر القذافي.")
        == ["DEU supports LBY", "FRA supports LBY"])
    #expect(
      try relations("The Philippines expressed gratitude to Libya for its mediation.")
        == ["PHL supports LBY"])
    // Guard: thanks were read before.
    #expect(try relations("وأعربت فرنسا عن شكرها لليبيا.") == ["FRA supports LBY"])
  }
}
