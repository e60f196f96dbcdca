import Testing

@testable import Graph

/// Arabic: "ستقف إلى جانب" (will stand by), "نقف إلى جانب" and the plural forms support the
/// actor after them, as "تقف إلى جانب" does.
@Suite("Arabic: standing by an actor, future and plural forms")
struct StandBySideTests {
  @Test func futureAndPlural() throws {
    #expect(
      try builtInRelations("وأكد ماكرون أن فرنسا \"ستقف إلى جانب أرمينيا\".", date: "2023-09-20")
        == ["FRA supports ARM"])
    #expect(
      try builtInRelations(
        "وقال الوزير التركي إن بلاده ستقف إلى جانب أذربيجان.", date: "2023-09-20")
        == ["TUR supports AZE"])
  }

  @Test func presentAsBefore() throws {
    // guard: the present form, as before.
    #expect(
      try builtInRelations("وأكد ماكرون أن فرنسا تقف إلى جانب أرمينيا.", date: "2023-09-20")
        == ["FRA supports ARM"])
  }
}
