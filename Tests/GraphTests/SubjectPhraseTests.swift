import Testing

@testable import Graph

/// Who acts when the subject is a phrase: the spokesman for a body named by its nisba ("المتحدث
/// باسم الجيش الإسرائيلي"), a delegation from a group ("وفد من حركة حماس"), the subject of a verb
/// of denial, which takes its noun as a light verb does ("نفت إيران تزويد الحوثيين بالأسلحة").
@Suite("Relations: spokesmen for a body, subjects of a denial")
struct SubjectPhraseTests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2018-06-01").sorted()
  }

  @Test func theSpokesmanForABodySpeaksForItsActor() throws {
    #expect(
      try relations("اتهم المتحدث باسم الجيش الإسرائيلي حركة حماس باستخدام المدنيين دروعا بشرية.")
        == ["ISR opposes HAMAS"])
    #expect(
      try relations("اتهم المتحدث باسم الجيش السوداني قوات الدعم السريع بقصف المدنيين.")
        == ["SDN opposes RSF"])
    // Guard: with the body's nisba right after "باسم".
    #expect(
      try relations("انتقد المتحدث باسم الخارجية الإيرانية الولايات المتحدة.") == [
        "IRN opposes USA"
      ])
  }

  @Test func aDelegationFromAGroupActsForIt() throws {
    #expect(try relations("زار وفد من حركة حماس القاهرة.") == ["HAMAS negotiates-with EGY"])
    #expect(
      try relations("التقى وفد من حركة حماس مسؤولين مصريين.") == ["HAMAS negotiates-with EGY"])
    #expect(
      try relations("وصل وفد من حركة حماس إلى القاهرة لإجراء محادثات مع المسؤولين المصريين.")
        == ["HAMAS negotiates-with EGY"])
  }

  @Test func aVerbOfDenialNegatesTheNounItTakes() throws {
    // The subject of "نفت" is the noun's agent, as after a light verb, not its genitive.
    let ex = try #require(builtInExtractor)
    let trace = ex.trace(
      Document(id: "t", text: "نفت إيران تزويد الحوثيين بالأسلحة.", date: "2018-06-01"))
    #expect(trace.relations.isEmpty)
    #expect(trace.unmatched.contains { $0.kind == .negated && $0.actors == ["HOUTHIS", "IRN"] })
  }
}
