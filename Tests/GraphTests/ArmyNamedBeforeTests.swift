import Testing

@testable import Graph

/// A bare "army" ("army jets", "army bases", "الجيش") is the army the document named with its
/// state before ("Sudan's army", "Myanmar's military"), not the state it names most often.
@Suite("Relations: a bare army is the army named before")
struct ArmyNamedBeforeTests {
  /// Relations with the built-in gazetteer, lexicon and titles (" ?" marks a hypothetical one),
  /// in the order they appear.
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-01-12")
  }

  @Test func theArmyIsTheOneNamedWithItsState() throws {
    #expect(
      try relations(
        "Sudan's army and the paramilitary Rapid Support Forces signed a ceasefire in Jeddah, "
          + "Saudi Arabia and the United States said. The talks in the Saudi city were brokered "
          + "by Saudi Arabia. On Sunday, army jets carried out air strikes on RSF positions in "
          + "southern Khartoum.") == ["SDN negotiates-with RSF", "SDN strikes RSF"])
    let myanmar = try relations(
      "Myanmar's military and the Three Brotherhood Alliance agreed to a ceasefire after talks "
        + "brokered by China, Beijing said. China pressed both sides. The Arakan Army has also "
        + "attacked army bases in Rakhine State.")
    #expect(myanmar.contains("ARAKAN_ARMY strikes MMR"))
    #expect(!myanmar.contains("ARAKAN_ARMY strikes CHN"))
  }

  @Test func otherForceWordsAreNotTheArmy() throws {
    // Guard: soldiers sent are the sender's, not those of the state whose forces came before.
    #expect(
      try relations(
        "North Korea's troops fought Ukrainian forces in Kursk. Pyongyang is sending around "
          + "10,000 soldiers to help Russia.") == [
          "PRK strikes UKR", "PRK opposes UKR", "PRK supports RUS ?",
        ])
  }
}
