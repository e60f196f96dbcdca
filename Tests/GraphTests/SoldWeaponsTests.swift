import Testing

@testable import Graph

/// English: weapons sold to an actor support it, with the buyer right after the verb ("sold
/// Azerbaijan drones") or after "to"; only with a thing given (list `supplied_thing`).
@Suite("English: weapons sold")
struct SoldWeaponsTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2020-10-02").sorted()
  }

  @Test func theBuyerOfWeaponsIsSupported() throws {
    // (Each gave nothing.)
    #expect(
      try relations("Israel has sold Azerbaijan drones and missiles.") == ["ISR supports AZE"])
    #expect(try relations("Washington sells Taiwan fighter jets.") == ["USA supports TWN"])
    // Guard: no weapon or aid sold.
    #expect(try relations("Israel sold its stake in the company to Azerbaijan.") == [])
  }
}
