import Testing

@testable import Graph

/// Arabic: talks with two counterparts ("اتصالين هاتفيين بنظيريه الهندي والباكستاني") pair the
/// caller with each; the counterparts are no subject of a purpose noun after them ("لبحث"), and
/// no name after a title; the caller is the light verb's own subject ("فيما أجرى وزير الخارجية
/// السعودي ..."), past a title of two words before a name.
@Suite("Relations: two counterparts")
struct CounterpartPairTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2025-05-07")
  }

  @Test func eachCounterpartMeetsTheCaller() throws {
    #expect(
      try relations("وأجرى وزير الخارجية السعودي اتصالا هاتفيا بنظيريه الهندي والباكستاني.") == [
        "SAU negotiates-with IND", "SAU negotiates-with PAK",
      ])
    // guard: (the counterparts, no name after the title, as before by another reading).
    #expect(
      try relations("والتقى وزير الخارجية السعودي بنظيريه الهندي والباكستاني.") == [
        "SAU negotiates-with IND", "SAU negotiates-with PAK",
      ])
    #expect(
      try relations("وعقد الرئيس المصري لقاءين منفصلين مع الرئيس الإماراتي وملك الأردن.") == [
        "EGY negotiates-with ARE", "EGY negotiates-with JOR",
      ])
  }

  @Test func counterpartsAreNoSubjectOfAPurposeNoun() throws {
    #expect(
      try relations(
        "وأجرى وزير الخارجية السعودي اتصالين هاتفيين بنظيريه الهندي والباكستاني لبحث سبل التهدئة.")
        == ["SAU negotiates-with IND", "SAU negotiates-with PAK"])
    // guard: a coordinated subject before the purpose noun still meets.
    #expect(
      try relations("واجتمع الرئيسان الروسي والتركي لبحث الأوضاع في سوريا.") == [
        "RUS negotiates-with TUR"
      ])
  }

  @Test func theCallerIsTheLightVerbsOwnSubject() throws {
    #expect(
      try relations(
        "ودعت الصين البلدين الجارين إلى ضبط النفس، فيما أجرى وزير الخارجية السعودي الأمير فيصل بن فرحان اتصالين هاتفيين بنظيريه الهندي والباكستاني لبحث سبل التهدئة."
      ) == ["SAU negotiates-with IND", "SAU negotiates-with PAK"])
    #expect(
      try relations(
        "ودعت الصين إلى ضبط النفس، فيما أجرى وزير الخارجية السعودي اتصالا بنظيره الهندي.")
        == ["SAU negotiates-with IND"])
  }

  @Test func theCounterpartNamedAfterTheNisba() throws {
    // (Gave nothing: the nisba and the name after it are one mention, a name.)
    #expect(
      try builtInRelations(
        "أجرى الرئيس التركي رجب طيب أردوغان اتصالا هاتفيا بنظيره الروسي فلاديمير بوتين.",
        date: "2024-07-20") == ["TUR negotiates-with RUS"])
    #expect(
      try builtInRelations(
        "وأجرى وزير الخارجية السوداني علي كرتي اتصالا هاتفيا بنظيره المصري محمد كامل عمرو لبحث التطورات.",
        date: "2012-04-20") == ["SDN negotiates-with EGY"])
  }
}
