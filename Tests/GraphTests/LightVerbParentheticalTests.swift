import Foundation
import Testing

@testable import Graph

/// Arabic: a parenthetical of time or place between a light verb's subject and its verbal
/// noun ("أعلنت مصر، في بيان، دعمها للسودان"): the noun is the verb's, its subject the source.
@Suite("Arabic: a parenthetical between a light verb's subject and its noun")
struct LightVerbParentheticalTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2025-05-10")
  }

  @Test func aStanceNounPastTheParenthetical() throws {
    // (Was nothing: "دعمها" read as the verb "supported it".)
    #expect(try relations("أعلنت مصر، في بيان، دعمها للسودان.") == ["EGY supports SDN"])
    // "خلال" opens a parenthetical too. (Was nothing.)
    #expect(
      try relations("وأعلنت قطر، خلال مؤتمر صحفي، إدانتها للهجوم الإيراني.") == [
        "QAT opposes IRN"
      ])
  }

  @Test func aPlaceInsideIsNoSubject() throws {
    // (Was nothing.) Doha, a place inside the parenthetical, is no possessor of "دعمها".
    #expect(
      try relations("وأعلنت مصر، في مؤتمر صحفي في الدوحة، دعمها للبنان.") == [
        "EGY supports LBN"
      ])
  }

  @Test func aVerbalNounOfLeaving() throws {
    // (Was nothing.)
    #expect(try relations("أعلنت مالي، في بيان، انسحابها من إيكواس.") == ["MLI opposes ECOWAS"])
    // The whole coordinated subject. (Was the joint statement alone.)
    #expect(
      try relations(
        "أعلنت مالي وبوركينا فاسو والنيجر، في بيان مشترك بثه التلفزيون الرسمي، انسحابها الفوري من إيكواس."
      ) == [
        "MLI negotiates-with BFA", "MLI negotiates-with NER", "BFA negotiates-with NER",
        "MLI opposes ECOWAS", "BFA opposes ECOWAS", "NER opposes ECOWAS",
      ])
  }

  @Test func aCommaRightAfterTheSubject() throws {
    // Guard: no parenthetical, the comma alone.
    #expect(
      try relations("أعلنت سرايا القدس، مسؤوليتها عن الهجوم على إسرائيل.") == ["PIJ strikes ISR"])
  }
}
