import Testing

@testable import Graph

/// English: a measure's owner may stand between the word of lifting and the measure ("would lift
/// all U.S. sanctions on Syria": no stance); a verb after "and" shares the subject that is the
/// sentence's last actor, even past a quoted word ("called the meeting \"historic\" and
/// thanked"), not the speaker of the sentence before.
@Suite("Relations: lifted measures and shared subjects")
struct SharedSubjectAndLiftTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2025-05-14")
  }

  @Test func aMeasureLiftedWithItsOwnerNamedOpposesNoMore() throws {
    #expect(try relations("Trump announced he would lift all U.S. sanctions on Syria.") == [])
    #expect(try relations("Washington eased EU sanctions on Syria.") == [])
    // guard: sanctions imposed oppose.
    #expect(
      try relations("The United States imposed U.S. sanctions on Syria.") == ["USA opposes SYR"])
  }

  @Test func theVerbAfterAndSharesTheSentencesSubject() throws {
    #expect(
      try relations(
        "Leavitt said. Syria's foreign ministry called the meeting \"historic\" and thanked Saudi Arabia and Turkey."
      ) == ["SYR supports SAU", "SYR supports TUR"])
    // guard: the subject's own two verbs.
    #expect(try relations("The UAE armed and financed the RSF.") == ["ARE supports RSF"])
  }
}
