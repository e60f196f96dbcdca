import Foundation
import Testing

@testable import Graph

/// Arabic: a woman ambassador recalled or summoned, "سفيرتها", "السفيرة", is an envoy as
/// "سفيرها" and "السفير" are (list `envoy`).
@Suite("Arabic: a woman ambassador recalled or summoned")
struct FemaleEnvoyTests {
  @Test func herAmbassadorRecalled() throws {
    // (Gave nothing.)
    let found = try builtInRelations(
      "وأعلنت الولايات المتحدة استدعاء سفيرتها في دمشق للتشاور.", date: "2005-02-15")
    #expect(found == ["USA opposes SYR"])
  }

  @Test func theAmbassadorSummoned() throws {
    // (Gave nothing.)
    let found = try builtInRelations(
      "جاء ذلك بعد استدعاء الهند السفيرة الباكستانية للاحتجاج على القصف.", date: "2019-02-27")
    #expect(found == ["IND opposes PAK"])
  }

  @Test func recalledByVerb() throws {
    // (Gave nothing.)
    let found = try builtInRelations(
      "واستدعت فرنسا سفيرتها لدى إيطاليا للتشاور.", date: "2019-02-07")
    #expect(found == ["FRA opposes ITA"])
  }
}
