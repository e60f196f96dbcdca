import Testing

@testable import Graph

/// English: a capitalised place that names no actor right after "flew to" or "arrived in" is
/// where the traveller goes, and an actor after a comma further on is no partner; "its own"
/// after a verb is its own subject, no object.
@Suite("English: where a traveller goes, and \"its own\"")
struct TravelPlaceTests {
  @Test func placeThenComma() throws {
    // (Gave FRA negotiates-with UN.)
    #expect(
      try builtInRelations(
        "French Foreign Minister Alain Juppe, who flew to New York for the vote, told the Security Council that time was short.",
        date: "2011-03-18"
      ).isEmpty)
  }

  @Test func purposeStillMeets() throws {
    // guard: with no comma between, the one the journey is for is met.
    #expect(
      try builtInRelations(
        "US envoy Bill Richardson, who flew to Lubumbashi last week to persuade rebel leader Laurent Kabila to attend, said Washington wanted a peaceful exit.",
        date: "1997-05-01"
      ).contains("USA negotiates-with COD_AFDL"))
  }

  @Test func itsOwnPeople() throws {
    // (Gave LBY strikes FRA and LBY opposes FRA, hypothetical.)
    #expect(
      try builtInRelations(
        "French Foreign Minister Alain Juppe accused the Libyan regime of crushing its own people.",
        date: "2011-03-18") == ["FRA opposes LBY"])
  }
}
