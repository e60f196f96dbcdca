import Testing

@testable import Graph

/// The Arabic future, س + the imperfect ("ستدعم", "سيقصفون"): a verb cue in the future is read
/// as the imperfect is, and what it tells has not happened (hypothetical); so does a noun that a
/// future light verb launches ("ستشن تركيا هجوما"). Going on with an act ("ستواصل") is no future.
@Suite("Relations: the Arabic future")
struct ArabicFutureTests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2018-06-01").sorted()
  }

  @Test func aVerbInTheFutureIsReadAndHypothetical() throws {
    #expect(try relations("ستدعم مصر حفتر.") == ["EGY supports LNA ?"])
    #expect(try relations("ستقصف إسرائيل حزب الله.") == ["ISR strikes HEZBOLLAH ?"])
    #expect(try relations("سيزود الأمريكيون أوكرانيا بالأسلحة.") == ["USA supports UKR ?"])
    #expect(
      try relations("سيلتقي وزير الخارجية المصري نظيره الأمريكي.") == [
        "EGY negotiates-with USA ?"
      ])
    // "سن": we will, the speaker's.
    #expect(try relations("قال أردوغان: \"سندعم حكومة الوفاق\".") == ["TUR supports GNA ?"])
    #expect(
      try relations("قال مسؤول أمريكي إن واشنطن ستزود كييف بصواريخ باتريوت.") == [
        "USA supports UKR ?"
      ])
  }

  @Test func aNounLaunchedByAFutureLightVerbIsHypothetical() throws {
    #expect(
      try relations("ستشن تركيا هجوما على حزب العمال الكردستاني.") == ["TUR strikes PKK ?"])
    // Guard: a perfect that starts like a future ("سيطرت") is no future.
    #expect(
      try relations("سيطرت قوات الدعم السريع على مقر للجيش السوداني.") == ["RSF strikes SDN"])
    // Guard: going on with an act says it is under way.
    #expect(
      try relations("وستواصل الولايات المتحدة تزويد أوكرانيا بالأسلحة.") == [
        "USA supports UKR"
      ])
  }

  @Test func theFutureFormsOfAStem() {
    let forms = ArabicInflection.futureForms(["دعم"])
    #expect(forms.contains("ستدعم") && forms.contains("سيدعمون") && forms.contains("سندعم"))
    #expect(!forms.contains("سأدعم") && !forms.contains("يدعم") && !forms.contains("سيدعموا"))
  }
}
