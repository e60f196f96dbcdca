import Testing

@testable import Graph

@Suite("Relations: group anaphora and English passives")
struct AnaphoraPassiveTests {
  @Test func aTitleAloneIsTheLastHolderNamed() throws {
    // "جلالة الملك" after King Abdullah II was named: the same king, so Jordan.
    var g = Gazetteer(entries: try Gazetteer.parse(testGazetteerText, file: "test"))
    g.merge(try Gazetteer.parse(extraTestActors, file: "test2"))
    g.merge(
      try Gazetteer.parse(
        """
        {"code":"JOR","kind":"state","name":"Jordan","name_ar":"الأردن","names":["Jordan","الأردن"],"adjectives":["Jordanian","أردني"]}
        {"code":"ABDULLAH_II","kind":"person","name":"King Abdullah II","name_ar":"الملك عبد الله الثاني","affiliation":"JOR","names":["الملك عبد الله الثاني","الملك عبدالله الثاني"]}
        """, file: "test3"))
    let text =
      "التقى الملك عبدالله الثاني الرئيس المصري. وكان جلالة الملك قد استقبل أمس وزير الخارجية التركي."
    let rs = Extractor(gazetteer: g, lexicon: try Lexicon.builtIn())
      .extract(Document(id: "t", text: text)).map {
        "\($0.source) \($0.relation.rawValue) \($0.target)"
      }
    #expect(rs.contains("JOR negotiates-with TUR"))
  }

  @Test func aModifiedGroupDescriptionResolvesToo() throws {
    let text =
      "The Libyan National Army shelled Tripoli. Turkey struck the militant group near Sirte."
    #expect(try relations(text).contains("TUR strikes LNA"))
    // Positions hit by the subject's shelling belong to the actor after them; it is no agent.
    #expect(
      try relations("وردت تركيا بقصف مواقع للجيش الوطني الليبي.").contains("LNA strikes TUR")
        == false)
  }

  @Test func groupDescriptionResolvesToLastGroupNamed() throws {
    let text = "The Libyan National Army attacked Tripoli. The rebels are backed by Russia."
    #expect(try relations(text).contains("RUS supports LNA"))
    // Arabic: the article is required and the description must stand alone.
    #expect(
      try relations("هاجم الجيش الوطني الليبي طرابلس. وتدعم روسيا الجماعة المسلحة.")
        .contains("RUS supports LNA"))
  }

  @Test func groupDescriptionNeedsAnAntecedentGroup() throws {
    // A state is never the antecedent of "the rebels"; "the group of" names something else.
    #expect(
      try relations("Turkey attacked Syria. The rebels are backed by Russia.") == [
        "TUR strikes SYR"
      ])
    #expect(
      try relations("The Libyan National Army attacked. The group of seven is backed by Russia.")
        .isEmpty)
  }

  @Test func groupDescriptionIsForgottenAfterAWindow() throws {
    let filler = Array(repeating: "Nothing happened.", count: 5).joined(separator: " ")
    #expect(
      try relations("The Libyan National Army attacked. \(filler) The rebels are backed by Russia.")
        .isEmpty)
  }

  @Test func englishPassiveSwapsSourceAndTarget() throws {
    #expect(try relations("Syrian soldiers were killed by Turkish forces.") == ["TUR strikes SYR"])
    #expect(
      try relations("Syrian soldiers were killed in a Turkish drone strike.") == ["TUR strikes SYR"]
    )
    // A place after "in" is not the agent: no relation rather than a reversed one.
    #expect(try relations("Syrian soldiers were killed in Turkey.").isEmpty)
  }

  @Test func asClauseIsNotTheObject() throws {
    #expect(try relations("Egypt dismisses the council as a puppet of Turkey.").isEmpty)
    #expect(try relations("Egypt dismissed Turkey's claims.") == ["EGY opposes TUR"])
  }

  @Test func requestsAreHypothetical() throws {
    #expect(try relations("Egypt asked Russia to attack Turkey.") == ["RUS strikes TUR ?"])
  }
}

/// English noun phrases that look like clauses: compounds ("X-backed"), a weapon and its user.
@Suite("Relations: English compounds and weapons")
struct EnglishCompoundTests {
  @Test func aBackerIsNoSubject() throws {
    // The backer of an unnamed noun does not do what the noun does.
    #expect(try relations("Russia-backed militias attacked Turkish forces in Syria.").isEmpty)
    // The named actor right after the compound is the one backed; a nisba before it qualifies it.
    #expect(
      try relations("Russia-backed Libyan commander Haftar attacked Tripoli.").contains(
        "RUS supports LNA"))
    #expect(try relations("Turkish-backed GNA forces advanced.") == ["TUR supports GNA"])
  }

  @Test func aWeaponsUserIsTheAgent() throws {
    // "killed by a bomb planted by X": X is the agent; the noun "a roadside bomb" is no verb.
    #expect(
      try relations("Three Turkish soldiers were killed by a roadside bomb planted by Russia.")
        == ["RUS strikes TUR"])
    #expect(
      try relations("Two Egyptian soldiers were killed by a mine laid by Haftar.")
        == ["LNA strikes EGY"])
    #expect(try relations("Three Turkish soldiers were killed by a roadside bomb.").isEmpty)
    // A modified noun still reads as an attack of the light verb's subject.
    #expect(try relations("Turkey launched an air strike against Russia.") == ["TUR strikes RUS"])
  }
}
