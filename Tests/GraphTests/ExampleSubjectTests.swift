import Testing

@testable import Graph

/// A subject named by a common noun, then its members after a comma and "بينها", "في
/// مقدمتها", "among them": the members act. "أحزاب" (parties) qualified by a nisba is not the
/// nisba's state.
@Suite("Relations: a subject named by its members")
struct ExampleSubjectTests {
  func relations(_ text: String, date: String = "2024-01-14") throws -> [String] {
    try builtInRelations(text, date: date)
  }

  @Test func arabicMembersAfterBaynaha() throws {
    #expect(
      try relations("ودانت دول عربية، بينها السعودية ومصر، الهجوم الإسرائيلي على قطر.")
        == ["SAU opposes ISR", "EGY opposes ISR", "ISR strikes QAT"])
    // (The state of "أحزاب جزائرية" had signed with each party.)
    #expect(
      try relations(
        "وقعت أحزاب جزائرية معارضة، في مقدمتها الجبهة الإسلامية للإنقاذ وجبهة التحرير الوطني، وثيقة العقد الوطني.",
        date: "1995-01-14") == ["DZA_FIS negotiates-with DZA_FLN"])
    // Guard: after a subject of its own the members are the object.
    #expect(
      try relations("وتدعم إيران جماعات مسلحة، بينها حزب الله والحوثيون، في المنطقة.")
        == ["IRN supports HEZBOLLAH", "IRN supports HOUTHIS"])
  }

  @Test func englishEveryMemberOfTheApposition() throws {
    #expect(
      try relations(
        "Several Arab states, among them Saudi Arabia and Egypt, condemned the Israeli strike on Qatar."
      ) == ["SAU opposes ISR", "EGY opposes ISR", "ISR strikes QAT"])
    #expect(
      try relations("Several countries, including France and Germany, pledged support for Ukraine.")
        == ["FRA supports UKR", "DEU supports UKR"])
  }
}
