import Testing

@testable import Graph

/// A protest lodged with a state ("قدمت فيتنام احتجاجا رسميا لدى الصين", "سجلت الجزائر
/// احتجاجها لدى فرنسا") opposes it; "لدى" is otherwise a word of place.
@Suite("Arabic: a protest lodged with a state")
struct ProtestLodgedWithTests {
  @Test func lodgedWith() throws {
    #expect(
      try builtInRelations("وقدمت فيتنام احتجاجا رسميا لدى الصين على الحادث.", date: "2011-06-01")
        == ["VNM opposes CHN"])
    #expect(
      try builtInRelations("وسجلت الجزائر احتجاجها لدى فرنسا.", date: "2021-10-03")
        == ["DZA opposes FRA"])
  }
}
