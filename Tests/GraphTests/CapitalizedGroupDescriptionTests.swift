import Testing

@testable import Graph

/// English: "the Islamists" is a description of the group named last, and a group's description
/// may be written with a capital ("The Islamists, whose fighters ...") when no name goes on after
/// it.
@Suite("English: a group's description with a capital")
struct CapitalizedGroupDescriptionTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2006-12-26").sorted()
  }

  @Test func theIslamistsReferBackToTheGroup() throws {
    // (Gave nothing: "Islamists" was no description, and a capital ended any.)
    #expect(
      try relations(
        "The Islamic Courts control Mogadishu. The Islamists, whose fighters attacked the government's base in Baidoa last week, vowed to fight on."
      ) == ["ICU strikes SOM"])
    // (Gave USA supports AQ: the accused was no actor, and the accuser took the charge.)
    #expect(
      try relations(
        "The Islamic Courts control Mogadishu. The United States accuses the Islamists of sheltering al-Qaeda suspects."
      ) == ["ICU supports AQ", "USA opposes ICU"])
  }

  @Test func aNameGoingOnIsNoDescription() throws {
    // Guards: a name that starts with the word is not the group named before.
    #expect(
      try relations(
        "Hamas fired rockets overnight. The Movement for Democracy rejected the plan of Egypt.")
        == [])
    #expect(
      try relations("Hamas fired rockets overnight. The Rebels Front rejected the plan of Egypt.")
        == [])
  }
}
