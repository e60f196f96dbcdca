import Testing

@testable import Graph

/// English wire phrasing, round 26: an adverb inside a cue of several words ("worked closely
/// with"); fighting for an actor; driving an actor out of a place; repelling an attack by an
/// actor; a patron named after "be" or in an apposition with a possessor; letting an actor
/// attack; a nisba before a group's name; the speaker's own troops; the Lima Group; a vetoed
/// text; militias named by a nisba; a possessive pronoun after "a" and a name; backing by two
/// participles; cooperation, envoys and ties broken off or deepened; tariffs slapped on; claims
/// of responsibility accepted or taken; al-Qaeda's and the Islamic State's branches by region.
@Suite("Relations: English wire phrasing, round 26")
struct EnglishWire26Tests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2018-06-01").sorted()
  }

  @Test func anAdverbMayStandInsideACue() throws {
    #expect(
      try relations("Jordan worked closely with Egypt in 2023.") == ["JOR negotiates-with EGY"])
    #expect(
      try relations("British troops are operating closely alongside Iraqi forces.") == [
        "GBR supports IRQ"
      ])
    #expect(try relations("Belarus sided openly with Moscow.") == ["BLR supports RUS"])
    #expect(try relations("Turkey lashed out sharply at Sweden.") == ["TUR opposes SWE"])
    // Guard: standing idly by is no support.
    #expect(try relations("The West stood idly by as Russia annexed Crimea.") == [])
  }

  @Test func fightingForAnActorSupportsIt() throws {
    #expect(
      try relations("Hezbollah fighters fought for Bashar al-Assad in Qusayr.") == [
        "HEZBOLLAH supports SYR"
      ])
    #expect(
      try relations("The Wagner Group fought on behalf of the LNA near Tripoli.") == [
        "WAGNER supports LNA"
      ])
    // Guard: "for" and a time, then the enemy.
    #expect(
      try relations("The PKK has fought for decades against the Turkish state.") == [
        "PKK opposes TUR", "PKK strikes TUR",
      ])
    // Guard: fighting for a cause, away from a state.
    #expect(try relations("ETA fought for independence from Spain.") == [])
  }

  @Test func drivingAnActorOutOfAPlaceStrikesIt() throws {
    #expect(
      try relations("Somali troops drove al-Shabaab out of Baidoa.") == ["SOM strikes SHABAAB"])
    #expect(
      try relations("Afghan commandos pushed Taliban fighters out of Kunduz.") == [
        "AFG strikes TALIBAN"
      ])
    #expect(
      try relations("The Islamic State was driven out of Sirte by GNA forces in 2016.") == [
        "GNA strikes ISIS"
      ])
    // Guard: pushing an actor to back out of a deal is no force.
    #expect(try relations("Washington pushed Cairo to back out of the arms deal.") == [])
  }

  @Test func anAttackRepelledAndItsAttackerStrikeEachOther() throws {
    #expect(
      try relations("The Sudanese army repelled an attack by the RSF on El Obeid.") == [
        "RSF strikes SDN", "SDN strikes RSF",
      ])
    #expect(
      try relations("Ukrainian forces repelled attacks by Russian troops near Avdiivka.") == [
        "RUS strikes UKR", "UKR strikes RUS",
      ])
  }

  @Test func aPatronAfterBeOrInAnApposition() throws {
    #expect(
      try relations("Iran has long been Hezbollah's main backer.") == ["IRN supports HEZBOLLAH"])
    #expect(try relations("The UAE is the main backer of the RSF.") == ["ARE supports RSF"])
    #expect(
      try relations("Turkey, Azerbaijan's closest ally, condemned Armenia.") == [
        "TUR opposes ARM", "TUR supports AZE",
      ])
    // Guard: a former patron.
    #expect(try relations("Pakistan was once the Taliban's main backer.") == [])
  }

  @Test func whoLetsAnActorAttackSupportsIt() throws {
    #expect(
      try relations("Belarus allowed Russian troops to invade Ukraine.") == [
        "BLR supports RUS", "RUS strikes UKR",
      ])
    #expect(
      try relations("The United States allowed Ukraine to strike Russia with ATACMS missiles.")
        == ["UKR strikes RUS", "USA supports UKR"])
    // Guard: what a deal would allow stays hypothetical, and supports no one.
    #expect(
      try relations("A ceasefire would allow Israel to strike Hamas again.") == [
        "ISR strikes HAMAS ?"
      ])
  }

  @Test func aNisbaBeforeAGroupsNameOnlyQualifiesIt() throws {
    #expect(try relations("Egypt condemned Lebanese Hezbollah.") == ["EGY opposes HEZBOLLAH"])
    #expect(
      try relations("Israel struck Lebanese Hezbollah positions.") == ["ISR strikes HEZBOLLAH"])
  }

  @Test func theSpeakersOwnTroops() throws {
    #expect(
      try relations(
        "The Pentagon responded to the suicide bombing near Bagram on Monday, stating that our troops are working alongside Afghan forces."
      ) == ["USA supports AFG"])
    #expect(
      try relations(
        "Britain's defence ministry, in a statement on Friday, said our troops are serving alongside Iraqi forces."
      ) == ["GBR supports IRQ"])
  }

  @Test func namesAndStrikesTheLexiconNowHas() throws {
    #expect(
      try relations("The Lima Group refused to recognise Maduro's new term.") == [
        "LIMA_GROUP opposes VEN"
      ])
    #expect(
      try relations("The US military carried out an airstrike against ISIS in Syria.") == [
        "USA strikes ISIS"
      ])
  }

  @Test func aVetoedTextStatesNothing() throws {
    #expect(try relations("China vetoed a UN resolution condemning Syria.") == [])
    #expect(
      try relations("Russia blocked a Security Council statement condemning Myanmar's junta.")
        == [])
  }

  @Test func militiasAndMilitantsNamedByANisbaAreNoState() throws {
    #expect(try relations("Iraqi militias attacked US forces in Syria.") == [])
    #expect(try relations("Palestinian militants fired rockets at Israel.") == [])
  }

  @Test func aPossessivePronounPassesANameAfterAnArticle() throws {
    #expect(
      try relations("Egypt rejected a UN report on its crackdown on the Muslim Brotherhood.") == [
        "EGY opposes MB", "EGY opposes UN",
      ])
  }

  @Test func backingByTwoParticiplesAndTiesMadeOrBroken() throws {
    #expect(try relations("Hezbollah is funded and armed by Iran.") == ["IRN supports HEZBOLLAH"])
    #expect(
      try relations("Mali ended its defence cooperation with France.") == ["MLI opposes FRA"])
    #expect(try relations("Algeria withdrew its ambassador from France.") == ["DZA opposes FRA"])
    #expect(try relations("China has deepened its ties with Russia.") == ["CHN supports RUS"])
    #expect(try relations("The US slapped tariffs on Chinese goods.") == ["USA opposes CHN"])
  }

  @Test func aClaimOfResponsibilityAcceptedOrTaken() throws {
    #expect(
      try relations(
        "Gunmen attacked an Afghan army base in Helmand. The Taliban took responsibility for it.")
        == ["TALIBAN strikes AFG"])
  }

  @Test func branchesOfAlQaedaAndTheIslamicStateNamedByTheirRegion() throws {
    #expect(
      try relations("Al-Qaeda's Yemen branch ambushed Yemeni troops in Abyan.") == [
        "AQAP strikes YEM"
      ])
    #expect(
      try relations("Militants from al-Qaeda's North African branch attacked Malian soldiers.")
        == ["AQIM strikes MLI"])
  }
}
