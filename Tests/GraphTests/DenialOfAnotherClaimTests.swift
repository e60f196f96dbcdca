import Testing

@testable import Graph

/// Arabic: "وهو ما تنفيه X" after an accusation denies it, and X opposes the accuser; but when X
/// was named after the accusation, and never as its object, X denies what was said of it
/// there, which is no accusation of the sentence's accuser.
@Suite("Arabic: a denial of what was said of another")
struct DenialOfAnotherClaimTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2023-06-01").sorted()
  }

  @Test func oneNamedOutsideTheAccusationDoesNotOpposeTheAccuser() throws {
    // (Gave UGA opposes COD.)
    #expect(
      try relations(
        "اتهمت كينشاسا رواندا بدعم حركة 23 مارس، وتتحدث تقارير عن أسلحة تقدمها لها أوغندا، وهو ما تنفيه أوغندا."
      ) == ["COD opposes RWA", "RWA supports M23 ?"])
    // Guards: the accused denies, named as the accusation's object.
    #expect(
      try relations("اتهمت كينشاسا رواندا بدعم حركة 23 مارس، وهو ما تنفيه رواندا.") == [
        "COD opposes RWA", "RWA opposes COD", "RWA supports M23 ?",
      ])
    #expect(
      try relations(
        "وتتهم إسلام آباد حكومة طالبان بإيواء مسلحي حركة طالبان باكستان، وهو ما تنفيه كابل.")
        == ["PAK opposes TALIBAN", "TALIBAN opposes PAK"])
  }
}
