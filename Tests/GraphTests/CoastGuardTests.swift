import Testing

@testable import Graph

/// English: a state's coast guard (list `domestic_force`: "guard") is the state's, as its police
/// is: "accused the Chinese coast guard of acting like pirates".
@Suite("Relations: a state's coast guard")
struct CoastGuardTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-06-19")
  }

  @Test func theCoastGuardIsTheStates() throws {
    #expect(
      try relations(
        "The Philippine military accused the Chinese coast guard of acting like pirates.")
        == ["PHL opposes CHN"])
    #expect(
      try relations("Chinese coast guard vessels attacked Philippine boats.") == ["CHN strikes PHL"]
    )
  }
}
