import Testing

@testable import Graph

/// Arabic: "بينهما" (between them) after a joint noun names the sentence's coordinated subject
/// as its parties, however far before the noun it stands.
@Suite("Relations: talks between them")
struct BetweenThemTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2025-05-16")
  }

  @Test func theCoordinatedSubjectHoldsTheTalks() throws {
    #expect(
      try relations(
        "عقد وفدا السودان وجنوب السودان الخميس في قاعة المؤتمرات الكبرى بمدينة جوبا أول محادثات مباشرة بينهما."
      ) == ["SDN negotiates-with SSD"])
    // guard: one actor before is no pair.
    #expect(
      try relations("عقد وفد السودان الخميس في قاعة المؤتمرات الكبرى بمدينة جوبا محادثات بينهما.")
        .isEmpty)
  }
}
