import Foundation
import Testing

@testable import Graph

/// One who joins a meeting told in a sentence before ("وحضر وزير الخارجية السعودي الاجتماع",
/// "شارك ... عبر الاتصال المرئي", "joined the talks") meets each of its parties
/// (`MeetingMemory`), and each of those who joined it before.
@Suite("Meetings joined later")
struct JoinedMeetingTests {
  @Test func arabicAttendsTheMeeting() throws {
    // (Gave USA negotiates-with RUS only.)
    #expect(
      try builtInRelations(
        "التقى وزير الخارجية الأمريكي نظيره الروسي في الرياض. وحضر وزير الخارجية السعودي الاجتماع.",
        date: "2025-02-18")
        == ["USA negotiates-with RUS", "SAU negotiates-with USA", "SAU negotiates-with RUS"])
  }

  @Test func arabicJoinsByVideo() throws {
    // (Gave FRA negotiates-with DEU only.)
    #expect(
      try builtInRelations(
        "اجتمع الرئيس الفرنسي بنظيره الألماني في باريس. وشارك رئيس الوزراء البولندي عبر الاتصال المرئي.",
        date: "2025-02-18"
      ).contains("POL negotiates-with DEU"))
  }

  @Test func englishJoinsTheTalks() throws {
    // (Gave USA negotiates-with CHN only.)
    #expect(
      try builtInRelations(
        "Biden met Chinese President Xi Jinping in Woodside on Wednesday. Australian Prime Minister Anthony Albanese later joined the talks.",
        date: "2023-11-15"
      ).contains("AUS negotiates-with CHN"))
  }

  @Test func anotherEventIsNoMeeting() throws {
    // guard: a ceremony is not the meeting; an attack is none.
    #expect(
      try builtInRelations(
        "التقى وزير الخارجية الأمريكي نظيره الروسي في الرياض. وحضر وزير الخارجية السعودي حفلا في المدينة.",
        date: "2025-02-18") == ["USA negotiates-with RUS"])
    #expect(
      try builtInRelations(
        "قصفت إسرائيل مواقع لحزب الله. وحضر الرئيس الفرنسي الاجتماع في بيروت.",
        date: "2025-02-18") == ["ISR strikes HEZBOLLAH"])
  }
}
