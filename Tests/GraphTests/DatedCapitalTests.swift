import Foundation
import Testing

@testable import Graph

/// Capitals whose holder changed, as metonyms: "صنعاء" is the Yemeni state before the Houthis
/// took it (2014-09-21) and the Houthis after; "Kabul" is Afghanistan's republic before the
/// Taliban took it (2021-08-15) and the Taliban after.
@Suite("Gazetteer: a capital whose holder changed")
struct DatedCapitalTests {
  @Test func sanaaAfterSeptember2014IsTheHouthis() throws {
    // (Was nothing: the form was ambiguous.)
    #expect(
      try builtInRelations(
        "شنت مقاتلات إسرائيلية غارات على ميناء الحديدة ومطار صنعاء.", date: "2025-05-06")
        == ["ISR strikes HOUTHIS"])
  }

  @Test func sanaaBeforeIsTheState() throws {
    // (Was nothing.)
    #expect(
      try builtInRelations("قصفت طائرات أمريكية صنعاء.", date: "2012-05-06") == ["USA strikes YEM"])
  }

  @Test func kabulAfterAugust2021IsTheTaliban() throws {
    // (Was PAK opposes AFG.)
    #expect(
      try builtInRelations("Islamabad accused Kabul of sheltering militants.", date: "2025-10-19")
        == ["PAK opposes TALIBAN"])
    // guard: before, the republic.
    #expect(
      try builtInRelations("Islamabad accused Kabul of sheltering militants.", date: "2019-10-19")
        == ["PAK opposes AFG"])
  }

  @Test func theTripoliGovernmentAfterMarch2021IsTheGNU() throws {
    // (Was TUR supports GNA: the GNA left office in March 2021.)
    #expect(
      try builtInRelations(
        "Turkey, the main ally of the Tripoli government, expressed concern.", date: "2025-05-14")
        == ["TUR supports LBY_GNU"])
    // guard: before, the GNA.
    #expect(
      try builtInRelations(
        "Turkey, the main ally of the Tripoli government, expressed concern.", date: "2019-05-14")
        == ["TUR supports GNA"])
  }
}
