import Testing

@testable import Graph

/// Arabic: "المجموعة" names again the body whose name it heads ("المجموعة الاقتصادية لدول غرب
/// أفريقيا") when a name follows it ("وانتقدت المجموعة النيجر": another argument, no adjective)
/// or an indefinite noun ("وفرضت المجموعة عقوبات": with the article it counts nothing).
@Suite("Relations: a body named again by its head noun")
struct BodyNamedByHeadNounTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2023-08-01")
  }

  @Test func theCommunityIsTheBodyNamedBefore() throws {
    #expect(
      try relations(
        "وأمهلت المجموعة الاقتصادية لدول غرب أفريقيا قادة الانقلاب أسبوعا. وفرضت المجموعة عقوبات اقتصادية على نيامي."
      ) == ["ECOWAS opposes NER"])
    #expect(
      try relations(
        "وأمهلت المجموعة الاقتصادية لدول غرب أفريقيا قادة الانقلاب أسبوعا. وانتقدت المجموعة النيجر."
      )
        == ["ECOWAS opposes NER"])
    // guard: a quantity noun with no article still counts the act.
    #expect(try relations("وفرضت بريطانيا حزمة عقوبات على روسيا.") == ["GBR opposes RUS"])
  }
}
