import Foundation
import Testing

@testable import Graph

/// English: "its 19th package of sanctions against", "his conversations with", the subject of
/// a verb before "at a joint news conference with", and a joint statement of "the two
/// governments" after a list of four.
@Suite("English: packages, conversations, venues, counted speakers of a joint statement")
struct VenuesPackagesAndConversationsTests {
  @Test func aPackageOfSanctionsIsTheOwners() throws {
    #expect(
      try builtInRelations(
        "The European Union on Thursday adopted its 19th package of sanctions against Russia.",
        date: "2025-10-23") == ["EU opposes RUS"])
  }

  @Test func conversationsAreContacts() throws {
    #expect(
      try builtInRelations(
        "Trump said his conversations with Putin went nowhere.", date: "2025-10-23")
        == ["USA negotiates-with RUS"])
  }

  @Test func theSubjectBeforeTheVenue() throws {
    #expect(
      try builtInRelations(
        "Erdogan announced the agreement at a joint news conference with Somali President Hassan "
          + "Sheikh Mohamud and Ethiopian Prime Minister Abiy Ahmed.",
        date: "2024-12-12"
      ).sorted() == ["TUR negotiates-with ETH", "TUR negotiates-with SOM"])
  }

  @Test func twoGovernmentsAreNotFour() throws {
    #expect(
      try builtInRelations(
        "U.S. and British warplanes struck targets across Yemen. Biden said the strikes were a "
          + "message. Australia, Bahrain, Canada and the Netherlands supported the operation, "
          + "the two governments said in a joint statement.",
        date: "2024-01-12"
      ).filter { $0.contains("negotiates-with") } == ["USA negotiates-with GBR"])
    // guard: two named, two counted.
    #expect(
      try builtInRelations(
        "Somalia and Ethiopia agreed to end the dispute. Australia and Canada supported the "
          + "move, the two governments said in a joint statement.",
        date: "2024-12-12"
      ).sorted() == ["AUS negotiates-with CAN", "SOM negotiates-with ETH"])
  }
}

/// English: one plain modifier before a coordinated name ("Sudan's warring army and
/// paramilitary Rapid Support Forces").
@Suite("English: a modifier before a coordinated name")
struct ModifiedCoordinatedNameTests {
  @Test func paramilitaryRsf() throws {
    #expect(
      try builtInRelations(
        "Sudan's warring army and paramilitary Rapid Support Forces have signed a declaration in "
          + "Jeddah.",
        date: "2023-05-12") == ["SDN negotiates-with RSF"])
    // guard: a verb after "and" starts another predicate.
    #expect(
      try builtInRelations("Iran funded Hamas and armed Hezbollah.", date: "2023-05-12").sorted()
        == ["IRN supports HAMAS", "IRN supports HEZBOLLAH"])
  }
}
