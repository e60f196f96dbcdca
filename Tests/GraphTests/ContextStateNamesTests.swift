import Testing

@testable import Graph

/// A state whose one-word name is also an everyday word ("مالي" is "financial", "بنين" "sons")
/// is named where a country's name stands: after a feminine verb, a preposition, a head such
/// as "رئيس" or "سفير", right after another state (its object), or joined by و to one. After
/// a noun it stays the everyday word. "الكونغو" and "كونغولي" name the DRC, as the wires use them.
/// "سيول" (Seoul, and "floods") is read the same way.
@Suite("Actors: ambiguous state names read by their context")
struct ContextStateNamesTests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-06-01").sorted()
  }

  @Test func aStateNamedByAnEverydayWordIsReadWhereAStatesNameStands() throws {
    #expect(
      try relations("قطعت مالي علاقاتها الدبلوماسية مع أوكرانيا.") == ["MLI opposes UKR"])
    #expect(try relations("وقعت روسيا اتفاقا مع مالي.") == ["RUS negotiates-with MLI"])
    #expect(
      try relations("وقعت روسيا ومالي اتفاقا للتعاون العسكري.") == ["RUS negotiates-with MLI"])
    #expect(try relations("استدعت الخارجية الجزائرية سفير مالي.") == ["DZA opposes MLI"])
    #expect(try relations("اتهمت الجزائر مالي بانتهاك مجالها الجوي.") == ["DZA opposes MLI"])
    #expect(
      try relations("انتقد رئيس مالي العقوبات التي فرضتها إيكواس على بلاده.") == [
        "MLI opposes ECOWAS"
      ])
    #expect(try relations("قطعت بنين علاقاتها مع النيجر.") == ["BEN opposes NER"])
  }

  @Test func seoulIsReadWhereAStatesNameStands() throws {
    // ("سيول" is also "floods": each gave the first state alone, or nothing.)
    #expect(
      try relations("كان وزير الدفاع الأمريكي قد زار طوكيو وسيول مطلع الشهر.") == [
        "USA negotiates-with JPN", "USA negotiates-with KOR",
      ])
    #expect(try relations("واتهمت سيول بيونغيانغ بإطلاق صواريخ.") == ["KOR opposes PRK"])
    // Guard: floods.
    #expect(try relations("ضربت سيول جارفة مناطق في الهند.") == [])
  }

  @Test func congoNamesTheDemocraticRepublic() throws {
    #expect(
      try relations("اتهم الجيش الكونغولي رواندا بدعم متمردي حركة 23 مارس.") == [
        "COD opposes RWA", "RWA supports M23 ?",
      ])
    #expect(try relations("أرسلت بوروندي قوات لمساندة الجيش الكونغولي.") == ["BDI supports COD"])
    // Guard: the Republic of the Congo by its longer name.
    #expect(
      try relations("التقى رئيس الكونغو برازافيل نظيره الفرنسي.") == ["COG negotiates-with FRA"])
  }

  @Test func afterANounTheWordIsTheEverydayWord() throws {
    // Guards: financial support.
    #expect(try relations("أعلنت قطر تقديم دعم مالي للسودان.") == ["QAT supports SDN"])
    #expect(try relations("تعهدت الكويت بتقديم دعم مالي للأردن.") == ["KWT supports JOR"])
    #expect(
      try relations("وقعت روسيا اتفاقا للدعم المالي مع النيجر.") == [
        "RUS negotiates-with NER", "RUS supports NER",
      ])
  }
}
