import Foundation
import Testing

@testable import Graph

/// An attack told before and named again by a bare noun ("وتأتي الغارات بعد أيام من ...") stays
/// the topic: a condemnation of it reaches as far from there as from where it was told.
@Suite("An attack named again stays the topic")
struct AttackNamedAgainTests {
  static let told =
    "شن الجيش الإسرائيلي غارات على العاصمة السورية. وقال وزير الدفاع الإسرائيلي إن الأمر بدأ. "
  static let after =
    " ودانت الخارجية السورية العدوان الإسرائيلي. وقال الرئيس السوري إن بلاده لن تتراجع. "
    + "وأعلن الوزير الأمريكي أن الأطراف اتفقت. ودانت كل من السعودية وقطر الغارات."

  @Test func namedAgainInASentenceWithNoActor() throws {
    let found = try builtInRelations(
      Self.told + "وتأتي الغارات بعد أيام من تصعيد في السويداء." + Self.after, date: "2025-07-17")
    #expect(found.contains("SAU opposes ISR") && found.contains("QAT opposes ISR"))
  }

  @Test func notNamedAgainTheCondemnationIsTooFar() throws {
    // guard: six sentences on, with no naming between, the bare noun reaches nothing.
    let found = try builtInRelations(
      Self.told + "وتحدث مسؤولون عن تصعيد في السويداء." + Self.after, date: "2025-07-17")
    #expect(!found.contains("SAU opposes ISR"))
  }
}
