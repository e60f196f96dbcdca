import Foundation
import Testing

@testable import Graph

/// Officials of the 2000s added to the built-in gazetteer: Sergei and Igor Ivanov (Russia), Jack
/// Straw (Britain's foreign secretary, 2001-2006); a surname that is also a nisba ("السوداني",
/// Iraq's prime minister since 2022) after a counterpart.
@Suite("Actors: more officials")
struct MoreOfficialsTests {
  @Test func ivanovAndStrawNameTheirStates() throws {
    #expect(
      try builtInRelations(
        "التقى إيفانوف في موسكو مع رئيس هيئة الطاقة الذرية الإيرانية.", date: "2007-05-01")
        == ["RUS negotiates-with IRN"])
    #expect(
      try builtInRelations(
        "وأجرى سترو محادثات مع وزير الخارجية الإيراني في طهران.", date: "2004-05-01")
        == ["GBR negotiates-with IRN"])
    #expect(
      try builtInRelations(
        "Sergei Ivanov held talks with the Iranian foreign minister.", date: "2006-05-01")
        == ["RUS negotiates-with IRN"])
  }

  @Test func aCounterpartsNisbaThatIsAlsoASurname() throws {
    #expect(
      try builtInRelations("التقى الرئيس المصري نظيره السوداني في القاهرة.", date: "2006-05-01")
        == ["EGY negotiates-with SDN"])
    #expect(
      try builtInRelations("استقبل وزير الخارجية المصري نظيره السوداني.", date: "2024-05-01")
        == ["EGY negotiates-with SDN"])
  }

  @Test func aPersonAfterAnActOnVictimsIsNoAuthor() throws {
    // guard (both lines): with the officials added, the victims were read as authors.
    #expect(
      try builtInRelations(
        "وعند اغتيال النائب بيار الجميل قامت قوى 14 آذار بواجبها وكذلك الحكومة.", date: "2007-05-01"
      )
        == [])
    #expect(
      try builtInRelations("ومحاولتي اغتيال الوزيرين مروان حمادة والياس المر.", date: "2007-05-01")
        == [])
  }

  @Test func theVictimOfAnAssassinationStrikesNoOne() throws {
    #expect(
      try builtInRelations(
        "وتخلل مسار الأزمة أحداث جسام، أهمها زلزال وقع باغتيال الرئيس رفيق الحريري ثم حرب شعواء شنتها إسرائيل على لبنان.",
        date: "2007-05-01") == ["ISR strikes LBN"])
  }

  @Test func officialsOfTheTwoThousandsNameTheirSides() throws {
    #expect(
      try builtInRelations("انتقد وزير الاعلام غازي العريضي حزب الله.", date: "2007-05-01")
        == ["LBN_PSP opposes HEZBOLLAH"])
    #expect(
      try builtInRelations(
        "اجتماع الملك حسين السري مع غولدا مائير انعقد بتل أبيب.", date: "1973-10-01")
        == ["JOR negotiates-with ISR"])
  }

  @Test func aSummitOfTwoLeadersIsTheirs() throws {
    #expect(
      try builtInRelations(
        "تناولت قمة محمود عباس وإيهود أولمرت الأوضاع في غزة.", date: "2007-06-01")
        == ["PSE negotiates-with ISR"])
    #expect(
      try builtInRelations(
        "تناولت قمة جورج بوش وفلاديمير بوتين الدرع الصاروخي.", date: "2007-06-01")
        == ["USA negotiates-with RUS"])
    // guard: a summit named after a place names no actor.
    #expect(
      try builtInRelations("عقدت قمة بغداد بحضور الرئيس المصري.", date: "2007-06-01") == [])
  }

  @Test func namesJoinedByADashAfterAMeetingNoun() throws {
    #expect(
      try builtInRelations(
        "تناولت محادثات إيهود أولمرت ـ جورج بوش الأوضاع في غزة.", date: "2007-06-01")
        == ["ISR negotiates-with USA"])
    #expect(
      try builtInRelations("تناول لقاء كوندوليزا رايس - سلام فياض الأوضاع.", date: "2007-06-01")
        == ["USA negotiates-with PSE"])
    // guard: names side by side with no dash are no pair.
    #expect(
      try builtInRelations(
        "تناولت محادثات إيهود أولمرت جورج بوش الأوضاع في غزة.", date: "2007-06-01") == [])
  }

  @Test func aDefiniteMeetingNounWithTwoNisbas() throws {
    #expect(
      try builtInRelations("تناولت القمة الأمريكية الروسية الدرع الصاروخي.", date: "2007-06-01")
        == ["USA negotiates-with RUS"])
    #expect(
      try builtInRelations(
        "قال ساركوزي إن لبنان ضحية جانبية وفشل المفاوضات الإسرائيلية الفلسطينية.",
        date: "2008-06-01") == ["ISR negotiates-with PSE"])
    #expect(
      try builtInRelations("رحب الاتحاد الأوروبي بالاتفاق الأمريكي الروسي.", date: "2007-06-01")
        .sorted() == ["EU supports RUS", "EU supports USA", "USA negotiates-with RUS"])
  }
}
