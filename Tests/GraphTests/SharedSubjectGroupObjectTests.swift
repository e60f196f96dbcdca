import Testing

@testable import Graph

/// Past a comma, an Arabic verb with no subject of its own whose object is a plural
/// description takes the subject of the verb that opens the sentence ("ووصف X الوضع بأنه غير
/// مقبول، وحمّل البلدين المسؤولية"); a description in the nominative is the verb's own subject
/// ("ورحبت بها الحكومتان") (`pairsToGroupObject`).
@Suite("Arabic: a plural object of a verb that shares the opening subject")
struct SharedSubjectGroupObjectTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2009-01-08").sorted()
  }

  @Test func theOpeningSubjectBlamesBoth() throws {
    #expect(
      try relations(
        "اتهمت روسيا أوكرانيا بسرقة الغاز. ووصف الاتحاد الأوروبي الوضع بأنه غير مقبول، "
          + "وحمّل البلدين المسؤولية عن الانقطاع.")
        == ["EU opposes RUS", "EU opposes UKR", "RUS opposes UKR"])
    #expect(
      try relations(
        "وقعت بنغلاديش وميانمار اتفاقا لإعادة اللاجئين. وأعلنت الصين دعمها للخطة، وهنأت "
          + "البلدين.")
        == ["BGD negotiates-with MMR", "CHN supports BGD", "CHN supports MMR"])
  }

  /// guard: the nominative dual is the subject.
  @Test func aNominativeDescriptionIsNoObject() throws {
    #expect(
      try relations(
        "وقعت بنغلاديش وميانمار اتفاقا لإعادة اللاجئين. واقترحت الصين خطة لحل الأزمة، ورحبت "
          + "بها الحكومتان.")
        == ["BGD negotiates-with MMR"])
  }
}
