import Foundation
import Testing

@testable import Graph

/// An act judged a crime or an aggression opposes its author; a verb of saying (or a verb cue
/// before a title) joined with و opens a clause of its own, which the object of a noun before it
/// does not reach into; a spokesman's name after the body he speaks for is the verb's subject.
@Suite("Relations: acts labelled crimes, clauses opened by و with a verb")
struct LabelsAndCoordinatedClauseVerbsTests {
  @Test func anActLabelledACrimeOpposesItsAuthor() throws {
    #expect(
      try builtInRelations("اعتبرت قطر الهجوم الإسرائيلي على غزة عدوانا سافرا.", date: "2019-05-01")
        == ["QAT opposes ISR", "ISR strikes PSE"])
    #expect(
      try builtInRelations("Cairo described the Israeli strike as a massacre.", date: "2019-05-01")
        == ["EGY opposes ISR"])
    // guard: talks described are no label.
    #expect(
      try builtInRelations(
        "Qatar described the talks with Iran as constructive.", date: "2019-05-01")
        == ["QAT negotiates-with IRN"])
    // guard: an agreement called historic opposes nobody.
    #expect(
      try builtInRelations("وصف الوزير الاتفاق مع تركيا بأنه تاريخي.", date: "2019-05-01") == [])
  }

  @Test func aNounsObjectStopsAtACoordinatedVerbOfTheNextClause() throws {
    #expect(
      try builtInRelations(
        "أدانت مصر الهجوم الإسرائيلي واعتبر وزير الخارجية الأردني أنه مرفوض.", date: "2018-01-01")
        == ["EGY opposes ISR"])
    #expect(
      try builtInRelations(
        "أدانت مصر الهجمات الإسرائيلية واتهم المتحدث باسم الخارجية أحمد أبو زيد إسرائيل بانتهاك القانون.",
        date: "2018-01-01") == ["EGY opposes ISR"])
    #expect(
      try builtInRelations(
        "أدانت مصر الهجمات الإسرائيلية واتهم سامح شكري إسرائيل بانتهاك القانون.",
        date: "2018-01-01") == ["EGY opposes ISR"])
    #expect(
      try builtInRelations(
        "واستنكرت السلطة الفلسطينية الاعتداءات الاسرائيلية واعتبر المتحدث باسم الرئاسة نبيل ابو ردينة هذه الاعتداءات جرائم حرب.",
        date: "2008-01-01") == ["PSE opposes ISR"])
  }
}

/// An act with ب after a noun of accusation is the accused's: the actor with ل after the noun,
/// or the subject who denies or rejects it; never the accuser named in the noun's genitive.
@Suite("Relations: the act after a noun of accusation")
struct AccusedActsTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-03-01")
  }

  @Test func theAccusedActsNotTheAccuser() throws {
    // (Since the denial of accusations was read, 2026-12-05: the one who denies opposes their
    // author, and the act the denied accusations tell is denied, no longer hypothetical.)
    #expect(
      try relations("وكانت الإمارات قد نفت اتهامات الحكومة السودانية لها بتسليح الدعم السريع.")
        == ["ARE opposes SDN"])
    #expect(
      try relations("نفت الإمارات اتهامات الحكومة السودانية بتسليح الدعم السريع.")
        == ["ARE opposes SDN"])
    #expect(
      try relations("رفضت إيران اتهامات أمريكية لها بدعم الحوثيين.")
        == ["IRN opposes USA"])
    #expect(
      try relations("جددت واشنطن اتهاماتها لطهران بدعم الحوثيين.")
        == ["USA opposes IRN", "IRN supports HOUTHIS ?"])
    #expect(
      try relations("كما جدد اتهامه لواشنطن وحلف شمال الأطلسي بدعم استقلال كوسوفو.")
        == ["USA supports XKX ?", "NATO supports XKX ?"])
    // guard: after the verb of accusing, as before.
    #expect(
      try relations("اتهمت روسيا الولايات المتحدة بدعم تنظيم الدولة.")
        == ["RUS opposes USA", "USA supports ISIS ?"])
  }
}
