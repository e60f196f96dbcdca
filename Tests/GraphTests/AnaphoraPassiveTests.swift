import Testing

@testable import Graph

@Suite("Relations: group anaphora and English passives")
struct AnaphoraPassiveTests {
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
