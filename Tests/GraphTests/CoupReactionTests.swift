import Foundation
import Testing

@testable import Graph

/// English: a reaction that names a coup by its noun ("condemned the coup", "hailed the
/// takeover") concerns the author of the coup the document told ("Myanmar's military seized
/// power", "Sudan's military coup").
@Suite("Relations: reactions to a coup told before")
struct CoupReactionTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2021-02-01")
  }

  @Test func condemnedCoupOpposesItsAuthor() throws {
    // (Was nothing: "the coup" named no actor.)
    let found = try relations(
      "YANGON, Feb 1 (wire) — Myanmar's military seized power on Monday in a coup against the elected government. Power was handed to the commander-in-chief. US President Joe Biden condemned the coup as a direct assault on democracy. British Prime Minister Boris Johnson also condemned the coup."
    )
    #expect(found.contains("USA opposes MMR"))
    #expect(found.contains("GBR opposes MMR"))
  }

  @Test func hailedTakeoverBacksTheOwnerOfTheCoup() throws {
    #expect(
      try relations("Sudan's military coup drew protests. Russia hailed the takeover.")
        == ["RUS supports SDN"])
  }

  @Test func coupInAStateOrLedByAPerson() throws {
    // "The coup in Sudan": the state after "in" took power (the gazetteer, off there, had
    // never said the place was a state).
    #expect(
      try relations("The coup in Sudan shocked the region. Biden condemned the coup.")
        == ["USA opposes SDN"])
    // "led by Gen. X": the leader, title between.
    #expect(
      try builtInRelations(
        "The coup led by Gen. Abdourahamane Tiani shocked the region. Prigozhin welcomed the coup.",
        date: "2023-08-11") == ["WAGNER supports NER"])
  }

  @Test func noCoupToldNoTarget() throws {
    // Guard: no coup told before, no author.
    #expect(
      try relations("Iran attacked Israel. Britain condemned the coup.") == ["IRN strikes ISR"])
  }
}
