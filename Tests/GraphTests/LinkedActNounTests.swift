import Testing

@testable import Graph

/// English: a reaction that names an act by the noun of the verb that told it ("seized" and
/// "the seizure", "captured" and "the capture") reacts to that act's actors, up to three
/// sentences on, or to the lead's; not to talks or a deal (`linkedActReactionPairs`).
@Suite("A reaction to an act named by its verb's noun")
struct LinkedActNounTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2019-07-21").sorted()
  }

  @Test func aVerdictOnTheSeizure() throws {
    #expect(
      try relations(
        "Iran's Revolutionary Guards seized a British tanker in the Strait of Hormuz on Friday. "
          + "The crew of 23 was held at Bandar Abbas. Officials said the ship had broken "
          + "maritime rules. Germany called the seizure unjustifiable.")
        == ["DEU opposes IRN", "IRN strikes GBR"])
  }

  @Test func aWelcomeOfTheCapture() throws {
    #expect(
      try relations(
        "US forces captured the Taliban commander in a night raid. The operation lasted two "
          + "hours. Officials said he was flown to Bagram. Britain welcomed the capture.")
        == ["GBR supports USA", "USA strikes TALIBAN"])
  }

  @Test func aVerbJoinedToTheCue() throws {
    #expect(
      try relations(
        "Russian forces fired on and seized three Ukrainian navy vessels off Crimea. "
          + "Twenty-four sailors were detained. Kyiv asked for a session of the Security "
          + "Council. Poland called the seizure unacceptable.")
        == ["POL opposes RUS", "RUS strikes UKR"])
  }

  /// guard: a welcome of a deal backs neither party.
  @Test func notAWelcomeOfADeal() throws {
    #expect(
      try relations(
        "Serbia and Kosovo agreed on Thursday to normalise relations. The deal came after ten "
          + "years of talks. Officials said it would be signed in March. The United States "
          + "welcomed the agreement.")
        == ["SRB negotiates-with XKX"])
  }
}
