import Foundation
import Testing

@testable import Graph

/// A state "suspended from" or "expelled from" a body is opposed by that body, as by one that
/// "suspended" it; an emphatic pronoun ("themselves", "itself") may stand before the participle.
@Suite("Suspended from a body")
struct SuspendedFromBodyTests {
  @Test func suspendedWithAnEmphaticPronoun() throws {
    // (Gave nothing.)
    let found = try builtInRelations(
      "On the other side, the military governments of Mali and Burkina Faso, themselves "
        + "suspended from ECOWAS after coups, have warned against any intervention.",
      date: "2023-08-11")
    #expect(found == ["ECOWAS opposes MLI", "ECOWAS opposes BFA"])
  }

  @Test func suspendedAndExpelled() throws {
    // (Gave nothing.)
    #expect(
      try builtInRelations("Mali was suspended from the African Union in 2021.", date: "2021-06-02")
        == ["AU opposes MLI"])
    #expect(
      try builtInRelations("Russia was expelled from the Council of Europe.", date: "2022-03-16")
        == ["COUNCIL_OF_EUROPE opposes RUS"])
  }

  @Test func anEmphaticPronounBeforeBackedBy() throws {
    // (Gave nothing.)
    #expect(
      try builtInRelations(
        "Hezbollah, itself backed by Iran, condemned the strike.", date: "2024-01-01")
        == ["IRN supports HEZBOLLAH"])
  }

  @Test func noActorPutOut() throws {
    // Guard: flights suspended from a city say nothing.
    #expect(
      try builtInRelations("Flights were suspended from Cairo to Khartoum.", date: "2023-04-20")
        .isEmpty)
  }
}
