import Testing

@testable import Graph

/// English wire phrasing, round 33, found with grids that vary one slot of a frequent frame: a
/// person's possessive before a stance noun ("Sisi reaffirmed his support for"); the actor after
/// the "of"/"for"/"in" of a title that opens the sentence ("The leader of Hezbollah condemned");
/// the asker of a request before its title ("The Egyptian foreign minister called on"); a plural
/// description as the subject of a meeting and of a stance noun ("The two leaders met ...",
/// "expressed their support for"); an act noun after "in" as the manner of a verb of force
/// ("killed 12 civilians in a missile attack on Kharkiv"); the topic of "discussed" is no party;
/// envoys recalled by a person, calls by phone, trade halted, Ukrainian towns; nothing given to
/// a region named by its direction; who calls for a ceasefire is no party to it; a gerund after
/// the "against" of a warning has not happened; a participle clause after a comma tells of the
/// main subject ("met Putin, drawing criticism from EU leaders"); "the strike" condemned is no
/// verb of response; talks in a phrase that opens the sentence or follows its subject between
/// commas ("In a phone call with Putin, Erdogan called ...") are the subject's with the partner;
/// "armed" in "Hamas's armed wing" is no verb.
@Suite("Relations: English wire phrasing, round 33")
struct EnglishWire33Tests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-06-01").sorted()
  }

  @Test func aPersonsPossessiveNamesTheSubjectOfAStanceNoun() throws {
    #expect(
      try relations(
        "President Sisi reaffirmed his support for Lebanon."
      ) == [
        "EGY supports LBN"
      ])
    #expect(
      try relations(
        "Italian Prime Minister Giorgia Meloni reiterated her support for Ukraine."
      ) == [
        "ITA supports UKR"
      ])
    #expect(
      try relations(
        "Egypt stressed its rejection of Israel's plan."
      ) == [
        "EGY opposes ISR"
      ])
  }

  @Test func aTitleAtTheSentencesStartStandsForTheActorAfterItsPreposition() throws {
    #expect(
      try relations(
        "The leader of Hezbollah condemned Israel."
      ) == [
        "HEZBOLLAH opposes ISR"
      ])
    #expect(
      try relations(
        "A spokesman for the Egyptian foreign ministry condemned Israel."
      ) == [
        "EGY opposes ISR"
      ])
    #expect(
      try relations(
        "A senior official in the Egyptian foreign ministry accused Israel of violating the ceasefire."
      ) == [
        "EGY opposes ISR"
      ])
    // guard: a title after the verb is its object; the preposition stays one.
    #expect(
      try relations(
        "Israel killed the leader of Hamas."
      ) == [
        "ISR strikes HAMAS"
      ])
  }

  @Test func theAskerOfARequestMayStandBeforeItsTitle() throws {
    #expect(
      try relations(
        "The Egyptian foreign minister called on Israel to withdraw from Gaza."
      ) == [
        "EGY opposes ISR"
      ])
    #expect(
      try relations(
        "Egypt's foreign ministry called on Israel to withdraw from Gaza."
      ) == [
        "EGY opposes ISR"
      ])
    #expect(
      try relations(
        "Saudi Crown Prince Mohammed bin Salman urged Russia to withdraw its troops."
      ) == [
        "SAU opposes RUS"
      ])
    #expect(
      try relations(
        "The United States urged the RSF to end the violence."
      ) == [
        "USA opposes RSF"
      ])
  }

  @Test func aPluralDescriptionIsTheSubjectOfMeetingsAndStanceNouns() throws {
    #expect(
      try relations(
        "Egyptian President Abdel Fattah al-Sisi met Jordan's King Abdullah II in Cairo on Monday. The two leaders met Qatar's emir in Doha."
      ) == [
        "EGY negotiates-with JOR", "EGY negotiates-with QAT", "JOR negotiates-with QAT",
      ])
    #expect(
      try relations(
        "Egyptian President Abdel Fattah al-Sisi met Jordan's King Abdullah II in Cairo on Monday. The two leaders expressed their support for Lebanon."
      ) == [
        "EGY negotiates-with JOR", "EGY supports LBN", "JOR supports LBN",
      ])
    #expect(
      try relations(
        "Egyptian President Abdel Fattah al-Sisi met Jordan's King Abdullah II in Cairo on Monday. The two leaders strongly condemned the Israeli attack on Lebanon."
      ) == [
        "EGY negotiates-with JOR", "EGY opposes ISR", "ISR strikes LBN", "JOR opposes ISR",
      ])
    // guard: a meeting with no object of its own is the description's actors' with each other.
    #expect(
      try relations(
        "Egypt and Jordan held talks in Amman. The two leaders met in the Jordanian capital."
      ) == [
        "EGY negotiates-with JOR", "EGY negotiates-with JOR",
      ])
  }

  @Test func anActNounAfterInIsTheMannerOfAVerbOfForce() throws {
    #expect(
      try relations(
        "Russia killed 12 civilians in a missile attack on Kharkiv."
      ) == [
        "RUS strikes UKR"
      ])
    #expect(
      try relations(
        "Israel killed at least 20 people in airstrikes on the southern Lebanese town of Nabatieh."
      ) == [
        "ISR strikes LBN"
      ])
    // guard: an act with no actor hit gives nothing.
    #expect(
      try relations(
        "Israel killed two people in a strike on a car."
      ) == [])
  }

  @Test func theTopicOfDiscussingIsNoParty() throws {
    #expect(
      try relations(
        "Macron discussed the war in Ukraine with Scholz."
      ) == [
        "FRA negotiates-with DEU"
      ])
    #expect(
      try relations(
        "Macron and Scholz discussed Ukraine."
      ) == [
        "FRA negotiates-with DEU"
      ])
    #expect(
      try relations(
        "Egypt's foreign minister discussed the crisis in Sudan with his Saudi counterpart."
      ) == [
        "EGY negotiates-with SAU"
      ])
  }

  @Test func callsEnvoysTownsAndTrade() throws {
    #expect(
      try relations(
        "Sisi recalled his ambassador from Israel."
      ) == [
        "EGY opposes ISR"
      ])
    #expect(
      try relations(
        "Erdogan and Putin spoke by phone on Monday."
      ) == [
        "TUR negotiates-with RUS"
      ])
    #expect(
      try relations(
        "Biden had spoken with Putin about Ukraine."
      ) == [
        "USA negotiates-with RUS"
      ])
    #expect(
      try relations(
        "Russia sent tanks to southern Ukraine."
      ) == [])
    #expect(
      try relations(
        "Russian forces shelled Kherson."
      ) == [
        "RUS strikes UKR"
      ])
    #expect(
      try relations(
        "Turkey halted all trade with Israel."
      ) == [
        "TUR opposes ISR"
      ])
  }

  @Test func talksInAnOpeningPhraseAreTheSubjectsWithThePartner() throws {
    #expect(
      try relations(
        "In a phone call with Putin, Erdogan called for a ceasefire."
      ) == [
        "TUR negotiates-with RUS"
      ])
    #expect(
      try relations(
        "Erdogan, in a phone call with Putin, called for a ceasefire."
      ) == [
        "TUR negotiates-with RUS"
      ])
    #expect(
      try relations(
        "During a meeting with Russian President Vladimir Putin, Erdogan called for a ceasefire."
      ) == [
        "TUR negotiates-with RUS"
      ])
    #expect(
      try relations(
        "Jordan's King Abdullah II, in a meeting with Egyptian President Abdel Fattah al-Sisi, rejected the plan."
      ) == [
        "JOR negotiates-with EGY"
      ])
    #expect(
      try relations(
        "In talks with Chinese officials, the Taliban sought investment in Afghanistan's mines."
      ) == [
        "TALIBAN negotiates-with CHN"
      ])
    // guard: a call with no actor after "with" names no talks.
    #expect(
      try relations(
        "In a call with reporters, Erdogan criticised Israel."
      ) == [
        "TUR opposes ISR"
      ])
  }

  @Test func anAdjectiveInEdAfterAPossessiveIsNoVerb() throws {
    #expect(
      try relations(
        "Hamas's armed wing attacked Israeli troops in Rafah."
      ) == [
        "HAMAS strikes ISR"
      ])
  }

  @Test func askersWarningsAndReactionsAreRead() throws {
    #expect(
      try relations(
        "Egypt, Jordan and France called for an immediate ceasefire in Gaza."
      ) == [])
    // guard: the parties who agree are parties.
    #expect(
      try relations(
        "Egypt and Jordan agreed to a ceasefire."
      ) == [
        "EGY negotiates-with JOR"
      ])
    #expect(
      try relations(
        "Iran warned the United States against striking Yemen."
      ) == [
        "IRN opposes USA", "USA strikes YEM ?",
      ])
    #expect(
      try relations(
        "Hungary's prime minister Viktor Orban met Putin in Moscow, drawing criticism from EU leaders."
      ) == [
        "EU opposes HUN", "HUN negotiates-with RUS",
      ])
    #expect(
      try relations(
        "Israel said it killed a Hamas commander in a strike on a school in Gaza. Hamas condemned the strike as a massacre."
      ) == [
        "HAMAS opposes ISR", "ISR strikes HAMAS", "ISR strikes PSE",
      ])
  }
}
