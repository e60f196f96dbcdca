import Foundation
import Testing

@testable import Graph

/// Aid sent to a state with "إلى" ("قدمت اليابان مساعدات إنسانية إلى لبنان") and messages
/// between leaders ("تسلم الرئيس اليمني رسالة خطية من الرئيس السوري", "بعث X برقية تهنئة إلى
/// Y"), which are contact between their sides.
@Suite("Relations: aid sent and messages between leaders")
struct AidAndMessagesTests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2006-08-01").sorted()
  }

  @Test func aidSentToAStateSupportsIt() throws {
    #expect(try relations("وقدمت اليابان مساعدات الى لبنان.") == ["JPN supports LBN"])
    #expect(
      try relations("وأرسلت الإمارات مساعدات إنسانية إلى السودان.") == ["ARE supports SDN"])
  }

  @Test func aMessageIsContactBetweenItsSenderAndItsAddressee() throws {
    #expect(
      try relations("وتسلم الرئيس اليمني رسالة خطية من الرئيس السوري.")
        == ["YEM negotiates-with SYR"])
    #expect(
      try relations("وبعث الرئيس المصري حسني مبارك رسالة الى الرئيس اليمني.")
        == ["EGY negotiates-with YEM"])
    #expect(
      try relations("ونقل المبعوث القطري رسالة من امير قطر الى الرئيس السوداني.")
        == ["QAT negotiates-with SDN"])
    // Guards: an act called a message joins no one; a threat is no contact.
    #expect(
      try relations("واعتبر المصدر ان الاغتيالات كانت رسالة الى الجهاد الاسلامي وحماس.") == [])
    // (A threat sent to an actor opposes it, since the warning addressed "إلى" an actor.)
    #expect(
      try relations("ووجهت حركة طالبان رسالة تهديد الى الولايات المتحدة.")
        == ["TALIBAN opposes USA"])
  }

  @Test func aThingSentToActIsNoAidToTheOneActedOn() throws {
    #expect(try relations("Russia sent tanks to attack Ukraine.") == ["RUS strikes UKR ?"])
    #expect(try relations("Iran sent drones to strike Israel.") == ["IRN strikes ISR"])
  }
}
