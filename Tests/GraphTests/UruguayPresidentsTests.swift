import Testing

@testable import Graph

/// Gazetteer: Uruguay's presidents Tabare Vazquez (two terms, 2005-2010 and 2015-2020) and Luis
/// Lacalle Pou (2020-2025), beside Mujica and Orsi.
@Suite("Gazetteer: Uruguay's presidents")
struct UruguayPresidentsTests {
  @Test func vazquezInBothTerms() throws {
    // (Each gave nothing: the name was unknown.)
    #expect(
      try builtInRelations(
        "President Tabare Vazquez accused Argentina of breaching the treaty.", date: "2006-11-08")
        == ["URY opposes ARG"])
    #expect(
      try builtInRelations(
        "اتهم الرئيس الأوروغوياني تاباريه فاسكيز الأرجنتين بخرق المعاهدة.", date: "2016-05-04")
        == ["URY opposes ARG"])
  }

  @Test func lacallePou() throws {
    // (Gave nothing.)
    #expect(
      try builtInRelations("President Luis Lacalle Pou met Lula in Brasilia.", date: "2023-05-30")
        == ["URY negotiates-with BRA"])
  }
}
