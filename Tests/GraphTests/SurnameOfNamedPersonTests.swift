import Testing

@testable import Graph

/// A surname alone that the gazetteer gives another person ("عمروف", Rustem Umerov) is the
/// person the document named in full by it ("دوكو عمروف", Doku Umarov).
@Suite("A surname of the person named in full")
struct SurnameOfNamedPersonTests {
  func relations(_ text: String, date: String = "2010-04-01") throws -> [String] {
    try builtInRelations(text, date: date).sorted()
  }

  @Test func theDocumentsPersonWins() throws {
    // (Gave UKR opposes RUS: the bare surname was Ukraine's defence minister.)
    #expect(
      try relations(
        "تبنى زعيم المتمردين دوكو عمروف التفجيرين. وقال عمروف إن الهجومين جاءا ردا على روسيا، متوعدا الروس بالحرب."
      ) == ["CAUCASUS_EMIRATE opposes RUS"])
  }

  @Test func theGazetteersPersonStaysWhenNamed() throws {
    // Guards: the gazetteer's person named in full keeps the surname; a word read with a
    // proclitic ("كلينتون" is no "ك" and a surname) stays as the matcher read it.
    #expect(
      try relations(
        "قال وزير الدفاع الأوكراني رستم عمروف إن كييف ستواصل القتال. وانتقد عمروف روسيا.",
        date: "2024-01-10") == ["UKR opposes RUS"])
    #expect(
      try relations("بحضور الرئيس الأمريكي بيل كلينتون. وانتقد كلينتون إيران.", date: "1993-09-14")
        == ["USA opposes IRN"])
  }
}
