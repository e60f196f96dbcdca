import Foundation
import Testing

@testable import Graph

/// A tour that lists its stops after a verb of including ("بجولة إقليمية شملت سوريا ولبنان"),
/// meetings and agreements in the plural ("لقاءات ... مع", "الاتفاقيات بين"), a plan put forward
/// by the one whose plan is rejected ("رفضت إسرائيل الخطة التي قدمتها مصر"), and counted victims
/// of a verb of force, who are no authors of the act named after them ("قتل جنديان أمريكيان
/// بهجوم انتحاري استهدف ...").
@Suite("Relations: tours, meetings, plans and counted victims")
struct ToursMeetingsPlansAndCountedVictimsTests {
  @Test func aTourMeetsEachStateItIncludes() throws {
    #expect(
      try builtInRelations(
        "قام وزير الخارجية الإيراني بجولة إقليمية شملت سوريا ولبنان والأردن", date: "2006-08-01")
        == ["IRN negotiates-with SYR", "IRN negotiates-with LBN", "IRN negotiates-with JOR"])
    #expect(
      try builtInRelations("بدأ وزير الخارجية الأمريكي جولة تشمل مصر والأردن", date: "2006-08-01")
        == ["USA negotiates-with EGY", "USA negotiates-with JOR"])
    // guard: a round of an election is no tour.
    #expect(
      try builtInRelations(
        "فاز المرشح في الجولة الأولى من الانتخابات التي شملت محافظات عدة", date: "2006-08-01")
        == [])
  }

  @Test func meetingsInThePlural() throws {
    #expect(
      try builtInRelations(
        "وتناولت لقاءات الوزيرة كوندوليزا رايس مع المسؤولين الإسرائيليين الوضع في غزة",
        date: "2006-08-01") == ["USA negotiates-with ISR"])
  }

  @Test func agreementsInThePlural() throws {
    #expect(
      try builtInRelations(
        "يؤدي ذلك إلى نسف جميع الاتفاقيات بين جورجيا وأبخازيا", date: "2006-08-01")
        == ["GEO negotiates-with ABKHAZIA"])
  }

  @Test func aPlanPutForwardIsItsAuthors() throws {
    #expect(
      try builtInRelations("رفضت إسرائيل الخطة التي قدمتها مصر", date: "2006-08-01")
        == ["ISR opposes EGY"])
    #expect(
      try builtInRelations("رفضت روسيا الاقتراح الذي قدمته فرنسا", date: "2006-08-01")
        == ["RUS opposes FRA"])
    // guard: aid given has a donor, no author one opposes.
    #expect(
      try builtInRelations("رفضت إيران المساعدات التي قدمتها الولايات المتحدة", date: "2006-08-01")
        == [])
  }

  @Test func anOfferRejectedAndATopplingSought() throws {
    // (No verb "أطاح ب" yet: "أطاحت بنظامين منافسين لإيران" would oppose the actor after.)
    #expect(
      try builtInRelations("رفضت طالبان العرض الذي قدمته الحكومة الأفغانية", date: "2006-08-01")
        == ["TALIBAN opposes AFG"])
    #expect(
      try builtInRelations("دعت واشنطن إلى الإطاحة بالرئيس العراقي صدام حسين", date: "2002-08-01")
        == ["USA opposes IRQ"])
    #expect(
      try builtInRelations("تسعى الولايات المتحدة للإطاحة بنظام صدام حسين", date: "2002-08-01")
        == ["USA opposes IRQ"])
  }

  @Test func countedVictimsAreNoAuthors() throws {
    #expect(
      try builtInRelations(
        "قتل جنديان أمريكيان بهجوم انتحاري استهدف قاعدة للجيش العراقي", date: "2006-08-01") == [])
    // guard: the attack's own author still strikes them.
    #expect(
      try builtInRelations("قتل ثلاثة جنود أفغان في هجوم لحركة طالبان", date: "2006-08-01")
        == ["TALIBAN strikes AFG"])
  }
}
