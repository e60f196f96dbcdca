import Foundation
import Testing

@testable import Graph

/// Written dates and time phrases between a verb, its subject and its object ("وأعلن العراق في
/// ديسمبر/كانون الأول النصر على", "وقصفت إسرائيل الأسبوع الماضي مواقع لحزب الله"): months in
/// their Gregorian, Levantine and Maghrebi names are time nouns, and the whole date is passed
/// over.
@Suite("Relations: written dates")
struct WrittenDatesTests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-06-01").sorted()
  }

  @Test func aDateWithTwoNamesOfItsMonthStandsBetweenTheSubjectAndTheAct() throws {
    #expect(
      try relations("وأعلن العراق في ديسمبر/كانون الأول النصر على تنظيم الدولة الإسلامية.")
        == ["IRQ opposes ISIS"])
    #expect(
      try relations("وكانت الولايات المتحدة فرضت في أغسطس/آب الماضي عقوبات على فنزويلا.")
        == ["USA opposes VEN"])
    #expect(
      try relations(
        "وكان الجيش السوداني قد شن في أكتوبر/تشرين الأول غارات على مواقع قوات الدعم السريع.")
        == ["SDN strikes RSF"])
    #expect(
      try relations("وفرض الاتحاد الأوروبي في فيفري الماضي عقوبات جديدة على روسيا.")
        == ["EU opposes RUS"])
    #expect(
      try relations(
        "وقد شنت قوات التحالف بقيادة السعودية في مارس/آذار 2015 عملية عسكرية ضد الحوثيين.")
        == ["SAUDI_COALITION strikes HOUTHIS"])
  }

  @Test func aDateStandsBetweenTheVerbAndItsObject() throws {
    #expect(
      try relations("وطردت فرنسا في أبريل/نيسان 2018 دبلوماسيين روسا.") == ["FRA opposes RUS"])
    #expect(
      try relations("واستهدفت القوات الروسية في مطلع مارس/آذار مدينة خاركيف الأوكرانية.")
        == ["RUS strikes UKR"])
    #expect(
      try relations("وهاجمت جماعة بوكو حرام في فبراير/شباط قاعدة للجيش النيجيري.")
        == ["BOKO_HARAM strikes NGA"])
    #expect(
      try relations("ودعمت تركيا في يناير/كانون الثاني حكومة الوفاق في طرابلس.")
        == ["TUR supports GNA"])
  }

  @Test func aBareTimePhraseIsPassedOver() throws {
    #expect(
      try relations("أعلن الجيش النيجيري الأسبوع الماضي انتصاره على جماعة بوكو حرام.")
        == ["NGA opposes BOKO_HARAM"])
    #expect(
      try relations("وفرضت الولايات المتحدة الشهر الماضي عقوبات على كوريا الشمالية.")
        == ["USA opposes PRK"])
    // Guard: "مارس" after its subject is the verb "practised", no month.
    #expect(
      try relations("ومارست الولايات المتحدة ضغوطا على إسرائيل لوقف الحرب.") == ["USA opposes ISR"])
  }
}
