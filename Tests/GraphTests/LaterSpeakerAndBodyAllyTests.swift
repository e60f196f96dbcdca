import Foundation
import Testing

@testable import Graph

/// A verb with و that opens a sentence takes no speaker named later in it ("ودانت X الهجوم،
/// وأكدت واشنطن ..."), and an ally "in" a body ("حليفها في الناتو") is one of its members, not
/// the body.
@Suite("Arabic: a speaker named later; an ally in a body")
struct LaterSpeakerAndBodyAllyTests {
  @Test func aLaterSpeakerIsNoSubject() throws {
    // (Was USA opposes NATO and USA opposes EU.)
    #expect(
      try builtInRelations(
        "ودانت الولايات المتحدة وحلف شمال الأطلسي والاتحاد الأوروبي الهجوم على الشركة، وأكدت واشنطن وقوفها إلى جانب حليفها.",
        date: "2024-10-24"
      ).isEmpty)
  }

  @Test func anAllyInABody() throws {
    // (Was NATO supports USA.)
    #expect(
      try builtInRelations(
        "وأكدت واشنطن وقوفها إلى جانب \"حليفها في الناتو\".", date: "2024-10-24"
      ).isEmpty)
    // guard: "داعميه في موسكو" names the capital for its government.
    #expect(
      try builtInRelations("وانتقد حفتر داعميه في موسكو.", date: "2019-10-24")
        .contains("RUS supports LNA"))
  }
}
