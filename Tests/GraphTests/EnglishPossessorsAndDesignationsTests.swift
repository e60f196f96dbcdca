import Foundation
import Testing

@testable import Graph

/// English: a state before "'s" and another actor only places it ("Yemen's Houthi movement");
/// a designation's authors after "by" ("is designated a terrorist group by Turkey, ..."); a
/// joint statement that opens the sentence names the plural description after its comma; a
/// light verb's subject past the modifiers of talks; ", and" before a name and its verb
/// joins clauses; a name given after 'known as' is no subject.
@Suite("English possessors, designations, an opening joint statement")
struct EnglishPossessorsAndDesignationsTests {
  @Test func aPlacingPossessorIsNoParty() throws {
    #expect(
      try builtInRelations(
        "Oman said it had mediated a ceasefire between the United States and Yemen's Houthi movement.",
        date: "2025-05-07"
      ).contains("USA negotiates-with HOUTHIS"))
    #expect(
      try builtInRelations(
        "Oman said it had mediated a ceasefire between the United States and Yemen's Houthi movement.",
        date: "2025-05-07"
      ).contains { $0.contains("YEM") } == false)
    // guard: the same code after "'s" stays one actor.
    #expect(
      try builtInRelations("Iran's Revolutionary Guards attacked Israel.", date: "2025-05-07")
        == ["IRN strikes ISR"])
  }

  @Test func designatedByItsAuthors() throws {
    #expect(
      try builtInRelations(
        "The PKK is designated a terrorist group by Turkey, the United States and the European Union.",
        date: "2024-03-14")
        == ["TUR opposes PKK", "USA opposes PKK", "EU opposes PKK"])
    #expect(
      try builtInRelations(
        "Hamas is listed as a terrorist organisation by the EU.", date: "2024-03-14")
        == ["EU opposes HAMAS"])
  }

  @Test func anOpeningJointStatementAndTheDescriptionAfterIt() throws {
    #expect(
      try builtInRelations(
        "The military juntas of Niger, Mali and Burkina Faso announced their withdrawal from ECOWAS. "
          + "In a joint statement read on national television, the three governments accused "
          + "ECOWAS of failing them.", date: "2024-01-29"
      ).filter { $0.contains("negotiates-with") }
        == ["NER negotiates-with MLI", "NER negotiates-with BFA", "MLI negotiates-with BFA"])
  }

  @Test func talksPastTheirModifiers() throws {
    #expect(
      try builtInRelations(
        "Russian and Ukrainian delegations held their first direct peace talks in more than "
          + "three years on Friday.", date: "2025-05-16") == ["RUS negotiates-with UKR"])
  }

  @Test func commaAndJoinsClauses() throws {
    #expect(
      try builtInRelations(
        "Foreign Minister Therese Kayikwamba Wagner called the advance a declaration of war by "
          + "Kigali, and Kinshasa announced that it was severing diplomatic ties with Rwanda.",
        date: "2025-01-28") == ["COD opposes RWA"])
    // (Each gave the second name as a second object.)
    #expect(
      try builtInRelations(
        "Turkey condemned Israel, and Egypt has recalled its ambassador.", date: "2017-03-13")
        == ["TUR opposes ISR"])
    #expect(
      try builtInRelations(
        "Denmark criticised the Netherlands, and Austrian Chancellor Christian Kern has called "
          + "for a ban on Turkish rallies.", date: "2017-03-13") == ["DNK opposes NLD"])
    // guard: a list with its commas is still one, before a verb too.
    #expect(
      try builtInRelations("The US, Russia, and Switzerland met yesterday.", date: "2025-01-28")
        == ["USA negotiates-with RUS", "USA negotiates-with CHE", "RUS negotiates-with CHE"])
    #expect(
      try builtInRelations(
        "Egypt, Qatar, and the United States mediated the deal.", date: "2025-01-28")
        == ["EGY negotiates-with QAT", "EGY negotiates-with USA", "QAT negotiates-with USA"])
  }

  @Test func aNameGivenIsNoSubject() throws {
    #expect(
      try builtInRelations(
        "The leaders of Niger, Mali and Burkina Faso met. The three countries formed a defence "
          + "pact known as the Alliance of Sahel States and have expelled French forces.",
        date: "2024-01-29"
      ).contains { $0.hasPrefix("AES") } == false)
    // guard: the name as a subject of its own acts.
    #expect(
      try builtInRelations(
        "The Alliance of Sahel States expelled French forces.", date: "2024-01-29")
        == ["AES opposes FRA"])
  }

  @Test func aNameAfterItsStatesPossessiveAndATitle() throws {
    // "X's President A and Y's President B met": each name is one item with its state.
    #expect(
      try builtInRelations(
        "Venezuela's President Nicolas Maduro and Guyana's President Irfaan Ali met on Thursday.",
        date: "2023-12-16") == ["VEN negotiates-with GUY"])
    #expect(
      try builtInRelations(
        "Russia's Foreign Minister Sergei Lavrov and Turkey's Foreign Minister Mevlut Cavusoglu met on Thursday.",
        date: "2019-07-16") == ["RUS negotiates-with TUR"])
    // guard: a lowercase word between ("envoy") keeps the state apart, as before; it is the
    // object of "of" and the envoy the subject of "who".
    #expect(
      try builtInRelations(
        "The plan is a central demand of Washington's envoy Tom Barrack, who has shuttled between Beirut and Israel in recent weeks.",
        date: "2025-08-08") == ["USA negotiates-with LBN", "USA negotiates-with ISR"])
    // guard: nor does the name's item make a list of the names before its comma.
    #expect(
      try builtInRelations(
        "Trump spoke with Netanyahu, while Qatar's Emir Sheikh Tamim bin Hamad Al Thani helped secure Tehran's agreement.",
        date: "2025-06-24") == ["USA negotiates-with ISR", "QAT supports IRN"])
  }
}
