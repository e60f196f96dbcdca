import Testing

@testable import Graph

/// An attack told in one sentence and named again by a bare noun in a later one.
@Suite("Relations: attacks named again in later sentences")
struct EventMemoryTests {
  /// The relations of `text` with their first sentence and evidence span.
  func traced(_ text: String) throws -> [Relation] {
    var g = Gazetteer(entries: try Gazetteer.parse(testGazetteerText, file: "test"))
    g.merge(try Gazetteer.parse(extraTestActors, file: "test2"))
    return Extractor(gazetteer: g, lexicon: try Lexicon.builtIn())
      .extract(Document(id: "t", text: text))
  }

  @Test func condemningTheAttackOpposesItsAgent() throws {
    let text = "Turkish jets struck positions near Tripoli on Monday. Russia condemned the attack."
    let rs = try traced(text)
    #expect(rs.map { "\($0.source) \($0.relation.rawValue) \($0.target)" } == ["RUS opposes TUR"])
    // The evidence runs from the sentence that named the agent.
    #expect(rs.first?.span == [0, text.unicodeScalars.count])
    #expect(rs.first?.sentence == 1)
    #expect(
      try relations("هاجمت تركيا مواقع قرب طرابلس. ودانت روسيا الهجوم.") == ["RUS opposes TUR"])
  }

  @Test func anActorBetweenTheVerbAndTheNounIsNoCrash() throws {
    // "بموسكو" between "دانت روسيا" and "الهجوم" (the fuzzer found the range after the noun
    // reversed for an actor before it).
    let doc = Document(id: "t", text: "هاجمت تركيا مواقع قرب طرابلس. ودانت روسيا بموسكو الهجوم.")
    let ex = Extractor(gazetteer: try Gazetteer.builtIn(), lexicon: try Lexicon.builtIn())
    #expect(ex.extract(doc).allSatisfy { $0.source != "RUS" || $0.relation != .strikes })
  }

  @Test func claimingTheAttackStrikesItsVictim() throws {
    #expect(
      try relations(
        "A bomber killed six Egyptian soldiers. Turkey claimed responsibility for the attack.")
        == ["TUR strikes EGY"])
    #expect(
      try relations("قتل عشرة جنود مصريين في انفجار. وتبنت تركيا الهجوم.") == ["TUR strikes EGY"])
    #expect(
      try relations("قتل عشرة جنود مصريين في انفجار. وأعلنت تركيا مسؤوليتها عن الهجوم.")
        == ["TUR strikes EGY"])
    // Accepting or admitting responsibility claims it too.
    #expect(
      try relations(
        "Two Egyptian soldiers were killed in a bombing. Turkey accepted responsibility for the bombing."
      ) == ["TUR strikes EGY"])
  }

  @Test func aBareClaimStrikesTheVictimOfTheAttackBefore() throws {
    #expect(
      try relations("A bomber killed six Egyptian soldiers. Turkey claimed responsibility.") == [
        "TUR strikes EGY"
      ])
    #expect(
      try relations(
        "A bomber killed six Egyptian soldiers. Turkey later claimed responsibility for it.")
        == ["TUR strikes EGY"])
    // A claim alone tells no attack.
    #expect(try relations("Turkey claimed responsibility.").isEmpty)
  }

  @Test func theMemoryIsShortAndNeedsABareNoun() throws {
    // Six sentences later the attack is no longer the one meant. (A condemnation reaches
    // five sentences back, where reactions stand in news reports; other uses of the memory two.)
    #expect(
      try relations(
        "Turkish jets struck positions near Tripoli. Talks went on. Prices rose. Trade fell. Markets closed. Banks opened. Russia condemned the attack."
      ).isEmpty)
    #expect(
      try relations(
        "Turkish jets struck positions near Tripoli. Talks went on. Prices rose. Trade fell. Russia condemned the attack."
      ) == ["RUS opposes TUR"])
    // An attack with its own agent named is another attack.
    #expect(
      !(try relations(
        "Turkish jets struck positions near Tripoli. Russia condemned the Egyptian attack."))
        .contains("RUS opposes TUR"))
    // Nothing told before: nothing to take.
    #expect(try relations("Russia condemned the attack.").isEmpty)
  }

  @Test func theAttackNamedAgainWithItsTargetStrikesIt() throws {
    func builtIn(_ text: String) throws -> [String] {
      try builtInRelations(text, date: "2016-01-01").sorted()
    }
    #expect(
      try builtIn(
        "The Taliban attacked a NATO convoy near Bagram. The United States condemned the attack on American and Afghan soldiers."
      ) == [
        "TALIBAN strikes AFG", "TALIBAN strikes NATO", "TALIBAN strikes USA", "USA opposes TALIBAN",
      ])
    #expect(
      try builtIn(
        "هاجمت حركة طالبان قافلة لحلف الناتو قرب باغرام. وأدانت الولايات المتحدة الهجوم على الجنود الأمريكيين والأفغان."
      ) == [
        "TALIBAN strikes AFG", "TALIBAN strikes NATO", "TALIBAN strikes USA", "USA opposes TALIBAN",
      ])
    // The noun named again as the subject of a verb of force: its object is the target.
    #expect(
      try builtIn("شنت إسرائيل غارات على لبنان. وقالت إن الغارات استهدفت مواقع لحزب الله.") == [
        "ISR strikes HEZBOLLAH", "ISR strikes LBN",
      ])
    // So with the verb first (VSO). (Was no relation in the second sentence.)
    #expect(
      try builtIn(
        "قصف الحرس الثوري الإيراني مقرات لأحزاب كردية. واستهدفت الضربات مقرات للحزب الديمقراطي الكردستاني الإيراني."
      ) == ["IRN strikes KDPI"])
    // "this cowardly attack": a determiner with adjectives before the noun.
    #expect(
      try builtIn(
        "The Taliban attacked a NATO convoy. The United States condemns this cowardly attack on members of the Afghan forces."
      ).contains("TALIBAN strikes AFG"))
    // "an attack" is a new one; an agent after "by" is its own.
    #expect(
      try builtIn("Hamas attacked Israel. Israel answered with an attack on Gaza.") == [
        "HAMAS strikes ISR"
      ])
    #expect(
      try builtIn("Hamas attacked Israel. The attack on Egypt by Israel followed.").allSatisfy {
        !$0.hasPrefix("HAMAS strikes EGY")
      })
    #expect(
      try builtIn("هاجمت روسيا كييف. وقالت أوكرانيا إن الهجوم التركي على سوريا غير قانوني.")
        .allSatisfy { !$0.hasPrefix("RUS strikes SYR") })
  }
}
