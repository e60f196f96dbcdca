import Testing

@testable import Graph

/// Arabic: where a meeting or a signing took place, "في العاصمة الفنلندية هلسنكي" (a head of
/// place, its nisba and the city), is no partner of it.
@Suite("Meetings in a capital named by its state's nisba")
struct MeetingCapitalTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2005-08-16").sorted()
  }

  @Test func theCapitalIsWhereTheyMet() throws {
    // (Gave IDN and GAM negotiates-with FIN.)
    #expect(
      try relations(
        "وقعت الحكومة الإندونيسية وحركة آتشيه الحرة أمس في العاصمة الفنلندية هلسنكي مذكرة تفاهم.")
        == ["IDN negotiates-with GAM"])
    // (Gave EGY negotiates-with FRA.)
    #expect(
      try relations("التقى الرئيس المصري في العاصمة الفرنسية باريس نظيره التركي.") == [
        "EGY negotiates-with TUR"
      ])
  }
}
