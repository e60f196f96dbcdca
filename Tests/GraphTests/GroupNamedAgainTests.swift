import Testing

@testable import Graph

/// Group descriptions ("الجماعة", "الحزب") refer back to a group named as a group: a person of
/// a party is none, and a group named again by a description is the group named last.
@Suite("Anaphora: the group named again")
struct GroupNamedAgainTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-11-27")
  }

  @Test func aPersonOfAPartyIsNoGroupNamed() throws {
    #expect(
      try relations(
        "دخل اتفاق وقف إطلاق النار بين إسرائيل وحزب الله حيز التنفيذ. وتوسط فيه المبعوث الأمريكي عبر اتصالات مع رئيس مجلس النواب نبيه بري. وقالت إسرائيل إنها استهدفت مقار للجماعة المدعومة من طهران."
      ).sorted() == [
        "IRN supports HEZBOLLAH", "ISR negotiates-with HEZBOLLAH", "ISR strikes HEZBOLLAH",
        "USA negotiates-with AMAL",
      ])
  }

  @Test func theDescriptionKeepsTheGroupNear() throws {
    #expect(
      try relations(
        "دخل اتفاق وقف إطلاق النار بين إسرائيل وحزب الله حيز التنفيذ. وقال ميقاتي إن الجيش سيعزز حضوره. ورحبت فرنسا بالاتفاق. وحذر نتنياهو من أن جيشه سيضرب بقوة إذا حاول الحزب إعادة التسلح. وقالت إسرائيل إنها استهدفت مقار للجماعة المدعومة من طهران."
      ).contains("IRN supports HEZBOLLAH"))
  }
}
