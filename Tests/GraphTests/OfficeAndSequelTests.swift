import Testing

@testable import Graph

/// A person's office as the text names it (a nisba before a person who held offices for several
/// actors), and a meeting named after "بعد"/"after" inside a request, which has happened.
@Suite("Relations: offices the text names, meetings before a request")
struct OfficeAndSequelTests {
  func relations(_ text: String, date: String) throws -> [String] {
    try builtInRelations(text, date: date)
  }

  @Test func theNisbaBeforeAPersonPicksTheOffice() throws {
    // Abdelilah al-Khatib was Jordan's foreign minister and, in 2011, the UN's Libya envoy: the
    // nisba says which, even on a date of the other office.
    let text = "دعا وزير الخارجية الأردني عبد الإله الخطيب بعد مشاورات مع أنان إلى إنهاء الحصار."
    #expect(try relations(text, date: "2006-08-20") == ["JOR negotiates-with UN"])
    #expect(try relations(text, date: "2011-06-01") == ["JOR negotiates-with UN"])
    // A nisba of another actor does not make a UN envoy Jordanian when he held no such office.
    #expect(
      try relations(
        "التقى المبعوث الأممي عبد الإله الخطيب وزير الخارجية الليبي.", date: "2011-06-01")
        == ["UN negotiates-with LBY"])
  }

  @Test func aMeetingBeforeARequestHappened() throws {
    #expect(
      try relations(
        "Egypt urged, after talks with Jordan, an end to the blockade.", date: "2018-06-01")
        == ["EGY negotiates-with JOR"])
    // What the request asks for has not happened, after "إلى"/"to" as before.
    #expect(
      try relations("دعت مصر إلى استئناف المفاوضات بعد محادثات مع الأردن.", date: "2018-06-01")
        == ["EGY negotiates-with JOR ?"])
    #expect(
      try relations("دعت مصر إلى عقد محادثات مع إسرائيل بعد الانتخابات.", date: "2018-06-01")
        == ["EGY negotiates-with ISR ?"])
  }

  @Test func theLatterAfterAComplementizer() throws {
    // "الأخير" after "أن" is the person named last, here Olmert.
    #expect(
      try relations(
        "وأفاد بيان صادر عن مكتب أولمرت أن الأخير أبلغ الأمين العام للأمم المتحدة كوفي أنان في اتصال هاتفي عن أسفه.",
        date: "2006-08-01") == ["ISR negotiates-with UN"])
    // After a noun it is an adjective: "in his last speech".
    #expect(
      try relations("وقال نتنياهو في خطابه الأخير إن حماس تهاجم إسرائيل.", date: "2018-06-01") == [
        "HAMAS strikes ISR"
      ])
  }
}
