import Foundation
import Testing

@testable import Graph

/// Arabic words that end an agreement ("تعليق معاهدة ... مع", "ألغت ... معاهدة") leave it; an
/// act announced is the announcer's own ("أعلنت بولندا طرد السفير الروسي"); preparing an attack
/// is no attack yet; a verbal noun of purpose keeps its own object; the genitive of a noun of
/// control names who holds a place, no party of a cue after it.
@Suite("Relations: agreements ended, acts announced, intent and purpose")
struct EndedAgreementsAndIntentTests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-06-01").sorted()
  }

  @Test func endingAnAgreementOpposesTheOtherParty() throws {
    #expect(
      try relations("أعلنت الهند تعليق معاهدة مياه السند مع باكستان.") == ["IND opposes PAK"])
    #expect(try relations("ألغت الهند معاهدة مياه السند مع باكستان.") == ["IND opposes PAK"])
    #expect(
      try relations("قررت روسيا تعليق العمل بمعاهدة ستارت مع الولايات المتحدة.") == [
        "RUS opposes USA"
      ])
    // Guard: an agreement between others stays theirs.
    #expect(
      try relations("علقت تركيا الاتفاق بين روسيا وأوكرانيا.") == [
        "RUS negotiates-with UKR"
      ])
  }

  @Test func anExpulsionAnnouncedIsTheAnnouncers() throws {
    #expect(try relations("أعلنت كوريا الجنوبية طرد دبلوماسي روسي.") == ["KOR opposes RUS"])
    #expect(try relations("أعلنت بولندا طرد السفير الروسي.") == ["POL opposes RUS"])
  }

  @Test func preparingAnAttackIsHypothetical() throws {
    #expect(try relations("تستعد القوات الروسية لشن هجوم على أوكرانيا.") == ["RUS strikes UKR ?"])
    #expect(
      try relations("Israel is preparing to launch an offensive against Hezbollah.") == [
        "ISR strikes HEZBOLLAH ?"
      ])
  }

  @Test func aPurposeNounKeepsItsObject() throws {
    #expect(try relations("شنت حماس هجوما في غزة لاتهام إسرائيل بتنفيذه.") == ["HAMAS opposes ISR"])
    // Guard: ل with the article is the object of the noun before, no purpose.
    #expect(try relations("أعلنت الإمارات رفضها للاتهامات السودانية.") == ["ARE opposes SDN"])
  }

  @Test func whoControlsAPlaceIsNoPartyOfWhatFollows() throws {
    #expect(
      try relations(
        "تحتفظ تركيا بنقاط مراقبة حول المناطق الخاضعة لسيطرة هيئة تحرير الشام في إطار اتفاق مع روسيا وإيران."
      ) == [])
  }

  @Test func backingNamedAfterAnAccusationIsNoActOfTheAccused() throws {
    #expect(
      try relations("اتهمت الحكومة الفنزويلية المعارضة بالتخطيط لانقلاب بدعم من واشنطن.") == [
        "VEN opposes VEN_OPP"
      ])
  }

  @Test func anActOfForceARequestAnswersHappened() throws {
    #expect(
      try relations("دعت الصين إلى ضبط النفس بعد الاشتباكات بين الهند وباكستان.") == [
        "IND strikes PAK", "PAK strikes IND",
      ])
    #expect(
      try relations("دعت مصر إلى وقف إطلاق النار بعد الغارات الإسرائيلية على لبنان.") == [
        "ISR strikes LBN"
      ])
  }

  @Test func neutralisingFightersStrikesTheirGroup() throws {
    #expect(
      try relations(
        "أعلنت وزارة الدفاع التركية تحييد عشرة إرهابيين من حزب العمال الكردستاني شمال العراق.")
        == ["TUR strikes PKK"])
  }
}
