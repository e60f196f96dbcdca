import Foundation
import Testing

@testable import Graph

/// A veto of a text opposes the text's author (`VetoRule`): a name or nisba before the text's
/// noun ("a US-drafted resolution"), after it ("مشروع قرار أمريكي"), or after a verb of drafting
/// ("sponsored by France", "قدمته الجزائر"). A text with no author named gives nothing.
@Suite("Vetoes oppose the text's author")
struct VetoTests {
  @Test func englishCompoundAuthor() throws {
    // (Was nothing.)
    #expect(
      try builtInRelations(
        "Russia and China had vetoed a US-drafted resolution on Friday.", date: "2024-03-25")
        == ["RUS opposes USA", "CHN opposes USA"])
  }

  @Test func englishAuthorBeforeTheBodysName() throws {
    // (Each gave nothing: the body's name stood between the author and the noun.)
    #expect(
      try builtInRelations(
        "Russia vetoed a British-drafted U.N. Security Council resolution on Zimbabwe.",
        date: "2008-07-12") == ["RUS opposes GBR"])
    #expect(
      try builtInRelations(
        "China and Russia vetoed a U.S.-drafted U.N. Security Council resolution on Myanmar.",
        date: "2007-01-13") == ["CHN opposes USA", "RUS opposes USA"])
    // Guard: the body is no author.
    #expect(
      try builtInRelations(
        "The United States vetoed a U.N. Security Council resolution on Gaza.",
        date: "2008-07-12"
      ).isEmpty)
  }

  @Test func englishAuthorAfterBy() throws {
    // (Was nothing.)
    #expect(
      try builtInRelations(
        "Russia vetoed a resolution sponsored by France and Mexico.", date: "2022-02-25")
        == ["RUS opposes FRA", "RUS opposes MEX"])
  }

  @Test func arabicNisbaAuthor() throws {
    // (Was nothing.)
    #expect(
      try builtInRelations(
        "استخدمت روسيا والصين حق النقض ضد مشروع قرار أمريكي.", date: "2024-03-22")
        == ["RUS opposes USA", "CHN opposes USA"])
  }

  @Test func arabicDraftingVerb() throws {
    // (Was nothing.)
    #expect(
      try builtInRelations(
        "استخدمت الولايات المتحدة حق النقض (الفيتو) ضد مشروع قرار قدمته الجزائر.",
        date: "2024-02-20") == ["USA opposes DZA"])
  }

  @Test func noAuthorNoRelation() throws {
    // guard: the body voting and what the text says are no author.
    #expect(
      try builtInRelations(
        "The United States vetoed a resolution demanding a ceasefire.", date: "2024-02-20"
      ).isEmpty)
    #expect(
      try builtInRelations("China vetoed a UN resolution condemning Syria.", date: "2012-02-04")
        .isEmpty)
    #expect(
      try builtInRelations(
        "استخدمت إسرائيل طائرات مسيرة في قصف مواقع لحزب الله.", date: "2024-02-20"
      )
      .allSatisfy { !$0.contains("opposes") })
  }
}
