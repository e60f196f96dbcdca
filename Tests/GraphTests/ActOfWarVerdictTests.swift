import Testing

@testable import Graph

/// Arabic verdicts: "عمل حربي" (an act of war), "عمل عدواني" (an act of aggression), "إعلان
/// حرب" judge the act's author.
@Suite("Relations: an act of war in Arabic")
struct ActOfWarVerdictTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2025-05-07")
  }

  @Test func theAuthorIsJudged() throws {
    #expect(
      try relations(
        "نفذت الهند ضربات صاروخية على مواقع في باكستان. ووصف رئيس الوزراء الباكستاني شهباز شريف الضربات بأنها \"عمل حربي\"."
      ) == ["IND strikes PAK", "PAK opposes IND"])
    #expect(
      try relations("ووصفت باكستان الضربات الهندية بأنها \"عمل عدواني\".") == ["PAK opposes IND"])
    // guard: a verdict there already, as before.
    #expect(
      try relations("ووصفت باكستان الضربات الهندية بأنها \"جريمة حرب\".") == ["PAK opposes IND"])
  }
}
