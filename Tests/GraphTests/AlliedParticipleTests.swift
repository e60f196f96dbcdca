import Foundation
import Testing

@testable import Graph

/// Arabic: "المتحالفة مع" (allied with) is a participle of support, as "الموالية لـ" is: the
/// actor it describes supports the one after "مع".
@Suite("Relations: the Arabic participle of alliance")
struct AlliedParticipleTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-09-26")
  }

  @Test func theDescribedActorSupportsItsAlly() throws {
    // (Was no relation.)
    #expect(
      try relations(
        "أعلنت القوة المشتركة لحركات الكفاح المسلح المتحالفة مع الجيش السوداني أنها صدت الهجوم.")
        == ["SDN_JOINT_FORCE supports SDN"])
  }

  @Test func noActorDescribedNoRelation() throws {
    // Guard: "الفصائل" names no actor.
    #expect(
      try relations("قاتلت الفصائل المتحالفة مع تركيا قوات سوريا الديمقراطية.").allSatisfy {
        !$0.contains("supports")
      })
  }
}
