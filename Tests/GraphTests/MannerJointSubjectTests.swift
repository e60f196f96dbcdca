import Testing

@testable import Graph

/// Arabic: a noun of joint action with ب and "مع" after a verb's object ("وهاجمت القوات الكينية
/// حركة الشباب بالتنسيق مع الجيش الصومالي") tells how the verb's subject acted: the subject,
/// not the object, coordinates with the actor after "مع".
@Suite("Arabic: in coordination with, after a verb's object")
struct MannerJointSubjectTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2012-09-30").sorted()
  }

  @Test func theSubjectCoordinates() throws {
    // (Each gave SHABAAB negotiates-with SOM.)
    #expect(
      try relations("وهاجمت القوات الكينية حركة الشباب بالتنسيق مع الجيش الصومالي.")
        == ["KEN negotiates-with SOM", "KEN strikes SHABAAB"])
    #expect(
      try relations("هاجمت القوات الكينية حركة الشباب بالتعاون مع الجيش الصومالي.")
        == ["KEN negotiates-with SOM", "KEN strikes SHABAAB"])
  }

  @Test func anAccusedActStaysTheAccused() throws {
    // Guards: the act charged to the one accused is theirs; a subject right before the noun
    // was read before.
    #expect(
      try relations(
        "وتتهم رواندا الجيش الكونغولي بالتعاون مع متمردي القوات الديمقراطية لتحرير رواندا.")
        == ["COD negotiates-with FDLR", "RWA opposes COD"])
    #expect(
      try relations("أكدت مصر بالتنسيق مع السعودية دعمها للسودان.")
        == ["EGY negotiates-with SAU", "EGY supports SDN"])
  }
}
