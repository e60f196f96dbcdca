import Testing

@testable import Graph

/// A phrase between commas after the subject ("الحوثيون، المدعومون من إيران، أطلقوا ...") does
/// not hide the subject from its verb; an ally noun opening such a phrase ("وحزب الله، حليف
/// إيران،", "Belarus, a close ally of Russia,") makes the subject that actor's ally.
@Suite("Relations: phrases between commas and allies in apposition")
struct AppositionPhraseTests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2020-06-01").sorted()
  }

  @Test func theSubjectReachesItsVerbAcrossAPhraseBetweenCommas() throws {
    #expect(
      try relations("الحوثيون، المدعومون من إيران، أطلقوا صواريخ على السعودية.") == [
        "HOUTHIS strikes SAU", "IRN supports HOUTHIS",
      ])
    #expect(try relations("مصر، الدولة العربية الأكبر، انتقدت إسرائيل.") == ["EGY opposes ISR"])
    // Brackets are no such commas: a dateline's city is no subject.
    #expect(
      try relations("بيروت (اف ب) حذر رئيس كتلة تيار المستقبل من محاولات الاطاحة بالحكومة.")
        .allSatisfy { !$0.hasPrefix("LBN ") })
  }

  @Test func aRelativeClauseBetweenCommasNamesItsBackers() throws {
    #expect(
      try relations("حفتر، الذي تدعمه الإمارات وروسيا، رفض المبادرة.") == [
        "ARE supports LNA", "RUS supports LNA",
      ])
    #expect(
      try relations("Haftar, whose forces are supported by the UAE and Russia, rejected the plan.")
        == ["ARE supports LNA", "RUS supports LNA"])
    // A passive cue that opens its sentence has no "whose" before it (the fuzzer found the
    // search's range reversed there, a crash).
    #expect(try relations("The Libyan National Army attacked. backed by Russia.").isEmpty)
    #expect(
      try relations("The GNA launched a counteroffensive against Haftar's forces.") == [
        "GNA strikes LNA"
      ])
  }

  @Test func aWingNamedWithItsMovementIsOneSubject() throws {
    #expect(
      try relations(
        "أعلنت كتائب القسام الجناح العسكري لحركة حماس مسؤوليتها عن الهجوم على دورية إسرائيلية.")
        == ["HAMAS strikes ISR"])
    #expect(
      try relations("هاجمت كتائب القسام الجناح العسكري لحركة حماس موقعا إسرائيليا.") == [
        "HAMAS strikes ISR"
      ])
    #expect(
      try relations(
        "The Qassam Brigades, the armed wing of Hamas, claimed responsibility for the attack on Israel."
      ) == ["HAMAS strikes ISR"])
    // A comma right after the subject of a light verb.
    #expect(
      try relations("أعلنت سرايا القدس، مسؤوليتها عن الهجوم على دورية إسرائيلية.") == [
        "PIJ strikes ISR"
      ])
  }

  @Test func anAllyNounInAppositionNamesWhoseAllyTheSubjectIs() throws {
    #expect(
      try relations("وحزب الله، حليف إيران، هدد إسرائيل.") == [
        "HEZBOLLAH opposes ISR", "HEZBOLLAH supports IRN",
      ])
    #expect(
      try relations("Belarus, a close ally of Russia, hosted the talks.") == ["BLR supports RUS"])
    #expect(
      try relations("The SDF, a US ally, accused Turkey of shelling civilians.") == [
        "SDF opposes TUR", "SDF supports USA",
      ])
    // A former ally is none.
    #expect(
      try relations(
        "The Southern Transitional Council, previously an ally of the government, is in conflict with it."
      ).allSatisfy { !$0.contains("supports") })
  }

  @Test func aBackedGroupInAppositionIsTheActorBeforeIt() throws {
    #expect(
      try relations("The Houthis, an Iran-backed group, attacked Saudi oil facilities.") == [
        "HOUTHIS strikes SAU", "IRN supports HOUTHIS",
      ])
    // Not in an apposition, the noun after the compound is the one backed.
    #expect(try relations("Iran-backed militias attacked US forces.").isEmpty)
  }
}
