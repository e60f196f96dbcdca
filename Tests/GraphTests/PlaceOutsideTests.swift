import Testing

@testable import Graph

/// English: the place hit by an act of force, named by no actor, stands in the state named after
/// "outside", as after "in" or "near" ("a suicide attack on the military base outside Bamako").
@Suite("English: a place hit outside a named city")
struct PlaceOutsideTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2022-08-17").sorted()
  }

  @Test func aBaseOutsideTheCapitalIsTheState() throws {
    // (Gave nothing: only "in", "near" and "across" were read.)
    #expect(
      try relations(
        "The Group for the Support of Islam and Muslims claimed a suicide attack on the Kati military base outside Bamako last month."
      ) == ["JNIM strikes MLI"])
    #expect(
      try relations("Gunmen of al-Shabaab attacked a hotel outside Mogadishu on Sunday.")
        == ["SHABAAB strikes SOM"])
    // Guard: "near" was read before.
    #expect(
      try relations("JNIM claimed a suicide attack on a military base near Bamako.")
        == ["JNIM strikes MLI"])
  }
}
