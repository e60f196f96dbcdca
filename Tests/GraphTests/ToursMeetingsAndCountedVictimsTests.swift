import Foundation
import Testing

@testable import Graph

/// A tour that lists its stops after a verb of including ("بجولة إقليمية شملت سوريا ولبنان"),
/// meetings in the plural ("لقاءات ... مع"), and counted victims of a verb of force, who are no
/// authors of the act named after them ("قتل جنديان أمريكيان بهجوم انتحاري استهدف ...").
@Suite("Relations: tours, meetings and counted victims")
struct ToursMeetingsAndCountedVictimsTests {
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
