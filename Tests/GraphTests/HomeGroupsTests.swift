import Foundation
import Testing

@testable import Graph

/// A group or body of one state (gazetteer key `home`) is named by its ambiguous forms in a
/// report on that state: "المعارضة" and "the opposition" after the Venezuelan government are
/// the Venezuelan opposition, "التحالف" in a report on Yemen the Saudi-led coalition.
@Suite("Actors: a group named by its home state")
struct HomeGroupsTests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-06-01").sorted()
  }

  @Test func theStateNamedBeforeTheFormIsItsHome() throws {
    #expect(
      try relations("اتهمت الحكومة الفنزويلية المعارضة بالتخطيط لانقلاب.") == [
        "VEN opposes VEN_OPP"
      ])
    #expect(
      try relations("The Venezuelan government accused the opposition of plotting a coup.") == [
        "VEN opposes VEN_OPP"
      ])
    #expect(
      try relations("Maduro's government and the opposition resumed talks in Mexico.") == [
        "VEN negotiates-with VEN_OPP"
      ])
    #expect(try relations("اعتقلت الشرطة الروسية زعيم المعارضة.") == ["RUS opposes RUS_OPP"])
    // Another group of the same home names it too.
    #expect(
      try relations("أعلنت حكومة الوحدة الوطنية الليبية رفضها لقرار مجلس النواب.") == [
        "LBY_GNU opposes LBY_HOR"
      ])
  }

  @Test func theDocumentsMainStateIsItsHome() throws {
    #expect(
      try relations("قصفت قوات النظام السوري مدينة إدلب. واتهمت المعارضة روسيا بدعم النظام.")
        .contains("SYR_OPP opposes RUS"))
    #expect(
      try relations(
        "قصفت قوات النظام السوري مدينة إدلب. The opposition accused Russia of war crimes.")
        == ["SYR_OPP opposes RUS"])
    #expect(
      try relations(
        "قالت الحكومة اليمنية إن الحوثيين هاجموا مواقعها في مأرب. وشن التحالف غارات على مواقع الحوثيين في صنعاء."
      ) == ["SAUDI_COALITION strikes HOUTHIS"])
    #expect(
      try relations(
        "قالت الحكومة اليمنية إن قواتها صدت هجوما في أبين. واتهمت الحكومة المجلس الانتقالي بالانقلاب على اتفاق الرياض."
      ) == ["YEM opposes STC"])
    #expect(
      try relations(
        "أعلنت الحكومة السودانية أن القوة المشتركة صدت هجوما لقوات الدعم السريع على الفاشر.")
        == ["RSF strikes SDN_JOINT_FORCE", "SDN_JOINT_FORCE strikes RSF"])
  }

  @Test func aNisbaAStanceOrNoStateLeavesTheWordAlone() throws {
    // Guards: another state's opposition, a stance of opposition, no state named at all.
    #expect(
      try relations("قصفت قوات النظام السوري مدينة إدلب. وانتقدت المعارضة التركية روسيا.") == [])
    #expect(
      try relations(
        "Syrian troops shelled Idlib. The opposition to the plan angered Turkey.") == [])
    #expect(try relations("انتقدت المعارضة الحكومة.") == [])
  }

  @Test func oneWordMayStandAfterThe() throws {
    // "the opposition National Unity Government": a lower-case word between "the" and a form
    // of capitalised words. (Was no relation.)
    #expect(
      try relations(
        "Myanmar's military fought the Three Brotherhood Alliance. The opposition National Unity Government said it supported the alliance's campaign."
      ).contains("NUG_MMR supports THREE_BROTHERHOOD"))
  }

  @Test func theWorkersPartyIsThePKKInATurkishStory() throws {
    #expect(
      try relations(
        "ودعت بغداد إلى عدم الانجرار وراء دعاية حزب العمال الكردستاني. وتشن تركيا منذ أبريل الماضي عملية عسكرية واسعة ضد مسلحي حزب العمال في شمال العراق."
      ) == ["TUR strikes PKK"])
    #expect(try relations("وتشن تركيا عملية عسكرية ضد حزب العمال.") == ["TUR strikes PKK"])
    // guard: Britain's Labour Party (a nisba after the form) is no PKK.
    #expect(try relations("وفاز حزب العمال البريطاني في الانتخابات وانتقد تركيا.") == [])
  }

  @Test func theTransitionalCouncilInALibyanStory() throws {
    // (Gave nothing of the council: "المجلس الوطني الانتقالي" alone is ambiguous.)
    let found = try builtInRelations(
      "قصفت طائرات فرنسية مواقع لقوات القذافي في ليبيا. ورحب المجلس الوطني الانتقالي في بنغازي بالضربات الفرنسية.",
      date: "2011-03-19")
    #expect(found.contains("LBY_NTC supports FRA"))
  }

  @Test func aUsersFileMayGiveAGroupAHome() throws {
    let line =
      #"{"code":"BLR_OPP","kind":"other","name":"Belarusian opposition","names":["Belarusian opposition"],"ambiguous_names":["المعارضة"],"home":"BLR"}"#
    let entry = try #require(GazetteerLine.entry(line))
    #expect(entry.home == "BLR")
    #expect(entry == GazetteerLineTests.decoded(line))
    let ex = try Extractor.standard(extraActors: [entry])
    let found = ex.extract(
      Document(id: "t", text: "اعتقلت السلطات البيلاروسية عددا من قادة المعارضة.", date: nil))
    #expect(
      found.map { "\($0.source) \($0.relation.rawValue) \($0.target)" } == [
        "BLR opposes BLR_OPP"
      ])
  }
}
