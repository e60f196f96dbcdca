import Testing

@testable import Graph

/// Cutting, halting or withholding aid or funding ("cut aid to Guatemala", "withheld military
/// aid from Ukraine") opposes the one who loses it, where "aid to" alone backs.
@Suite("Relations: aid cut off")
struct CutAidTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2019-04-01").sorted()
  }

  @Test func aidCut() throws {
    #expect(try relations("The United States cut aid to Guatemala.") == ["USA opposes GTM"])
    #expect(
      try relations("The United States cut off military aid to Egypt.") == ["USA opposes EGY"])
    #expect(
      try relations("Washington withheld military aid from Ukraine.") == ["USA opposes UKR"])
  }

  @Test func aidCutToADescribedGroup() throws {
    #expect(
      try relations(
        "Migrants from Guatemala, Honduras and El Salvador reached the border. Trump cut aid to "
          + "those three countries in March.")
        == ["USA opposes GTM", "USA opposes HND", "USA opposes SLV"])
  }
}
