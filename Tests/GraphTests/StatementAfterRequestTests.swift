import Testing

@testable import Graph

/// Arabic: "دعت مصر إلى التهدئة وأكدت دعمها للسلطة": a verb of stating with "و" (list
/// `stating_verb`) opens a statement of its own; the request before it does not make the
/// stance it states a hypothesis.
@Suite("Arabic: a statement after a request")
struct StatementAfterRequestTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2011-02-23").sorted()
  }

  @Test func theStatedStanceIsAFact() throws {
    // (Each gave the relation as a hypothesis.)
    #expect(
      try relations("دعت مصر إلى التهدئة وأكدت دعمها للسلطة الفلسطينية.") == ["EGY supports PSE"])
    #expect(
      try relations("ودعا مجلس الأمن إلى وقف إطلاق النار وأعرب عن دعمه لجهود آسيان.") == [
        "UN supports ASEAN"
      ])
    // Guard: a stance in a conditional's answer stays a hypothesis.
    #expect(
      try relations("إذا هاجمت إسرائيل لبنان فإن إيران ستعلن دعمها لحزب الله.") == [
        "IRN supports HEZBOLLAH ?", "ISR strikes LBN ?",
      ])
  }
}
