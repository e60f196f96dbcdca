import Foundation
import Testing

@testable import Graph

/// Subjects introduced by titles: a stance noun after a titled subject ("أكد الرئيس المصري
/// دعمه ل..."), titled subjects joined by و (with or without an honorific), a judge named by
/// title and name who did not commit the act judged, a cue word between two names of one
/// state, a body after مع, and the doubled-lam spelling of some news sources ("الالبنانية" for
/// "اللبنانية").
@Suite("Relations: titled subjects and their stances")
struct TitledSubjectsTests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2006-08-01").sorted()
  }

  @Test func aStanceNounAfterATitledSubjectIsTheSubjects() throws {
    #expect(try relations("أكد الرئيس المصري دعمه للحكومة اللبنانية.") == ["EGY supports LBN"])
    #expect(
      try relations("جدد وزير الخارجية الايراني دعم طهران لحزب الله.")
        == ["IRN supports HEZBOLLAH"])
    // guard: an act named right after another verb's subject is still not the subject's.
    #expect(try relations("أدانت مصر قتل المتظاهرين.") == [])
  }

  @Test func aCueWordIsNoPartOfAnApposition() throws {
    #expect(try relations("أكد الرئيس المصري دعم مصر للحكومة العراقية.") == ["EGY supports IRQ"])
    #expect(
      try relations("عقد المؤتمر في برلين برعاية ألمانية فرنسية.") == ["DEU negotiates-with FRA"])
  }

  @Test func titledSubjectsJoinedByWaActTogether() throws {
    #expect(
      try relations("وندد الرئيس المصري والعاهل الاردني بالهجوم الاسرائيلي.")
        == ["EGY opposes ISR", "JOR opposes ISR"])
    #expect(
      try relations(
        "وعبر جلالة الملك عبدالله الثاني وفخامة الرئيس المصري عن دعمهما للحكومة اللبنانية.")
        == ["EGY supports LBN", "JOR supports LBN"])
    // guard: a name that starts with و is still a name after a title.
    #expect(
      try relations("استقبل وزير الخارجية السوري وليد المعلم نظيره التركي.")
        == ["SYR negotiates-with TUR"])
  }

  @Test func theDoubledLamSpellingReadsAsUsuallyWritten() throws {
    #expect(
      try relations("وقصفت الطائرات الاسرائيلية مواقع للجيش الالبناني.") == ["ISR strikes LBN"])
    // guard: "الالماني" is German, as written.
    #expect(
      try relations("وقال وزير الخارجية الالماني ان بلاده تدعم الحكومة العراقية.")
        == ["DEU supports IRQ"])
  }

  @Test func whoCondemnsAnActDidNotCommitIt() throws {
    #expect(try relations("أدان رئيس الوزراء الاسرائيلي ايهود اولمرت الهجوم على مصر.") == [])
    #expect(try relations("أدان الرئيس الفرنسي جاك شيراك الهجوم على حركة حماس.") == [])
    // guard: a light verb's subject, past the head of its nisba, does the act.
    #expect(
      try relations("وشنت الطائرات الحربية الاسرائيلية غارات على مدينة صيدا.") == [
        "ISR strikes LBN"
      ])
  }

  @Test func aBodyAfterMaIsTheOtherParty() throws {
    #expect(
      try relations("بحثت روسيا مع الحكومة اللبنانية الوضع في المنطقة.")
        == ["RUS negotiates-with LBN"])
    #expect(
      try relations("اجتمع الرئيس الروسي مع الحكومة اللبنانية.") == ["RUS negotiates-with LBN"])
  }

  @Test func aBodysHeadNounIsNoNameAfterATitle() throws {
    #expect(
      try relations("استقبل الرئيس الفرنسي الحكومة اللبنانية. وقالت الحكومة انها تدعم حزب الله.")
        == ["FRA negotiates-with LBN", "LBN supports HEZBOLLAH"])
  }

  @Test func respelledDropsTheAlefBetweenArticleAndLam() {
    func respelled(_ word: String) -> String? {
      var w = word
      return w.withUTF8 { b in
        DoubledLamSpelling.respelled(b).map { String(decoding: $0, as: UTF8.self) }
      }
    }
    #expect(respelled("الالبنانية") == "اللبنانية")
    #expect(respelled("والالاجئين") == "واللاجئين")
    #expect(respelled("الالهة") == nil)  // too short: "الله" is no reading of it
    #expect(respelled("كوالالمبور") == nil)
  }
}
