import Foundation
import Testing

@testable import Graph

/// Arabic descriptions of an intergovernmental body named before: "المنظمة الإقليمية",
/// "المنظمة الدولية" (the body named last), and "المجموعة" after a body whose name has that
/// head ("المجموعة الاقتصادية لدول غرب أفريقيا").
@Suite("Arabic descriptions of a body named before")
struct ArabicBodyAnaphoraTests {
  @Test func theRegionalOrganisation() throws {
    #expect(
      try builtInRelations(
        "أعلنت إيكواس قرارها. وفرضت المنظمة الإقليمية عقوبات اقتصادية صارمة على النيجر.",
        date: "2023-08-11"
      ) == ["ECOWAS opposes NER"])
    // guard: "المنظمة الدولية" is a name of the UN in the gazetteer.
    #expect(
      try builtInRelations(
        "أعلنت الأمم المتحدة قرارها. وانتقدت المنظمة الدولية روسيا بسبب الغارات.",
        date: "2023-08-11"
      ) == ["UN opposes RUS"])
  }

  @Test func theGroupWithTheNamesHead() throws {
    #expect(
      try builtInRelations(
        "أعلنت المجموعة الاقتصادية لدول غرب أفريقيا (إيكواس) قرارها. "
          + "وكانت المجموعة قد فرضت عقوبات اقتصادية صارمة على النيجر عقب الانقلاب.",
        date: "2023-08-11"
      ) == ["ECOWAS opposes NER"])
  }

  @Test func aStateIsNoOrganisation() throws {
    // guard: no body named, nothing to refer to.
    #expect(
      try builtInRelations(
        "أعلنت مصر قرارها. وفرضت المنظمة الإقليمية عقوبات على النيجر.", date: "2023-08-11"
      ).isEmpty)
  }
}
