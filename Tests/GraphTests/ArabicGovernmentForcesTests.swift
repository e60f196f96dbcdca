import Testing

@testable import Graph

/// Arabic: "القوات الحكومية" (government forces) are the forces of the government the document
/// named ("حكومة سيراليون", "الحكومة السيراليونية", "لحكومة الرئيس أحمد تيجان كباح"), not of
/// the state it named most.
@Suite("Arabic: government forces")
struct ArabicGovernmentForcesTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2000-05-08").sorted()
  }

  @Test func governmentForcesAreTheNamedGovernments() throws {
    // (Each gave SLE_RUF strikes GBR: Britain was named most.)
    #expect(
      try relations(
        "أكدت لندن دعمها لحكومة سيراليون في مواجهة المتمردين. وقال وزير الخارجية البريطاني إن لندن ستساعد. وهاجمت الجبهة الثورية المتحدة مواقع للقوات الحكومية."
      ) == ["SLE_RUF strikes SLE"])
    #expect(
      try relations(
        "أكدت لندن دعمها للحكومة السيراليونية. وقال وزير الخارجية البريطاني إن لندن ستساعد. وهاجمت الجبهة الثورية المتحدة مواقع القوات الحكومية."
      ) == ["GBR supports SLE", "SLE_RUF strikes SLE"])
    #expect(
      try relations(
        "أكدت لندن دعمها لحكومة الرئيس أحمد تيجان كباح في مواجهة المتمردين. وزار وزير الخارجية البريطاني لندن. وهاجمت الجبهة الثورية المتحدة مواقع للقوات الحكومية."
      ) == ["GBR supports SLE", "SLE_RUF strikes SLE"])
  }
}
