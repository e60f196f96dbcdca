import Foundation
import Testing

@testable import Graph

/// English: two names with a verb of speech or a cue between them are two actors, not one
/// name in apposition: "Ecevit said Ocalan would stand trial" names Ecevit and Ocalan, and the
/// verb after "and" is Ecevit's.
@Suite("English: a verb of speech between two names")
struct SpeechBetweenNamesTests {
  @Test func primeMinisterSaidAndAccused() throws {
    // (Gave PKK opposes GRC: "Bulent Ecevit said Ocalan" read as one name, Ocalan's.)
    let found = try builtInRelations(
      "Prime Minister Bulent Ecevit said Ocalan would stand trial and accused Greece of having "
        + "protected a terrorist.", date: "1999-02-17")
    #expect(found == ["TUR opposes GRC"])
  }

  @Test func secretarySaidWashingtonAndNoted() throws {
    // (Gave nothing: "Blinken said Washington" read as one name.)
    let found = try builtInRelations(
      "Blinken said Washington was not backing either side, and noted that the Sudanese Armed "
        + "Forces had also committed atrocities.", date: "2024-05-01")
    #expect(found == ["USA opposes SDN"])
  }
}
