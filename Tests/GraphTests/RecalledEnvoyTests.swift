import Testing

@testable import Graph

/// Recalling an ambassador from or to a state opposes it, in the infinitive ("to recall its
/// ambassador from") and with "own"; a past causative before the infinitive's subject ("led
/// Israel to recall") tells an act done, not intended.
@Suite("Recalled envoys")
struct RecalledEnvoyTests {
  @Test func recallInTheInfinitiveAfterACausative() throws {
    // (Each gave nothing.)
    #expect(
      try builtInRelations(
        "The incident led Morocco to recall its ambassador from Algiers.", date: "2015-03-13")
        == ["MAR opposes DZA"])
    #expect(
      try builtInRelations(
        "The row prompted Egypt to recall its ambassador to Turkey.", date: "2013-11-23")
        == ["EGY opposes TUR"])
    #expect(
      try builtInRelations("Israel recalled its own ambassador from Sweden.", date: "2014-10-31")
        == ["ISR opposes SWE"])
  }

  @Test func aPlanToRecallIsNoAct() throws {
    // A plan stays hypothetical. (Gave nothing.)
    #expect(
      try builtInRelations("Egypt plans to recall its ambassador to Turkey.", date: "2013-11-23")
        == ["EGY opposes TUR ?"])
  }
}
