import Foundation
import Testing

@testable import Graph

/// A body tied to a title by ب before the person's name ("وزير الخارجية بحكومة الوفاق محمد
/// سيالة"), a titled person coordinated after a noun of meeting ("مفاوضات سولانا ومسؤول الملف
/// النووي الإيراني علي لاريجاني"), the speaker's own visit ("زيارتي الى ايران", "قال X إن زيارته
/// إلى روسيا") and actors who attend a meeting together ("وجرى اللقاء بحضور X وY").
@Suite("Relations: titled bodies, the speaker's visits and attendance")
struct TitledBodiesSpeakersVisitsAndAttendanceTests {
  @Test func aBodyAfterATitleWithBa() throws {
    #expect(
      try builtInRelations(
        "عقد المنسق الأعلى للسياسة الخارجية بالاتحاد الأوروبي خافيير سولانا اجتماعا مع لاريجاني.",
        date: "2006-08-01") == ["EU negotiates-with IRN"])
    #expect(
      try builtInRelations(
        "التقى وزير الخارجية بحكومة الوفاق محمد سيالة نظيره التركي في أنقرة.", date: "2019-05-01")
        == ["GNA negotiates-with TUR"])
    // guard: after a verb the ب is a preposition; the envoy is welcomed.
    #expect(
      try builtInRelations(
        "رحب وزير الخارجية التركي بالمبعوث الأممي غسان سلامة.", date: "2019-05-01")
        == ["TUR supports UN"])
  }

  @Test func aTitledPersonCoordinatedWithWa() throws {
    #expect(
      try builtInRelations(
        "وجرت مفاوضات سولانا ومسؤول الملف النووي الإيراني علي لاريجاني في برلين.",
        date: "2006-08-01") == ["EU negotiates-with IRN"])
    #expect(
      try builtInRelations(
        "وجرت مفاوضات سولانا ووزير الخارجية الإيراني منوشهر متكي في برلين.", date: "2006-08-01")
        == ["EU negotiates-with IRN"])
    #expect(
      try builtInRelations(
        "التقى الرئيس المصري ووزير الخارجية الأردني وفدا من الاتحاد الأوروبي.", date: "2019-05-01")
        == ["EGY negotiates-with EU", "JOR negotiates-with EU"])
  }

  @Test func theSpeakersOwnVisit() throws {
    #expect(
      try builtInRelations(
        "وقال الوزير التركي: \"إنه عرض جيد لإيران.\nخلال زيارتي إلى إيران في آب التقيت كل المسؤولين\".",
        date: "2006-08-01") == ["TUR negotiates-with IRN"])
    #expect(
      try builtInRelations("وقال الوزير التركي: \"زيارتنا لطهران ناجحة\".", date: "2006-08-01")
        == ["TUR negotiates-with IRN"])
    #expect(
      try builtInRelations("قال الرئيس المصري إن زيارته إلى روسيا كانت ناجحة.", date: "2019-05-01")
        == ["EGY negotiates-with RUS"])
  }

  @Test func actorsAttendingAMeetingTogether() throws {
    #expect(
      try builtInRelations(
        "وجرى اللقاء بحضور الرئيس التونسي وسفير فلسطين في تونس.", date: "2006-08-01")
        == ["TUN negotiates-with PSE"])
    #expect(
      try builtInRelations(
        "وجرى اللقاء بحضور المستشار الخاص للرئيس التونسي وسفير فلسطين.", date: "2006-08-01")
        == ["TUN negotiates-with PSE"])
    // guard: one actor attending meets nobody named.
    #expect(
      try builtInRelations("وجرى اللقاء بحضور وزير الخارجية المصري في القاهرة.", date: "2006-08-01")
        == [])
  }
}
