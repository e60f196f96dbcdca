import Foundation
import Testing

@testable import Graph

/// Arabic: a verb of refusal before a verbal noun whose genitive is its object (list
/// `object_act`: "إدانة", "طرد", "تسليم") refuses an act done to the actor after it, which it
/// does not oppose: "ورفضت الصين إدانة روسيا", "رفضت طالبان تسليم بن لادن".
@Suite("Arabic: refusing to condemn, expel or hand over")
struct RefusedActOnObjectTests {
  @Test func refusedToCondemn() throws {
    // (Gave CHN opposes RUS.)
    let found = try builtInRelations("ورفضت الصين إدانة روسيا.", date: "2022-03-02")
    #expect(found.isEmpty)
  }

  @Test func refusedToHandOver() throws {
    // (Gave TALIBAN opposes AQ.)
    let found = try builtInRelations(
      "ورفضت طالبان تسليم بن لادن إلى الولايات المتحدة.", date: "2001-10-07")
    #expect(!found.contains("TALIBAN opposes AQ"))
  }

  @Test func refusedToExpelTheAmbassador() throws {
    // (Gave DZA opposes FRA.)
    let found = try builtInRelations("ورفضت الجزائر طرد السفير الفرنسي.", date: "2021-10-03")
    #expect(found.isEmpty)
  }

  @Test func refusedAnIntervention() throws {
    // Guard: a noun whose nisba is its author still opposes the author.
    let found = try builtInRelations("ورفضت مصر التدخل التركي في ليبيا.", date: "2020-01-02")
    #expect(found == ["EGY opposes TUR"])
  }
}
