import Testing

@testable import Graph

/// Gazetteer: Charles Michel was Belgium's prime minister (2014-10-11 to 2019-10-27) before he
/// chaired the European Council; a report of 2016 names Belgium's.
@Suite("Gazetteer: Charles Michel's two offices")
struct CharlesMichelOfficesTests {
  @Test func theOfficeOfTheDay() throws {
    // (Gave FRA negotiates-with EU: the only entry was the European Council's, from 2019.)
    #expect(
      try builtInRelations(
        "French President Francois Hollande spoke with Prime Minister Charles Michel by telephone.",
        date: "2016-03-24") == ["FRA negotiates-with BEL"])
    // Guard: in 2021 he chairs the European Council.
    #expect(
      try builtInRelations("Charles Michel met Erdogan in Ankara.", date: "2021-04-06")
        == ["EU negotiates-with TUR"])
  }
}
