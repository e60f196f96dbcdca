import Foundation
import Testing

@testable import Graph

/// Forces sent at another's request back it: "Chad deployed troops to Mali at the request of
/// the Malian government", "بطلب من", "بناء على طلب من". Only with forces or their deployment
/// named before the request.
@Suite("Forces sent at another's request")
struct RequestedDeploymentTests {
  @Test func forcesSentAtARequest() throws {
    // (Each was nothing.)
    #expect(
      try builtInRelations(
        "Chad deployed troops to Mali at the request of the Malian government.",
        date: "2021-08-10") == ["TCD supports MLI"])
    #expect(
      try builtInRelations(
        "وانتشرت قوات كينية في الصومال بطلب من الحكومة الصومالية.", date: "2021-08-10")
        == ["KEN supports SOM"])
    #expect(
      try builtInRelations(
        "وأرسلت فرنسا قوة إلى مالي بناء على طلب من الرئيس المالي.", date: "2021-08-10")
        == ["FRA supports MLI"])
  }

  @Test func aMeetingAtARequestBacksNoOne() throws {
    // guard: no forces, no backing.
    #expect(
      try builtInRelations(
        "The UN Security Council held an emergency meeting at the request of France.",
        date: "2021-08-10"
      ).isEmpty)
    #expect(
      try builtInRelations("وعقد مجلس الأمن الدولي جلسة طارئة بطلب من فرنسا.", date: "2021-08-10")
        .isEmpty)
  }
}
