import Testing

@testable import Graph

/// An Arabic subject described between commas, by a relative clause ("مصر، التي تخوض نزاعا مع
/// إثيوبيا،") or a definite participle ("تركيا، المنخرطة في صراع مع ..."): the description's
/// noun cue is the subject's, and a pronoun on the noun after the closing comma refers to the
/// subject, not to the actor the description names last. A dispute, rift or crisis "مع" an
/// actor opposes it.
@Suite("Relations: an Arabic subject described between commas")
struct ArabicDescribedSubjectTests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-06-01").sorted()
  }

  @Test func aDisputeWithAnActorOpposesIt() throws {
    #expect(try relations("تخوض الهند نزاعا مع باكستان على كشمير.") == ["IND opposes PAK"])
  }

  @Test func thePronounAfterARelativeDescriptionIsTheSubjects() throws {
    // (It gave MAR supports MRT: the pronoun took the actor the description named last.)
    #expect(
      try relations("وأعلنت الجزائر، التي تخوض خلافا مع المغرب، دعمها لموريتانيا.") == [
        "DZA opposes MAR", "DZA supports MRT",
      ])
  }

  @Test func aDefiniteParticipleDescribesTheSubject() throws {
    #expect(
      try relations("وأكدت تركيا، المنخرطة في صراع مع حزب العمال الكردستاني، دعمها لأذربيجان.")
        == ["TUR opposes PKK", "TUR supports AZE"])
    #expect(
      try relations("وقال الرئيس الإيراني، المنخرط في صراع مع إسرائيل، إن بلاده لن تتراجع.") == [
        "IRN opposes ISR"
      ])
  }

  @Test func aParentheticalOfPlaceIsPassedOverAsBefore() throws {
    // Guard.
    #expect(try relations("أعلنت مصر، في بيان، دعمها للسودان.") == ["EGY supports SDN"])
  }
}
