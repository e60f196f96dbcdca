import Testing

@testable import Graph

/// A verdict on a decision or move of a plural description ("قرار الدول الأربع «غير مبرر»",
/// "the decision of the four countries was unjustified") judges each actor the description
/// refers to; "غير مبرر" and "unjustified" are verdicts.
@Suite("Verdicts on a decision of a described group")
struct GroupVerdictTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2017-06-06")
  }

  @Test func arabicFourStates() throws {
    let out = try relations(
      "قطعت السعودية والإمارات والبحرين ومصر علاقاتها مع قطر. وقالت الدوحة إن قرار الدول الأربع «غير مبرر»."
    )
    for code in ["SAU", "ARE", "BHR", "EGY"] {
      #expect(out.contains("QAT opposes \(code)"))
    }
  }

  @Test func arabicDual() throws {
    let out = try relations(
      "قطعت السعودية والإمارات علاقاتها مع قطر. وقالت وزارة الخارجية القطرية إن قرار الدولتين «غير مبرر»."
    )
    #expect(out.contains("QAT opposes SAU"))
    #expect(out.contains("QAT opposes ARE"))
  }

  @Test func arabicNamedAuthor() throws {
    // "غير مبرر" is a verdict: on a decision of named states, as "غير مقبول" was.
    #expect(
      try relations("وقالت وزارة الخارجية القطرية إن قرار السعودية والإمارات غير مبرر.")
        == ["QAT opposes SAU", "QAT opposes ARE"])
  }

  @Test func englishOfAndBy() throws {
    let four = try relations(
      "Saudi Arabia, the UAE, Bahrain and Egypt cut ties with Qatar. Turkey said the decision of the four countries was unjustified."
    )
    for code in ["SAU", "ARE", "BHR", "EGY"] {
      #expect(four.contains("TUR opposes \(code)"))
    }
    let two = try relations(
      "Saudi Arabia and the UAE cut ties with Qatar on Monday. Qatar said the move by the two countries was unjustified."
    )
    #expect(two.contains("QAT opposes SAU"))
    #expect(two.contains("QAT opposes ARE"))
  }

  @Test func onlyAJudgedDecision() throws {
    // guard: the description itself, with no decision of it, is not judged here.
    let ar = try relations(
      "قطعت السعودية والإمارات والبحرين ومصر علاقاتها مع قطر. وقالت الدوحة إن الدول الأربع «غير مبررة»."
    )
    #expect(!ar.contains("QAT opposes SAU"))
    // guard: with no group told before, nobody.
    #expect(try relations("Qatar said the decision of the two countries was unjustified.").isEmpty)
  }
}
