import Testing

@testable import Graph

/// A title of rank after another title and what it belongs to ("العاهل السعودي الملك X",
/// "رئيس أركان الجيش في فيجي الأميرال X") is the same person's; a common noun of the lexicon
/// ("بالقوات") ends the name; "العاهل" and "أمير" are titles.
@Suite("Rank titles")
struct RankTitlesTests {
  @Test func aRankAfterTheFirstTitlesNisba() throws {
    // (Gave nothing: "الملك عبد الله" is two kings in 2008, and the name ran on into
    // "بالقوات".)
    #expect(
      try builtInRelations(
        "وأشاد العاهل السعودي الملك عبد الله بالقوات المسلحة اللبنانية.", date: "2008-09-20")
        == ["SAU supports LBN"])
    // (Gave nothing.)
    #expect(
      try builtInRelations(
        "وأشاد العاهل السعودي عبد الله بالقوات المسلحة اللبنانية.", date: "2008-09-20")
        == ["SAU supports LBN"])
  }

  @Test func theArmyInATitleTookPower() throws {
    // The coup's author is the state of the army named in its commander's title.
    // (Gave nothing.)
    #expect(
      try builtInRelations(
        "أعلن قائد الجيش في فيجي الأميرال فرانك باينيماراما أنه تولى السلطة في انقلاب عسكري. "
          + "ودانت أستراليا الانقلاب.", date: "2006-12-06") == ["AUS opposes FJI"])
    // Guard: a minister's title names no army.
    #expect(
      try builtInRelations(
        "أعلن وزير الخارجية في تايلاند أن انقلابا وقع. ودانت الولايات المتحدة الانقلاب.",
        date: "2006-09-20"
      ).isEmpty)
  }
}
