import Foundation
import Testing

@testable import Graph

/// Three readings of who the parties are: the body whose meeting or summit is where two met is
/// no party to their meeting; an Arabic head noun spelt with و ("وزير", "وفد") is no و of
/// coordination; an English relative pronoun before an auxiliary still names the verb's subject.
@Suite("Relations: meeting venues, heads spelt with و, relatives before auxiliaries")
struct VenuesHeadsWithWawAndRelativesTests {
  /// The built-in relations in mid-2022 (Lavrov and Blinken both in office).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2022-06-01")
  }

  @Test func leadersInACapitalAreTheSideMet() throws {
    // (Each gave nothing: the capitals read as where they met.)
    #expect(
      try relations(
        "Chinese Foreign Minister Wang Yi met leaders in Dhaka and Naypyitaw last week.")
        == ["CHN negotiates-with BGD", "CHN negotiates-with MMR"])
    #expect(
      try relations("Wang Yi held talks with senior officials in Dhaka on Monday.")
        == ["CHN negotiates-with BGD"])
    // guard: a capitalised word before "officials" that names no actor keeps the capital the
    // venue (without that test the line gives CHN negotiates-with TALIBAN, Kabul's rulers).
    #expect(
      try relations("Chinese Foreign Minister Wang Yi met Western officials in Kabul.").isEmpty)
  }

  @Test func theBodyOfTheMeetingWhereTwoMetIsNoParty() throws {
    #expect(
      try relations("Lavrov and Blinken met on the sidelines of the G20 meeting.")
        == ["RUS negotiates-with USA"])
    #expect(
      try relations("Lavrov and Blinken met at the G20 meeting.")
        == ["RUS negotiates-with USA"])
    #expect(
      try relations("التقى لافروف وبلينكن على هامش اجتماع مجموعة العشرين في بالي.")
        == ["RUS negotiates-with USA"])
    #expect(
      try relations(
        "تباحث الرئيس الفلسطيني والعاهل الأردني على هامش قمة الجامعة العربية.")
        == ["PSE negotiates-with JOR"])
    #expect(
      try relations(
        "تباحث الرئيس الفلسطيني وملك الأردن خلال قمة الجامعة العربية في الرياض.")
        == ["PSE negotiates-with JOR"])
    // The one met after the venue is the other party.
    #expect(
      try relations("Lavrov met at the NATO summit with Blinken.").contains(
        "RUS negotiates-with USA"))
    // guard: a body met itself, with no meeting noun after it, is a party.
    #expect(
      try relations("Sisi met the Arab League chief at the summit.")
        == ["EGY negotiates-with ARAB_LEAGUE"])
  }

  @Test func aHeadSpeltWithWawIsNoCoordination() throws {
    #expect(
      try relations("وصل إلى الدوحة وزير الخارجية الجيبوتي في زيارة رسمية.")
        == ["DJI negotiates-with QAT"])
    #expect(try relations("وصل إلى الدوحة وزير جيبوتي.") == ["DJI negotiates-with QAT"])
    #expect(
      try relations("وصل إلى الخرطوم وفد الاتحاد الأفريقي.") == ["AU negotiates-with SDN"])
    // guard: و with a title still coordinates.
    #expect(
      try relations(
        "التقى الرئيس المصري ووزير الخارجية الأردني وفدا من الاتحاد الأوروبي.")
        == ["EGY negotiates-with EU", "JOR negotiates-with EU"])
  }

  @Test func aRelativeBeforeAnAuxiliaryNamesTheSubject() throws {
    #expect(
      try relations("Washington, which has backed Kyiv, announced new aid.")
        == ["USA supports UKR"])
    #expect(
      try relations("The Houthis, who have attacked Saudi Arabia, said so.")
        == ["HOUTHIS strikes SAU"])
    // guard: a passive after the relative is the participle's ("backed by").
    #expect(
      try relations("Assad, who was backed by Russia, won the war.")
        == ["RUS supports SYR"])
    // A modal too: the antecedent is the subject, and the future makes the relation
    // hypothetical.
    #expect(
      try relations("Iran, which will support the Houthis, said so.")
        == ["IRN supports HOUTHIS ?"])
  }

  @Test func talksBeforeTheSubjectInAPhraseOfTime() throws {
    #expect(
      try relations(
        "After talks with his Egyptian counterpart, the Saudi foreign minister said the war must end."
      ) == ["SAU negotiates-with EGY"])
    #expect(
      try relations(
        "Speaking after talks with his Egyptian counterpart, the Saudi foreign minister said so.")
        == ["SAU negotiates-with EGY"])
    #expect(
      try relations("After meeting Putin in Moscow, Erdogan said the two leaders agreed on Syria.")
        == ["TUR negotiates-with RUS"])
    #expect(
      try relations(
        "Following a meeting with Blinken, the Qatari prime minister said talks would continue.")
        == ["QAT negotiates-with USA"])
    #expect(
      try relations("Erdogan, after meeting Putin in Sochi, said the deal was alive.")
        == ["TUR negotiates-with RUS"])
    #expect(
      try relations("وعقب محادثاته مع بوتين، أعلن أردوغان التوصل إلى اتفاق.")
        == ["TUR negotiates-with RUS"])
    // guard: no partner after the gerund, no talks.
    #expect(try relations("After meeting in Geneva, Russia said the talks failed.") == [])
  }

  /// A gerund of meeting right after "after" inside the sentence has the main clause's subject.
  @Test func meetingAfterTheMainVerb() throws {
    #expect(
      try builtInRelations(
        "King Juan Carlos said he would act as a facilitator after meeting President Nestor "
          + "Kirchner and President Tabare Vazquez separately.", date: "2006-11-08"
      ).sorted() == ["ESP negotiates-with ARG", "ESP negotiates-with URY"])
  }
}
