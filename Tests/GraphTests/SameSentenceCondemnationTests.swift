import Foundation
import Testing

@testable import Graph

/// Arabic: a condemnation in a later clause of the sentence that told the attack
/// ("... غارة إسرائيلية استهدفت قياديين في حماس، ودانت قطر ومصر الهجوم") opposes its agent, as a
/// condemnation in the next sentence does.
@Suite("Arabic: a condemnation in the attack's own sentence")
struct SameSentenceCondemnationTests {
  @Test func aLaterClauseCondemns() throws {
    // (Each was the strike alone.)
    #expect(
      try builtInRelations(
        "وجاء ذلك بعد يومين من غارة إسرائيلية استهدفت قياديين في حركة حماس في بيروت، ودانت قطر ومصر الهجوم.",
        date: "2024-01-04")
        == ["ISR strikes HAMAS", "QAT opposes ISR", "EGY opposes ISR"])
    #expect(
      try builtInRelations(
        "وقتلت القوات الأمريكية قياديا في حركة الشباب بغارة جوية في الصومال، ودانت الحكومة الكينية الهجوم.",
        date: "2019-05-10") == ["USA strikes SHABAAB", "KEN opposes USA"])
  }
}
