import Testing

@testable import Graph

/// English: "armed and paid by Ankara": a participle of arming and one of paying before one "by"
/// are one passive frame of support; the agent supports the one described.
@Suite("English: armed and paid by")
struct CoordinatedParticiplesOfSupportTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2018-01-21").sorted()
  }

  @Test func theAgentWhoArmsAndPaysSupports() throws {
    // (Gave nothing.)
    #expect(
      try relations(
        "Thousands of fighters of the Free Syrian Army, armed and paid by Ankara, joined the assault."
      ) == ["TUR supports FSA"])
    // Guard: the coordination the frame already read.
    #expect(
      try relations("Kataib Hezbollah, armed and funded by Iran, fired rockets at Erbil.")
        .contains("IRN supports KATAIB_HEZBOLLAH"))
  }
}
