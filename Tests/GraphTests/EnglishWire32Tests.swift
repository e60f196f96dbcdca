import Testing

@testable import Graph

/// English wire phrasing, round 32: a participle clause after a comma whose sentence has no
/// actor for subject ("Mortar shells hit a UN base ..., killing a Chadian peacekeeper": the UN
/// base is hit, it strikes nobody); a refusal before "and" does not reach a verb with a subject
/// of its own; deliveries of missiles, drones and advisers, and "the delivery of X to Y"; a
/// region named by a state's nisba ("in Pakistani Kashmir"); a reaction by a noun to the act
/// the sentence before told ("Beijing condemned the sale", "Kigali rejected the sanctions",
/// "warned against the move"); towns of wire stories (Goma, El Fasher, Kismayo, Srinagar) and
/// places hit (a hotel, hideouts, a boat); the head a name owns ("Myanmar's military junta" ...
/// "the junta"); a withdrawal from a body; Bosnian Serb forces and the KLA as actors of their
/// own.
@Suite("Relations: English wire phrasing, round 32")
struct EnglishWire32Tests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-06-01").sorted()
  }

  @Test func aParticipleClauseTakesNoActorOfItsVerbsObjectForSubject() throws {
    #expect(
      try relations("Mortar shells hit a UN base in northern Mali, killing a Chadian peacekeeper.")
        == [])
    #expect(
      try relations("Gunmen attacked a UN convoy near Gao, killing two Egyptian peacekeepers.")
        == [])
    // guard: the sentence's own subject still acts.
    #expect(
      try relations("Israeli jets hit a Hamas base in Gaza, killing two Egyptian guards.") == [
        "ISR strikes EGY", "ISR strikes HAMAS",
      ])
  }

  @Test func aRefusalDoesNotReachAVerbWithASubjectOfItsOwn() throws {
    #expect(
      try relations("Belgrade rejected the declaration and Russia backed Serbia.") == [
        "RUS supports SRB"
      ])
    // guard: a refusal of the verb itself.
    #expect(try relations("Russia refused to back Serbia.") == ["RUS opposes SRB"])
  }

  @Test func deliveriesSupportTheOneDeliveredTo() throws {
    #expect(try relations("Russia delivered S-400 missiles to Turkey.") == ["RUS supports TUR"])
    #expect(
      try relations("Cuba sent military advisers to Venezuela, US officials said.") == [
        "CUB supports VEN"
      ])
    #expect(
      try relations("Germany approved the delivery of Leopard tanks to Ukraine.") == [
        "DEU supports UKR"
      ])
  }

  @Test func aRegionNamedByAStatesNisbaIsThatStates() throws {
    #expect(
      try relations("Indian shelling killed three civilians in Pakistani Kashmir.") == [
        "IND strikes PAK"
      ])
  }

  @Test func aReactionToTheActToldBeforeOpposesItsActor() throws {
    #expect(
      try relations("Washington approved a $1bn arms sale to Taiwan. Beijing condemned the sale.")
        == ["CHN opposes USA", "USA supports TWN"])
    #expect(
      try relations(
        "The United States sanctioned a Rwandan minister. Kigali rejected the sanctions.")
        == ["RWA opposes USA", "USA opposes RWA"])
    #expect(
      try relations("Egypt sent weapons to Somalia. Addis Ababa warned against the move.") == [
        "EGY supports SOM", "ETH opposes EGY",
      ])
    #expect(
      try relations(
        "The European Union imposed sanctions on Belarus. Minsk condemned them as illegal.")
        == ["BLR opposes EU", "EU opposes BLR"])
    #expect(
      try relations("The PKK announced a ceasefire with Turkey. Ankara dismissed the announcement.")
        == ["PKK negotiates-with TUR", "TUR opposes PKK"])
    // Both parties when both were the subject; the one who acted when one was.
    #expect(
      try relations("Ethiopia and Eritrea signed a peace deal. Egypt condemned the deal.") == [
        "EGY opposes ERI", "EGY opposes ETH", "ETH negotiates-with ERI",
      ])
    #expect(
      try relations(
        "Morocco restored diplomatic relations with Israel. The Polisario Front condemned the decision."
      ) == ["MAR negotiates-with ISR", "POLISARIO opposes MAR"])
    // A welcome of the act supports its actors; "welcomed it" may be this sentence's deal.
    #expect(
      try relations(
        "The United States imposed sanctions on the RSF leader. The Sudanese foreign ministry welcomed the sanctions."
      ) == ["SDN supports USA", "USA opposes RSF"])
    #expect(
      try relations("Egypt signed a defence pact with Somalia. Ethiopia welcomed it.") == [
        "EGY negotiates-with SOM", "EGY supports SOM",
      ])
    // "The accusations" are the accusers', not the first act's.
    #expect(
      try relations(
        "Latvia expelled the Russian ambassador, while Kyiv accused Russian troops of war crimes. Moscow dismissed the allegations."
      ) == ["LVA opposes RUS", "RUS opposes UKR", "UKR opposes RUS"])
    // guard: only the sentence right before.
    #expect(
      try relations(
        "Washington approved a $1bn arms sale to Taiwan. Talks resumed on Monday. Beijing condemned the sale."
      ) == ["USA supports TWN"])
  }

  @Test func townsAndPlacesOfWireStoriesNameTheStateHit() throws {
    #expect(try relations("M23 rebels captured Goma on Monday.") == ["M23 strikes COD"])
    #expect(
      try relations("The RSF shelled El Fasher, killing 30 civilians.") == ["RSF strikes SDN"])
    #expect(
      try relations("Al-Shabaab militants attacked a hotel in Mogadishu, killing 21 people.") == [
        "SHABAAB strikes SOM"
      ])
    #expect(
      try relations("Peru's Shining Path guerrillas bombed a power station near Lima.") == [
        "SHINING_PATH strikes PER"
      ])
    #expect(
      try relations("Pakistani jets bombed militant hideouts in eastern Afghanistan.") == [
        "PAK strikes AFG"
      ])
  }

  @Test func theHeadANameOwnsRefersBackToIt() throws {
    #expect(
      try relations(
        "Myanmar's military junta launched airstrikes on villages in Sagaing. The United Nations condemned the junta."
      ) == ["UN opposes MMR"])
    #expect(
      try relations(
        "The Myanmar junta launched airstrikes on Sagaing. The United Nations condemned the junta."
      ) == ["UN opposes MMR"])
  }

  @Test func aWithdrawalFromABodyOpposesIt() throws {
    #expect(
      try relations("Burkina Faso, Mali and Niger announced their withdrawal from ECOWAS.") == [
        "BFA opposes ECOWAS", "MLI opposes ECOWAS", "NER opposes ECOWAS",
      ])
    // guard: a withdrawal from a town says nothing.
    #expect(try relations("Russia announced its withdrawal from Kherson.") == [])
  }

  @Test func theSubjectOfALightVerbActsOnTheObjectOfAnActNoun() throws {
    #expect(
      try relations("The United States demanded the withdrawal of Eritrean troops.") == [
        "USA opposes ERI"
      ])
  }

  @Test func actorsOfTheBalkanWarsAndAFewWords() throws {
    #expect(
      try relations("NATO jets shot down four Bosnian Serb aircraft in 1994.") == [
        "NATO strikes BOSNIAN_SERBS"
      ])
    #expect(
      try relations(
        "The Kosovo Liberation Army attacked Serbian police stations in 1998. Belgrade launched an offensive against the rebels."
      ) == ["KLA strikes SRB", "SRB strikes KLA"])
    #expect(
      try relations("The UN Security Council imposed an arms embargo on Yugoslavia in 1991.") == [
        "UN opposes SRB"
      ])
    #expect(
      try relations("The United States redesignated the Houthis as a terrorist organisation.") == [
        "USA opposes HOUTHIS"
      ])
    #expect(
      try relations("Caracas recalled its diplomats from Buenos Aires.") == ["VEN opposes ARG"])
    // guard: "UN-recognised" qualifies the government; the UN does not accuse.
    #expect(try relations("The UN-recognised government accused Haftar of a coup.") == [])
  }

  @Test func aCondemnationOfTheAttackToldBeforeOpposesEachOfItsAgents() throws {
    #expect(
      try relations(
        "Britain and the United States struck Houthi targets in Yemen. Iran condemned the strikes.")
        == ["GBR strikes HOUTHIS", "IRN opposes GBR", "IRN opposes USA", "USA strikes HOUTHIS"])
  }

  @Test func theMakerOfAThingGivenIsNoActorOfTheGift() throws {
    #expect(try relations("Russia sent Iranian weapons to Syria.") == ["RUS supports SYR"])
    #expect(
      try relations("The United States transferred seized Iranian weapons to Ukraine.") == [
        "USA supports UKR"
      ])
  }

  @Test func theKingdomIsTheStateNamedLast() throws {
    #expect(
      try relations(
        "Saudi Arabia intercepted a Houthi missile over Riyadh. The kingdom accused Iran of supplying the rebels with missiles."
      ) == ["HOUTHIS strikes SAU", "IRN supports HOUTHIS ?", "SAU opposes IRN"])
  }

  @Test func theNisbaOfTheAttackThatKilledNamesTheKilling() throws {
    #expect(
      try relations("Egypt condemned the killing of three Palestinians in an Israeli raid.") == [
        "EGY opposes ISR"
      ])
    #expect(
      try relations(
        "Iran condemned the killing of Hezbollah leader Hassan Nasrallah in an Israeli airstrike in Beirut."
      ) == ["IRN opposes ISR"])
    // guard: a place names no author.
    #expect(try relations("The United Nations condemned the killing of aid workers in Gaza.") == [])
  }
}
