import Testing

@testable import Graph

/// English wire phrasing, round 29: a state in a compound of ties ("a Greek-owned tanker",
/// "Pakistan-based militants") only qualifies the noun; a nisba before rebels, separatists or
/// guerrillas names no state; an act of force on a place in a state ("struck a hospital in
/// Kyiv") hits the state; a bomb that exploded near or outside a place of an actor; the
/// possessor of a subject's head ("Israel's cabinet") takes part in the deal it approves; an
/// actor that makes a thing against another ("the ICJ decision against Israel") is no object
/// of a stance on the thing; the possessor of a subject's head before a light verb; sanctions
/// agreed; "blamed by" and "blamed on"; bombers, groups of other eras, projectiles fired;
/// places named with a capital direction ("Northern Ireland", "Northern Cyprus"); forces
/// "neutralised"; protesters of a people; the one let acting through a first infinitive; an
/// actor's announcement welcomed; the backer of a compound before a verdict; the agent of a
/// weapon's participle ("Drones launched by Russia"); a stance on a possessed act ("Sweden's
/// bid to join NATO was blocked by Turkey"); Eilat, Kharkiv and the Sinaloa cartel.
@Suite("Relations: English wire phrasing, round 29")
struct EnglishWire29Tests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-06-01").sorted()
  }

  @Test func aStateInACompoundOfTiesOnlyQualifiesTheNoun() throws {
    #expect(try relations("Houthi drones hit a Greek-owned tanker in the Red Sea.") == [])
    #expect(
      try relations("Houthi rebels seized a British-linked cargo ship in the Red Sea.") == [])
    #expect(try relations("Pakistan-based militants attacked Indian troops in Kashmir.") == [])
    #expect(
      try relations("A Panama-flagged tanker was seized by Iran in the Gulf of Oman.") == [])
    // guard: a nisba with no participle names the state.
    #expect(
      try relations("Houthi drones hit a Greek tanker in the Red Sea.") == ["HOUTHIS strikes GRC"])
    // guard: the maker of a weapon is no party either, the target is.
    #expect(try relations("Russia fired Iranian-made drones at Ukraine.") == ["RUS strikes UKR"])
  }

  @Test func aNisbaBeforeRebelsOrSeparatistsNamesNoState() throws {
    #expect(
      try relations("Venezuelan troops clashed with Colombian guerrillas along the border.") == [])
    // Rebels known by name keep it: "Armenian separatists" are the Karabakh authorities'
    // forces (a name of ARM_KARABAKH since e42f20a), not Armenia.
    #expect(
      try relations("Azerbaijan launched a military offensive against Armenian separatists.")
        == ["AZE strikes ARM_KARABAKH"])
    // guard: rebels known by name keep it.
    #expect(try relations("Turkey struck Syrian rebels near Afrin.") == ["TUR strikes SYR_OPP"])
    // guard: soldiers of a state are the state's.
    #expect(
      try relations("Venezuelan troops clashed with Colombian soldiers along the border.") == [
        "COL strikes VEN", "VEN strikes COL",
      ])
  }

  @Test func anActOfForceOnAPlaceInAStateHitsTheState() throws {
    #expect(
      try relations("A Russian missile struck a children's hospital in Kyiv, killing two people.")
        == ["RUS strikes UKR"])
    #expect(
      try relations("Israeli warplanes struck weapons depots in central Syria overnight.") == [
        "ISR strikes SYR"
      ])
    #expect(
      try relations("Ukrainian drones attacked an oil refinery in Russia's Krasnodar region.") == [
        "UKR strikes RUS"
      ])
    // guard: an actor named in the object is what is hit.
    #expect(
      try relations("Israel's army said it struck Hezbollah targets in southern Lebanon.") == [
        "ISR strikes HEZBOLLAH"
      ])
    // guard: no one named sets it off.
    #expect(try relations("A bomb exploded near a market in Baghdad, killing 15 people.") == [])
  }

  @Test func aBombThatExplodedNearAPlaceOfAnActor() throws {
    #expect(
      try relations("A Hamas car bomb exploded near an Israeli checkpoint in the West Bank.") == [
        "HAMAS strikes ISR"
      ])
    #expect(
      try relations("An ETA bomb went off near a Spanish police barracks in Zaragoza.") == [
        "ETA strikes ESP"
      ])
    #expect(
      try relations("A Taliban car bomb exploded outside the Indian embassy in Kabul.") == [
        "TALIBAN strikes IND"
      ])
  }

  @Test func thePossessorOfASubjectsHeadTakesPartInTheDeal() throws {
    #expect(
      try relations("Israel's cabinet approved a ceasefire deal with Hezbollah.") == [
        "ISR negotiates-with HEZBOLLAH"
      ])
    #expect(
      try relations("Somalia's cabinet approved a security pact with Turkey.") == [
        "SOM negotiates-with TUR", "SOM supports TUR",
      ])
  }

  @Test func theMakerOfAThingAgainstAnActorIsNoObjectOfAStance() throws {
    #expect(try relations("South Africa hailed the ICJ decision against Israel.") == [])
    #expect(try relations("Iran welcomed the ICJ ruling against Israel.") == [])
    // guard: a stance on an actor's act is one on the actor.
    #expect(
      try relations("Iran praised the Hamas attack against Israel.") == [
        "HAMAS strikes ISR", "IRN supports HAMAS",
      ])
    // guard: with no actor after "against", a stance on the body's decision stays.
    #expect(try relations("Turkey welcomed the ICJ decision.") == ["TUR supports UN"])
  }

  @Test func thePossessorOfASubjectsHeadBeforeALightVerb() throws {
    #expect(
      try relations("Argentina's president pledged strong support for Israel.") == [
        "ARG supports ISR"
      ])
    #expect(
      try relations(
        "Ukraine's Defence Intelligence said it was behind the drone attack on a Russian airbase.")
        == ["UKR strikes RUS"])
    // guard: the subject named itself.
    #expect(
      try relations("Argentina pledged strong support for Israel.") == ["ARG supports ISR"])
  }

  @Test func sanctionsAgreedOrAdopted() throws {
    #expect(
      try relations("The European Union agreed a new package of sanctions against Russia.") == [
        "EU opposes RUS"
      ])
    // guard: a deal agreed with a partner is still talks with it.
    #expect(
      try relations("Israel agreed a ceasefire deal with Hezbollah.") == [
        "ISR negotiates-with HEZBOLLAH"
      ])
  }

  @Test func blamedByAndBlamedOn() throws {
    #expect(
      try relations("Kataib Hezbollah was blamed by Washington for the drone attack in Jordan.")
        == ["USA opposes KATAIB_HEZBOLLAH"])
    #expect(
      try relations(
        "The killing of Hamas political chief Ismail Haniyeh in Tehran was blamed on Israel.")
        == ["ISR strikes HAMAS"])
    #expect(
      try relations("The bombing of the US embassy in Beirut was blamed on Iran.") == [
        "IRN strikes USA"
      ])
    // guard: blame for no attack names none.
    #expect(try relations("The crisis was blamed on Hezbollah.") == [])
  }

  @Test func bombersGroupsOfOtherErasAndProjectiles() throws {
    #expect(
      try relations("A suicide bomber from the Islamic State killed 13 US troops.") == [
        "ISIS strikes USA"
      ])
    #expect(
      try relations("The Shining Path killed eight Peruvian soldiers in an ambush.") == [
        "SHINING_PATH strikes PER"
      ])
    #expect(
      try relations("The Lord's Resistance Army abducted dozens of Ugandan soldiers.") == [
        "LRA strikes UGA"
      ])
    #expect(
      try relations("China's coast guard fired water cannon at Philippine vessels.") == [
        "CHN strikes PHL"
      ])
  }

  @Test func placesNamedWithACapitalDirection() throws {
    #expect(
      try relations(
        "Police in Northern Ireland blamed the New IRA for the car bomb in Londonderry.")
        == ["GBR opposes PIRA"])
    #expect(try relations("Turkey backed Northern Cyprus.") == ["TUR supports TRNC"])
    #expect(
      try relations("Russia recognized South Ossetia and Abkhazia in 2008.") == [
        "RUS supports ABKHAZIA", "RUS supports SOUTH_OSSETIA",
      ])
    // guard: the state itself.
    #expect(try relations("Turkey backed Cyprus.") == ["TUR supports CYP"])
  }

  @Test func forcesNeutralisedAndProtestersOfAPeople() throws {
    #expect(
      try relations("Turkey said its forces had \"neutralised\" 15 PKK militants in northern Iraq.")
        == ["TUR strikes PKK"])
    #expect(try relations("Turkish forces neutralized 15 PKK militants.") == ["TUR strikes PKK"])
    #expect(
      try relations("Serbian police clashed with ethnic Albanian protesters in northern Kosovo.")
        == [])
  }

  @Test func aPlaceHitNearACityAndAMeetingThatAlarmsAThirdActor() throws {
    #expect(
      try relations(
        "Syria's state news agency said Israeli missiles hit a military airport near Damascus.")
        == ["ISR strikes SYR"])
    #expect(
      try relations("Eritrea and Egypt signed a defence pact, alarming Ethiopia.") == [
        "ERI negotiates-with EGY", "ERI supports EGY", "ETH opposes ERI",
      ])
    // guard: the partner after "with" before the comma.
    #expect(
      try relations("Ethiopia signed a deal with Somaliland, angering Somalia.") == [
        "ETH negotiates-with SOMALILAND", "SOM opposes ETH",
      ])
  }

  @Test func anUnknownNameNearerThanTheActorOwnsThePronoun() throws {
    #expect(
      try relations("China imposed sanctions on Lockheed Martin over its arms sales to Taiwan.")
        == [])
    // guard: the actor just named.
    #expect(
      try relations("China imposed sanctions on the United States over its arms sales to Taiwan.")
        == ["CHN opposes USA", "USA supports TWN"])
  }

  @Test func theOneLetActsThroughAFirstInfinitive() throws {
    #expect(
      try relations("Belarus allowed Russian troops to use its territory to invade Ukraine.") == [
        "BLR supports RUS", "RUS strikes UKR",
      ])
    #expect(
      try relations("Turkey allowed US troops to use its bases to attack Iraq.") == [
        "TUR supports USA", "USA strikes IRQ",
      ])
    // guard: the act right after the one let.
    #expect(
      try relations("Belarus allowed Russian troops to invade Ukraine.") == [
        "BLR supports RUS", "RUS strikes UKR",
      ])
  }

  @Test func welcomingAnActorsAnnouncementSupportsNoActor() throws {
    #expect(
      try relations("Spain's government welcomed ETA's announcement that it had disbanded.")
        == [])
    // (A decision is the actor's own act: its welcome backs the actor, as the annotation
    // guidelines have a welcome of an initiative.)
    #expect(
      try relations("Colombia welcomed the FARC's decision to lay down its arms.") == [
        "COL supports FARC"
      ])
    // guard: the actor itself welcomed.
    #expect(try relations("Egypt welcomed Sudan.") == ["EGY supports SDN"])
  }

  @Test func theBackerInACompoundIsNotTheOneJudged() throws {
    #expect(
      try relations(
        "The Pentagon said Iranian-backed militants were responsible for the attack.") == [])
    // guard: the actor itself judged.
    #expect(
      try relations("The Pentagon said Iran was responsible for the attack.") == [
        "USA opposes IRN"
      ])
  }

  @Test func theAgentOfAWeaponsParticipleActs() throws {
    #expect(try relations("Drones launched by Russia hit Kyiv overnight.") == ["RUS strikes UKR"])
    #expect(
      try relations("A roadside bomb planted by the Taliban killed three US soldiers.") == [
        "TALIBAN strikes USA"
      ])
    #expect(
      try relations("A car bomb planted by al-Shabaab killed five Kenyan soldiers.") == [
        "SHABAAB strikes KEN"
      ])
    // guard: the ones trained or taken act themselves.
    #expect(try relations("Militias trained by Iran attacked US forces.") == [])
    #expect(try relations("Hostages kidnapped by Hamas met Netanyahu.") == [])
  }

  @Test func aStanceOnAPossessedActIsOnItsPossessor() throws {
    #expect(
      try relations("Sweden's bid to join NATO was blocked by Turkey.") == ["TUR opposes SWE"])
    #expect(
      try relations("Finland's application to join NATO was blocked by Hungary.") == [
        "HUN opposes FIN"
      ])
    #expect(
      try relations("China's drills around Taiwan drew condemnation from the United States.") == [
        "USA opposes CHN"
      ])
    // guard: an attack's author.
    #expect(
      try relations("Russia's strikes on Ukraine drew condemnation from France.") == [
        "FRA opposes RUS", "RUS strikes UKR",
      ])
  }

  @Test func thePossessorOfASubjectsHeadFartherBack() throws {
    #expect(
      try relations("Israel's security cabinet voted to approve the hostage deal with Hamas.")
        == ["ISR negotiates-with HAMAS"])
    #expect(
      try relations("Egypt's parliament voted to approve the gas deal with Israel.") == [
        "EGY negotiates-with ISR"
      ])
    // guard: the head right before the verb.
    #expect(
      try relations("Israel's cabinet approved the hostage deal with Hamas.") == [
        "ISR negotiates-with HAMAS"
      ])
  }

  @Test func citiesAndACartelOfTheGazetteer() throws {
    #expect(try relations("A Houthi missile struck Eilat.") == ["HOUTHIS strikes ISR"])
    #expect(try relations("Russian missiles struck Kharkiv.") == ["RUS strikes UKR"])
    #expect(
      try relations("The Sinaloa cartel attacked Mexican soldiers.") == [
        "SINALOA_CARTEL strikes MEX"
      ])
  }
}
