import Foundation
import Testing

@testable import Graph

/// Arabic: past a comma, a verb of meeting with و and no subject of its own shares the subject
/// of the verb that opens the sentence, also when that subject is a title of two words ("رئيس
/// الوزراء الياباني") with or without a name after it.
@Suite("A meeting verb sharing the sentence's subject")
struct SharedMeetingSubjectTests {
  @Test func titleOfTwoWords() throws {
    // (Was JPN opposes CHN only.)
    #expect(
      try builtInRelations(
        "واستدعى رئيس الوزراء الياباني السفير الصيني، وتحدث هاتفيا مع الرئيسة التايوانية.",
        date: "2023-09-20")
        == ["JPN opposes CHN", "JPN negotiates-with TWN"])
  }

  @Test func titleOfTwoWordsAndName() throws {
    // (Was CAN opposes IND only.)
    #expect(
      try builtInRelations(
        "وانتقد رئيس الوزراء الكندي جاستن ترودو الحكومة الهندية، وأجرى اتصالا هاتفيا مع رئيس الوزراء البريطاني.",
        date: "2023-09-20")
        == ["CAN opposes IND", "CAN negotiates-with GBR"])
  }

  @Test func ownSubjectStays() throws {
    // guard: a verb with a subject of its own keeps it.
    #expect(
      try builtInRelations(
        "واستدعى رئيس الوزراء الكندي السفير الهندي، واجتمع وزير الخارجية البريطاني مع نظيره الفرنسي.",
        date: "2023-09-20")
        == ["CAN opposes IND", "GBR negotiates-with FRA"])
  }
}
