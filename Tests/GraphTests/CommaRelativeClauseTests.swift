import Testing

@testable import Graph

/// English relative clauses set off by commas after the subject: "X, whose government Y has
/// accused of ..., said she ...". The owner before "whose" is the relative verb's object;
/// "he"/"she" after the main verb of saying names the person before the aside; and what the
/// relative clause alleges or foresees does not make the main clause hypothetical.
@Suite("Relative clauses set off by commas")
struct CommaRelativeClauseTests {
  @Test func theOwnerBeforeWhoseAndThePronounAfterSaid() throws {
    // (Gave TUR supports NLD, hypothetical.)
    #expect(
      try builtInRelations(
        "Merkel, whose government Erdogan has accused of Nazi practices, said she supported the "
          + "Netherlands.", date: "2017-03-13") == ["TUR opposes DEU", "DEU supports NLD"])
    // (Gave nothing for the criticism.)
    #expect(
      try builtInRelations(
        "Qatar, whose troops Saudi Arabia criticised, said it backed Turkey.", date: "2017-06-13")
        == ["SAU opposes QAT", "QAT supports TUR"])
  }

  @Test func theRelativeClausesMoodStaysInIt() throws {
    // (Was hypothetical: "will" in the relative clause.)
    #expect(
      try builtInRelations(
        "The African Union, which the juntas have said they will quit, also denounced the "
          + "attack by Russia.", date: "2024-01-29") == ["AU opposes RUS"])
    // Guard: what the main clause itself foresees stays hypothetical.
    #expect(
      try builtInRelations(
        "Egypt, which accused Ethiopia of stalling, said it would back Sudan.", date: "2020-06-13")
        == ["EGY opposes ETH", "EGY supports SDN ?"])
  }
}
