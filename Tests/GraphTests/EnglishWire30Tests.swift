import Testing

@testable import Graph

/// English wire phrasing, round 30: a bare "opposition" or "rebels" names the opposition of the
/// one state of the sentence that has one, and a bare "government" the state of the one
/// opposition named; the author of an attack noun or projectile that
/// opens the subject ("An IRA bomb", "ETA's car bomb") is the verb's subject, and with no
/// other target the state named first in the noun's own phrase is hit; a nisba and its head
/// noun own an act ("the Sudanese army's airstrikes"); a word in -ed after "its forces" is a
/// verb ("Russia said its forces captured X from Y"); a resolve to defeat
/// or wipe out an actor; weapons delivered, shipped or sent; cities often hit (Odesa, Dnipro,
/// Omdurman, Kunduz, Maiduguri); people killed in a state; tear gas fired at opponents.
@Suite("Relations: English wire phrasing, round 30")
struct EnglishWire30Tests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-06-01").sorted()
  }

  @Test func aBareOppositionIsTheOppositionOfTheSentencesState() throws {
    #expect(
      try relations("Maduro accused the opposition of plotting a coup.") == [
        "VEN opposes VEN_OPP"
      ])
    #expect(
      try relations(
        "Venezuela's government and the opposition resumed talks in Mexico City on Friday.")
        == ["VEN negotiates-with VEN_OPP"])
    #expect(try relations("The Syrian army shelled rebel-held Idlib.") == ["SYR strikes SYR_OPP"])
    #expect(
      try relations("Putin accused the opposition of working for Western intelligence.") == [
        "RUS opposes RUS_OPP"
      ])
    // Iran has no opposition in the gazetteer: Bahrain's is meant.
    #expect(
      try relations("Bahrain's government accused the opposition of links to Iran.") == [
        "BHR opposes BHR_OPPOSITION"
      ])
    #expect(
      try relations(
        "The United States recognised the opposition leader as Venezuela's interim president.")
        == ["USA supports VEN_OPP"])
    // guard: Russia's opposition is no rebel force.
    #expect(try relations("Russia bombed rebel-held areas of Idlib province.") == [])
    // guard: a state with no opposition entry.
    #expect(try relations("Turkey's president condemned the opposition.") == [])
    // guard: "opposition to" is a stance, no actor.
    #expect(try relations("Venezuela voiced opposition to the sanctions.") == [])
  }

  @Test func aBareGovernmentIsTheStateOfTheOppositionNamed() throws {
    #expect(
      try relations("Syrian rebels shelled government-held Aleppo.") == ["SYR_OPP strikes SYR"])
    #expect(
      try relations("Syrian rebels and government forces clashed near Aleppo.") == [
        "SYR strikes SYR_OPP", "SYR_OPP strikes SYR",
      ])
    #expect(
      try relations("The regime bombed Syrian rebels in Idlib.") == ["SYR strikes SYR_OPP"])
    // guard: a government with its nisba is its own state's.
    #expect(
      try relations("The Turkish government condemned Syrian rebels.") == ["TUR opposes SYR_OPP"])
    // guard: pro-government militias are not the government.
    #expect(try relations("Pro-government militias attacked opposition marchers in Caracas.") == [])
  }

  @Test func tearGasFiredAtOpponentsIsAStance() throws {
    #expect(
      try relations(
        "Venezuelan security forces fired tear gas at opposition protesters in Caracas.")
        == ["VEN opposes VEN_OPP"])
    // guard: protesters no actor names are no one's.
    #expect(
      try relations("Iraqi security forces fired tear gas at protesters in Baghdad.") == [])
  }

  @Test func anAttackNounsAuthorIsTheVerbsSubject() throws {
    #expect(
      try relations(
        "An al-Shabaab attack on an African Union base in Somalia killed dozens of Ugandan soldiers."
      ) == ["SHABAAB strikes AU", "SHABAAB strikes UGA"])
    // guard: the noun's own target stays its only one.
    #expect(
      try relations("A Taliban suicide attack on a NATO convoy in Kabul killed four soldiers.")
        == ["TALIBAN strikes NATO"])
  }

  @Test func theStateAnAttackPhraseNamesFirstIsHit() throws {
    #expect(
      try relations("An IRA bomb in central London killed two people on Saturday.") == [
        "PIRA strikes GBR"
      ])
    #expect(try relations("ETA's car bomb in Madrid wounded 12 people.") == ["ETA strikes ESP"])
    #expect(try relations("The PKK's car bomb in Ankara killed 28 people.") == ["PKK strikes TUR"])
    #expect(
      try relations("A Hezbollah rocket barrage on northern Israel wounded three people.") == [
        "HEZBOLLAH strikes ISR"
      ])
    #expect(
      try relations("An ELN car bomb at a police academy in Bogota killed 21 cadets.") == [
        "ELN strikes COL"
      ])
    #expect(
      try relations("A Taliban truck bomb outside the German consulate killed six people.") == [
        "TALIBAN strikes DEU"
      ])
    #expect(
      try relations("A PKK suicide bomber in Ankara targeted a military convoy.") == [
        "PKK strikes TUR"
      ])
    #expect(
      try relations("A JNIM ambush near the Burkinabe town of Djibo killed 30 soldiers.") == [
        "JNIM strikes BFA"
      ])
    // guard: the hideout is the group's, not Syria's.
    #expect(
      try relations("A US airstrike on an ISIS hideout in Syria killed a senior commander.") == [
        "USA strikes ISIS"
      ])
  }

  @Test func aNisbaAndItsHeadNounOwnAnAct() throws {
    #expect(
      try relations("The Sudanese army's airstrikes on RSF-held areas of Khartoum killed dozens.")
        == ["SDN strikes RSF"])
    #expect(
      try relations(
        "The Ukrainian army's strike on Russian-held Mariupol destroyed an ammunition depot.")
        == ["UKR strikes RUS"])
  }

  @Test func forcesOfTheSpeakerTakeAPlaceFromAnother() throws {
    #expect(
      try relations(
        "Russia said its forces captured the village of Robotyne from Ukrainian troops.")
        == ["RUS strikes UKR"])
    #expect(
      try relations("The Taliban said their fighters captured Kunduz from Afghan forces.") == [
        "TALIBAN strikes AFG"
      ])
  }

  @Test func aResolveToDefeatAnActorOpposesIt() throws {
    #expect(
      try relations("Spain's interior minister vowed to defeat ETA.") == ["ESP opposes ETA ?"])
    #expect(
      try relations("Peru's president pledged to wipe out the Shining Path.") == [
        "PER opposes SHINING_PATH ?"
      ])
    #expect(
      try relations("The Turkish government vowed to eradicate the PKK.") == ["TUR opposes PKK ?"])
    #expect(
      try relations("Iraqi forces defeated the Islamic State in Mosul.") == ["IRQ opposes ISIS"])
  }

  @Test func weaponsDeliveredSupportTheOneWhoGetsThem() throws {
    #expect(
      try relations("Washington delivered HIMARS launchers to Ukraine.") == ["USA supports UKR"])
    // guard: a message delivered is no support.
    #expect(try relations("Oman delivered a message to Iran.") == [])
  }

  @Test func citiesOftenHitNameTheirStates() throws {
    #expect(
      try relations("A Russian drone strike in Odesa killed five people.") == ["RUS strikes UKR"])
    #expect(try relations("The RSF shelled Omdurman overnight.") == ["RSF strikes SDN"])
    #expect(try relations("The Taliban captured Kunduz in 2015.") == ["TALIBAN strikes AFG"])
    #expect(
      try relations("A Boko Haram suicide bombing at a mosque in Maiduguri killed 20 worshippers.")
        == ["BOKO_HARAM strikes NGA"])
  }

  @Test func peopleKilledInAStateHitTheState() throws {
    #expect(try relations("The IRA killed two people in London.") == ["PIRA strikes GBR"])
    #expect(
      try relations("Islamic State militants killed 30 civilians in Iraq.") == ["ISIS strikes IRQ"])
    #expect(try relations("A Russian missile killed 30 people in Ukraine.") == ["RUS strikes UKR"])
    // guard: an arrest is no strike on the place.
    #expect(try relations("Police arrested two people in London.") == [])
  }
}
