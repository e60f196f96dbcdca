import Foundation
import Testing

@testable import Graph

/// Arabic: giving another a time limit to leave or comply ("أمهلت X Y ... ساعة لمغادرة البلاد")
/// opposes it.
@Suite("Arabic: a time limit given")
struct ArabicTimeLimitTests {
  @Test func aTimeLimitOpposes() throws {
    // (Each was nothing.)
    #expect(
      try builtInRelations(
        "وأمهلت الحكومة المالية السفير الفرنسي 72 ساعة لمغادرة البلاد.", date: "2022-01-31")
        == ["MLI opposes FRA"])
    #expect(
      try builtInRelations(
        "وأمهل المجلس العسكري في النيجر القوات الفرنسية شهرا للانسحاب.", date: "2023-08-05")
        == ["NER opposes FRA"])
  }
}
