import Testing

@testable import Graph

/// Arabic: "حكومة X" (a head in construct with a state's name) is that state's government, and a
/// later "الحكومة" refers back to it rather than to the state named last. After a group's
/// description ("الحركة"), a definite head noun ("الحكومة") is the verb's object, no
/// adjective of the group.
@Suite("Arabic: the government named in construct")
struct GovernmentInConstructTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2023-06-01").sorted()
  }

  @Test func theGovernmentIsTheOneNamedInConstruct() throws {
    // (Gave nothing for the second sentence: "الحكومة" was Qatar, named last.)
    #expect(
      try relations(
        "وقعت حكومة الكونغو الديمقراطية وحركة 23 مارس إعلان مبادئ في الدوحة. ثم اتهمت الحركة الحكومة بخرق الهدنة."
      ) == ["COD negotiates-with M23", "M23 opposes COD"])
    // (Gave nothing: the government was France, itself.)
    #expect(
      try relations(
        "دعت حكومة مالي إلى الحوار. وأعلنت فرنسا دعمها للمسار، ورحبت الحكومة بالدعم الفرنسي.")
        == ["MLI supports FRA"])
  }

  @Test func aHeadNounAfterTheGroupIsTheObject() throws {
    // (Gave SOM opposes SHABAAB: "الحركة الحكومة" read as one description.)
    #expect(
      try relations(
        "هاجمت حركة الشباب قاعدة للجيش الصومالي قرب مقديشو. واتهمت الحركة الحكومة بقتل المدنيين.")
        == ["SHABAAB opposes SOM", "SHABAAB strikes SOM"])
    // (Gave the first relation only.)
    #expect(
      try relations(
        "وقعت حكومة جنوب السودان اتفاقا مع الحركة الشعبية في المعارضة في أديس أبابا. وقال وزير الخارجية الإثيوبي إن الاتفاق صامد، واتهمت الحركة الحكومة بخرق الهدنة."
      ) == ["SPLM_IO opposes SSD", "SSD negotiates-with SPLM_IO"])
  }
}
