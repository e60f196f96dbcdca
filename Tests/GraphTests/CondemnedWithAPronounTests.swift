import Foundation
import Testing

@testable import Graph

/// An Arabic condemnation whose pronoun stands for the attack the sentence before told ("كما
/// دانتها سلطنة عمان").
@Suite("Arabic: a condemnation of the attack told just before, by a pronoun")
struct CondemnedWithAPronounTests {
  @Test func thePronounIsTheAttackBefore() throws {
    #expect(
      try builtInRelations(
        "ودانت المملكة العربية السعودية الاعتداءات الإسرائيلية على إيران. كما دانتها سلطنة عمان.",
        date: "2025-06-13"
      ).sorted() == ["ISR strikes IRN", "OMN opposes ISR", "SAU opposes ISR"])
    #expect(
      try builtInRelations("شنت إسرائيل غارات على لبنان. ودانتها مصر.", date: "2025-06-13")
        .sorted() == ["EGY opposes ISR", "ISR strikes LBN"])
  }
}
