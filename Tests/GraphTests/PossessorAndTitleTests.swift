import Testing

@testable import Graph

/// A verbal noun with both a preposition and a pronoun ("لدعمها": for its support), English
/// possessives ("Sudan's army and ...") and names that open a clause after "and", and titles
/// that are also cue words ("المتحدث", "المسؤول") before a nisba.
@Suite("Relations: pronoun possessors and titles")
struct PossessorAndTitleTests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2020-07-01")
  }

  @Test func aThreeLetterNounTakesAPrepositionAndAPronoun() throws {
    // ل + دعم + ها: the pronoun's antecedent supports.
    #expect(
      try relations("انتقدت تركيا روسيا لدعمها حفتر.") == [
        "TUR opposes RUS", "RUS supports LNA",
      ])
    // With "ه" the word may end in ة instead ("وزارة" is no و + زار + ه: no visit).
    #expect(
      try relations("وأعلنت وزارة الخارجية المصرية دعمها لحكومة الوفاق.") == ["EGY supports GNA"])
  }

  @Test func aNounWithAPronounAfterALightVerbsSubject() throws {
    // "جددت مصر دعمها X": the renewed support is Egypt's, not "X supported her".
    #expect(try relations("جددت مصر دعمها الجيش الوطني الليبي.") == ["EGY supports LNA"])
    #expect(try relations("تواصل روسيا دعمها حفتر.") == ["RUS supports LNA"])
  }

  @Test func anEnglishPossessivesHeadStaysWithItsName() throws {
    // "Sudan's army and the RSF": the head noun does not break the coordination.
    #expect(
      try relations("Sudan's army and the RSF agreed to a truce.") == ["SDN negotiates-with RSF"])
    #expect(
      try relations("Israel's military and Hezbollah exchanged fire.") == [
        "ISR strikes HEZBOLLAH", "HEZBOLLAH strikes ISR",
      ])
    // So does the noun a nisba qualifies.
    #expect(
      try relations("The Sudanese army and the RSF agreed to a truce.") == [
        "SDN negotiates-with RSF"
      ])
    #expect(
      try relations("The Sudanese army and the RSF clashed in Khartoum.") == [
        "SDN strikes RSF", "RSF strikes SDN",
      ])
    // With a name right after "and", and with no article.
    #expect(
      try relations("Turkish troops and Syrian rebels attacked the YPG.") == [
        "TUR strikes YPG", "SYR_OPP strikes YPG",
      ])
    #expect(
      try relations("Israeli forces and Hezbollah exchanged cross-border fire.") == [
        "ISR strikes HEZBOLLAH", "HEZBOLLAH strikes ISR",
      ])
    // Two sides named together against a third after "with".
    #expect(
      try relations("Sudan and Wagner clashed with the RSF.") == [
        "SDN strikes RSF", "RSF strikes SDN", "WAGNER strikes RSF", "RSF strikes WAGNER",
      ])
  }

  @Test func anEnglishNameAfterAndWithAVerbStartsAClause() throws {
    // "... and Russia condemned ...": Russia is no second object of "attacked".
    #expect(
      try relations("Turkey attacked Kurdish positions and Russia condemned the strikes.").isEmpty)
    #expect(
      try relations("Egypt's army attacked the rebels and Libya's government condemned it.")
        .isEmpty)
    // Without a verb after it the name is a coordinated object.
    #expect(try relations("Turkey attacked the rebels and Russia.") == ["TUR strikes RUS"])
  }

  @Test func aJudgedActIsNoAgentPhrase() throws {
    // "أشاد X بدعم Y لZ": X praises Y's support for Z; Y does not support X.
    #expect(
      try relations("وأشاد الرئيس المصري بدعم روسيا لحفتر.") == [
        "EGY supports RUS", "RUS supports LNA",
      ])
    // Without a verb of judging "بدعم" stays the agent phrase ("with Turkish support").
    #expect(
      try relations("سيطرت قوات حكومة الوفاق على المدينة بدعم تركي.") == ["TUR supports GNA"])
  }

  @Test func aPronounOnAnAgentPhraseIsTheAgent() throws {
    // "بدعمها" (with its support) names no supporter after it: the praised support is Egypt's.
    #expect(try relations("أشادت مصر بدعمها للحكومة الليبية.") == ["EGY supports LBY"])
  }

  @Test func aTitleThatIsACueWordStillHeadsTheSubject() throws {
    #expect(try relations("انتقد المتحدث الأمريكي إيران.") == ["USA opposes IRN"])
    #expect(try relations("انتقد المسؤول الأمريكي إيران.") == ["USA opposes IRN"])
    // A definite cue noun before a nisba is still the verb's object ("الدعم الروسي").
    #expect(
      try relations("انتقدت مصر الدعم الروسي لحفتر.") == ["EGY opposes RUS", "RUS supports LNA"])
  }
}
