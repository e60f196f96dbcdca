import Testing

@testable import Graph

/// Arabic: a verb of opposition whose object is a definite noun of an act (list
/// `clause_noun`: "الاتهامات", "العقوبات", "الاتفاق") opposes the actors of the act the
/// sentence before told; for accusations, the accusers.
@Suite("Relations: an Arabic reaction to the act told before")
struct ArabicActReactionTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-06-19")
  }

  @Test func theActorsOfTheActAreOpposed() throws {
    #expect(
      try relations(
        "اتهم السودان الإمارات بتزويد قوات الدعم السريع بالأسلحة. ورفضت الإمارات الاتهامات."
      ).contains("ARE opposes SDN"))
    #expect(
      try relations("فرضت الولايات المتحدة عقوبات على وزير رواندي. ورفضت رواندا العقوبات.") == [
        "USA opposes RWA", "RWA opposes USA",
      ])
    // guard: an act of force is read by the attack memory, not here.
    #expect(
      try relations("شنت إسرائيل غارات على غزة. ورفضت مصر الخطوة.") == ["ISR strikes PSE"])
  }

  @Test func aHeadAndATitleMayStandBeforeTheSubject() throws {
    // (Each gave the accusation only.)
    #expect(
      try relations(
        "اتهمت الحكومة الإيفوارية بوركينا فاسو بدعم المتمردين. ورفضت حكومة الرئيس بليز كومباوري الاتهامات."
      ) == ["CIV opposes BFA", "BFA opposes CIV"])
    #expect(
      try relations(
        "اتهمت الحكومة الإيفوارية بوركينا فاسو بدعم المتمردين. ورفضت حكومة بوركينا فاسو الاتهامات."
      ) == ["CIV opposes BFA", "BFA opposes CIV"])
  }
}
