import Foundation
import Testing

@testable import Graph

/// Officials of the 2000s added to the built-in gazetteer: Sergei and Igor Ivanov (Russia), Jack
/// Straw (Britain's foreign secretary, 2001-2006); a surname that is also a nisba ("السوداني",
/// Iraq's prime minister since 2022) after a counterpart.
@Suite("Actors: more officials")
struct MoreOfficialsTests {
  @Test func ivanovAndStrawNameTheirStates() throws {
    #expect(
      try builtInRelations(
        "التقى إيفانوف في موسكو مع رئيس هيئة الطاقة الذرية الإيرانية.", date: "2007-05-01")
        == ["RUS negotiates-with IRN"])
    #expect(
      try builtInRelations(
        "وأجرى سترو محادثات مع وزير الخارجية الإيراني في طهران.", date: "2004-05-01")
        == ["GBR negotiates-with IRN"])
    #expect(
      try builtInRelations(
        "Sergei Ivanov held talks with the Iranian foreign minister.", date: "2006-05-01")
        == ["RUS negotiates-with IRN"])
  }

  @Test func aCounterpartsNisbaThatIsAlsoASurname() throws {
    #expect(
      try builtInRelations("التقى الرئيس المصري نظيره السوداني في القاهرة.", date: "2006-05-01")
        == ["EGY negotiates-with SDN"])
    #expect(
      try builtInRelations("استقبل وزير الخارجية المصري نظيره السوداني.", date: "2024-05-01")
        == ["EGY negotiates-with SDN"])
  }
}
