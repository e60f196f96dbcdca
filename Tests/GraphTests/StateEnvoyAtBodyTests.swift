import Testing

@testable import Graph

/// "Myanmar's U.N. envoy", "Iranian U.N. envoy X": a state before a body and an envoy's title
/// names the state's envoy at the body, who speaks for the state.
@Suite("State's envoy at a body")
struct StateEnvoyAtBodyTests {
  @Test func theStateBeforeTheBodyIsTheEnvoys() throws {
    // (Each gave the U.N. as the source.)
    #expect(
      try builtInRelations(
        "Pakistan's U.N. Ambassador Munir Akram criticised India.", date: "2007-01-13")
        == ["PAK opposes IND"])
    #expect(
      try builtInRelations(
        "The Syrian U.N. envoy, Omar Hamdi, accused Turkey.", date: "2007-01-13")
        == ["SYR opposes TUR"])
    #expect(
      try builtInRelations(
        "Myanmar's U.N. envoy, Zaw Min, thanked China.", date: "2007-01-13")
        == ["MMR supports CHN"])
  }

  @Test func theBodysOwnEnvoy() throws {
    // Guards: the body's envoy, and a nisba before a group's name.
    #expect(
      try builtInRelations(
        "The U.N. envoy Ali Hamdi met the Syrian foreign minister.", date: "2007-01-13")
        == ["UN negotiates-with SYR"])
    #expect(
      try builtInRelations("Lebanese Hezbollah fighters attacked Israel.", date: "2007-01-13")
        == ["HEZBOLLAH strikes ISR"])
  }
}
