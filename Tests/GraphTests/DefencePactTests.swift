import Testing

@testable import Graph

/// A defence pact or treaty is an agreement that also backs the partner ("signed a defence pact
/// with Mogadishu", "اتفاقية دفاع مشترك مع"); an alliance with a partner backs it
/// ("تحالفها مع"); a year may stand between "its" and the pact's noun.
@Suite("Relations: defence pacts and alliances")
struct DefencePactTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-06-19")
  }

  @Test func aDefencePactIsTalksAndBacking() throws {
    #expect(
      try relations("Russia signed a mutual defence pact with North Korea.") == [
        "RUS negotiates-with PRK", "RUS supports PRK",
      ])
    #expect(
      try relations("Egypt, which signed a defence pact with Mogadishu, pledged troops.") == [
        "EGY negotiates-with SOM", "EGY supports SOM",
      ])
    #expect(
      try relations(
        "Putin said how Moscow applied its mutual defence treaty with North Korea was its own business."
      ) == [
        "RUS negotiates-with PRK", "RUS supports PRK",
      ])
    #expect(
      try relations("ووقعت روسيا اتفاقية دفاع مشترك مع كوريا الشمالية.") == [
        "RUS negotiates-with PRK", "RUS supports PRK",
      ])
    // guard: a pact refused backs no one.
    #expect(try relations("Turkey refused a defence pact with Greece.") == ["TUR opposes GRC"])
    // guard: a partnership is talks only.
    #expect(
      try relations("Russia signed a strategic partnership with Iran.") == [
        "RUS negotiates-with IRN"
      ])
  }

  @Test func aYearMayDateThePactAfterItsPronoun() throws {
    #expect(
      try relations(
        "The United States reaffirmed that its 1951 mutual defence treaty with the Philippines extends to armed attacks."
      ) == ["USA negotiates-with PHL", "USA supports PHL"])
    // guard: a year right before the noun was read before.
    #expect(
      try relations("Israel said its 2024 sanctions on Iran were lifted.") == ["ISR opposes IRN"])
  }

  @Test func anArabicAllianceWithAPartnerBacksIt() throws {
    #expect(try relations("وأعلنت باكستان تحالفها مع السعودية.") == ["PAK supports SAU"])
    #expect(try relations("وتعهدت أنقرة بتعزيز تحالفها مع أذربيجان.") == ["TUR supports AZE"])
  }
}
