import Foundation
import Testing

@testable import Graph

/// Arabic: "في بيان" (and the other nouns of statement) right after a verb's subject is where
/// the subject speaks; the object comes after it ("واتهمت مصر في بيان إسرائيل بقصف غزة").
@Suite("Arabic: the object after a statement phrase")
struct StatementPhraseObjectTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2017-10-17")
  }

  @Test func objectAfterTheStatement() throws {
    // (Were nothing but the act charged: "بيان إسرائيل" read as a phrase of its own.)
    #expect(
      try relations("واتهمت مصر في بيان إسرائيل بقصف غزة.")
        == ["EGY opposes ISR", "ISR strikes PSE ?"])
    #expect(try relations("وانتقدت مصر في بيان لوزارة خارجيتها إسرائيل.") == ["EGY opposes ISR"])
    #expect(try relations("وحمّلت مصر في بيان إسرائيل المسؤولية.") == ["EGY opposes ISR"])
    // Three words after "بيان" (two, and a group's head before its name).
    #expect(
      try builtInRelations(
        "وحمّلت الحكومة السريلانكية في بيان رسمي أمس حركة نمور التاميل مسؤولية الاغتيال.",
        date: "2005-08-14") == ["LKA opposes LTTE"])
    // The full name "نمور تحرير تاميل إيلام".
    #expect(
      try builtInRelations(
        "واتهمت الحكومة السريلانكية حركة نمور تحرير تاميل إيلام بالاغتيال.", date: "2005-08-14")
        == ["LKA opposes LTTE"])
  }

  @Test func statementBeforeAClauseStaysUnread() throws {
    // Guard: a statement before "إن" reports a clause; the actor in it is no object.
    #expect(try relations("وقالت مصر في بيان إن إسرائيل تنتهك القانون.") == [])
  }
}
