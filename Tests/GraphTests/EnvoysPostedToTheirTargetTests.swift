import Foundation
import Testing

@testable import Graph

/// An envoy posted to a body ("السفير الأمريكي لدى الأمم المتحدة") who speaks of that body or its
/// chief: the post is part of the envoy's title, and the body or person named after it is still
/// the object (the matcher used to join the two names of one code, and the verb rule to read the
/// person after the post as the envoy's own name).
@Suite("Relations: envoys posted to their target")
struct EnvoysPostedToTheirTargetTests {
  @Test func theBodyOrItsChiefAfterThePostIsTheObject() throws {
    #expect(
      try builtInRelations("انتقد السفير الأمريكي لدى الأمم المتحدة أنان", date: "2006-08-01")
        == ["USA opposes UN"])
    #expect(
      try builtInRelations("رفض السفير الأمريكي في مجلس الأمن اقتراح أنان", date: "2006-08-01")
        == ["USA opposes UN"])
    #expect(
      try builtInRelations(
        "انتقد سفير إسرائيل لدى الأمم المتحدة تصريحات أنان", date: "2006-08-01")
        == ["ISR opposes UN"])
    // guard: the post itself is no party.
    #expect(
      try builtInRelations(
        "انتقد السفير الروسي لدى الأمم المتحدة الولايات المتحدة", date: "2006-08-01")
        == ["RUS opposes USA"])
  }
}
