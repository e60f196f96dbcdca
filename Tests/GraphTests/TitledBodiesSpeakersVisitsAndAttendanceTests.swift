import Foundation
import Testing

@testable import Graph

/// A body tied to a title by ب before the person's name ("وزير الخارجية بحكومة الوفاق محمد
/// سيالة"), a titled person coordinated after a noun of meeting ("مفاوضات سولانا ومسؤول الملف
/// النووي الإيراني علي لاريجاني"), the speaker's own visit ("زيارتي الى ايران", "قال X إن زيارته
/// إلى روسيا"), actors who attend a meeting together ("وجرى اللقاء بحضور X وY"), and unnamed
/// groups of a nation, who are not its state ("الجماعات الباكستانية"), and an agreement not
/// reached, which was still talked about ("لم تتوصل مصر إلى اتفاق مع إثيوبيا").
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

  @Test func unnamedGroupsOfANationAreNoState() throws {
    #expect(
      try builtInRelations(
        "تعتقد الهند أن الجماعات الباكستانية تنفذ هجمات إرهابية ضد أهداف هندية.", date: "2006-08-01"
      )
        == [])
    #expect(
      try builtInRelations(
        "شنت الجماعات السورية المسلحة هجوما على مواقع تركية.", date: "2006-08-01")
        == [])
    // guard: a group that is named acts.
    #expect(
      try builtInRelations("شنت حركة حماس هجوما على مواقع إسرائيلية.", date: "2006-08-01")
        == ["HAMAS strikes ISR"])
  }

  @Test func anAgreementNotReachedWasTalkedAbout() throws {
    #expect(
      try builtInRelations("لم تتوصل مصر إلى اتفاق مع إثيوبيا.", date: "2019-05-01")
        == ["EGY negotiates-with ETH"])
    #expect(
      try builtInRelations(
        "خافيير سولانا اقر بعدم التوصل لاتفاق مع طهران بشان تخصيب اليورانيوم.", date: "2006-08-01")
        == ["EU negotiates-with IRN"])
    #expect(
      try builtInRelations("The EU did not reach an agreement with Iran.", date: "2006-08-01")
        == ["EU negotiates-with IRN"])
    // guard: an agreement not signed stays denied.
    #expect(try builtInRelations("لم توقع مصر اتفاقا مع إثيوبيا.", date: "2019-05-01") == [])
  }

  @Test func theAsianDevelopmentBankIsAnActor() throws {
    #expect(
      try builtInRelations(
        "اعلن البنك الآسيوي للتنمية منح الصين قرضا بقيمة 200 مليون دولار لدعم بكين.",
        date: "2006-08-01") == ["ADB supports CHN"])
  }
}
