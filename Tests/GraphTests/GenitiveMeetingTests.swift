import Testing

@testable import Graph

/// Arabic: a meeting noun in construct after "بعد", "عقب", "خلال" or first in the sentence: its
/// genitive met the one named after it as object, with ب or as a counterpart ("بعد لقاء وزير
/// الخارجية المصري نظيره التركي").
@Suite("Meetings named by a noun in construct")
struct GenitiveMeetingTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-06-01").sorted()
  }

  @Test func theGenitiveMeetsTheOneAfterIt() throws {
    // (Each gave nothing.)
    #expect(
      try relations("وجاء القرار بعد لقاء وزير الخارجية المصري نظيره التركي.") == [
        "EGY negotiates-with TUR"
      ])
    #expect(
      try relations("وجاء القرار بعد لقاء وزير الخارجية المصري ونظيره التركي.") == [
        "EGY negotiates-with TUR"
      ])
    #expect(
      try relations("وجاء القرار عقب اجتماع الرئيس المصري بنظيره التركي.") == [
        "EGY negotiates-with TUR"
      ])
    #expect(
      try relations("لقاء جمع وزير الخارجية المصري بنظيره التركي في أنقرة.") == [
        "EGY negotiates-with TUR"
      ])
  }

  @Test func callsToTitledPeopleAreTheSubjects() throws {
    // Guards: the calls went to those after ب; they did not call each other.
    #expect(
      try relations("وأجرى وزير الخارجية الأمريكي اتصالين بالرئيس الباكستاني ونظيره الهندي.") == [
        "USA negotiates-with IND", "USA negotiates-with PAK",
      ])
    #expect(
      try relations("وأجرى وزير الخارجية السعودي اتصالين هاتفيين بنظيريه الهندي والباكستاني.")
        == ["SAU negotiates-with IND", "SAU negotiates-with PAK"])
  }
}
