import Testing

@testable import Graph

/// A verb of describing whose label dismisses what is described ("بأنها حملة لتشويه سمعتها",
/// "بأنها مؤامرة", "as a smear campaign", "a conspiracy"; list `dismissive_label`) opposes the
/// author of the accusations it describes.
@Suite("Accusations dismissed as a smear or a conspiracy")
struct DismissedAccusationLabelTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2015-01-27").sorted()
  }

  @Test func aSmear() throws {
    #expect(
      try relations("ووصفت باكستان الاتهامات الهندية بأنها حملة لتشويه سمعتها.")
        == ["PAK opposes IND"])
    #expect(
      try relations("Moscow described the British accusations as a smear campaign.")
        == ["RUS opposes GBR"])
  }

  @Test func aConspiracy() throws {
    #expect(
      try relations("ووصفت طهران الاتهامات الكندية بأنها مؤامرة.") == ["IRN opposes CAN"])
  }
}
