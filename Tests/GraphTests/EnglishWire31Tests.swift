import Testing

@testable import Graph

/// English wire phrasing, round 31: short stories of two sentences, an attack told first with no
/// author and the author named after it; the one blamed ("Police blamed ETA", "blamed the
/// Taliban for the attack", "said Islamic Jihad was behind the attack", "accused the PKK of the
/// attack") strikes the victim told before; a claim of the told attack without a word of
/// responsibility ("The Taliban claimed the attack", "JNIM said it carried out the attack");
/// a victory claimed over an actor ("Iraq declared victory over Islamic State").
@Suite("Relations: English wire phrasing, round 31")
struct EnglishWire31Tests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-06-01").sorted()
  }

  @Test func theOneBlamedForTheAttackToldBeforeStrikesItsVictim() throws {
    #expect(
      try relations(
        "A roadside bomb killed four Pakistani soldiers in North Waziristan. "
          + "The army blamed the Pakistani Taliban for the attack.")
        == ["PAK opposes TTP", "TTP strikes PAK"])
    #expect(
      try relations("Drones struck a Russian air base in Crimea. Moscow blamed Ukraine.") == [
        "RUS opposes UKR", "UKR strikes RUS",
      ])
    #expect(
      try relations(
        "A car bomb killed eight Turkish police officers in Diyarbakir. Ankara accused the PKK of the attack."
      ) == ["PKK strikes TUR", "TUR opposes PKK"])
    #expect(
      try relations(
        "Rockets hit Israeli towns near the Gaza border. "
          + "Israel's military said Islamic Jihad was behind the attack.")
        == ["ISR opposes PIJ", "PIJ strikes ISR"])
    // guard: blamed for something else than the attack.
    #expect(
      try relations(
        "Drones struck a Russian air base in Crimea. Moscow blamed Ukraine for rising tensions.")
        == ["RUS opposes UKR"])
    // guard: an attack whose author was told is not laid on another.
    #expect(
      try relations("The Taliban attacked Afghan soldiers in Helmand. Kabul blamed Pakistan.") == [
        "AFG opposes PAK", "TALIBAN strikes AFG",
      ])
    // guard: a denied blame lays nothing.
    #expect(
      try relations(
        "A car bomb killed eight Turkish police officers in Diyarbakir. "
          + "Ankara denied that the PKK was behind the attack.") == [])
  }

  @Test func aClaimOfTheToldAttackStrikesItsVictim() throws {
    #expect(
      try relations(
        "A suicide bomber killed 11 Afghan soldiers at a checkpoint in Helmand. The Taliban claimed the attack."
      ) == ["TALIBAN strikes AFG"])
    #expect(
      try relations(
        "Gunmen killed 12 Burkinabe soldiers in an ambush near Djibo. JNIM said it carried out the attack."
      ) == ["JNIM strikes BFA"])
    #expect(
      try relations(
        "Two Israeli soldiers were killed in a bombing in the West Bank. "
          + "Hamas said it carried out the bombing.") == ["HAMAS strikes ISR"])
    // guard: "claimed the attack was ..." reports a claim about it.
    #expect(
      try relations(
        "A suicide bomber killed 11 Afghan soldiers in Helmand. "
          + "Russia claimed the attack was staged by Pakistan.") == [])
  }

  @Test func aVictoryOverAnActorOpposesIt() throws {
    #expect(
      try relations("Iraq declared victory over Islamic State in December 2017.") == [
        "IRQ opposes ISIS"
      ])
    #expect(
      try relations("The Iraqi prime minister announced the defeat of Islamic State in Mosul.") == [
        "IRQ opposes ISIS"
      ])
    #expect(
      try relations("Ukraine's president hailed the victory over Russia in Kherson.") == [
        "UKR opposes RUS"
      ])
  }
}
