import Foundation
import Testing

@testable import Graph

/// A denial of "any link" to an attack ("نفت طهران أي صلة لها بالهجوم") denies the attack: "أي"
/// and the noun it asks for stand between the denial and the cue.
@Suite("Arabic: a denied link to an attack")
struct DeniedLinksTests {
  @Test func anyLinkDenied() throws {
    // (Was IRN strikes JOR.)
    #expect(
      try builtInRelations(
        "ونفت طهران أي صلة لها بالهجوم على القاعدة في الأردن.", date: "2024-02-03"
      ).isEmpty)
    // (Was IRN strikes USA.)
    #expect(
      try builtInRelations(
        "ونفت إيران أي علاقة لها بالهجوم على القوات الأمريكية.", date: "2024-02-03"
      ).isEmpty)
  }

  @Test func anAttackAfterAnyStands() throws {
    // guard: "أي" with no denial before it.
    #expect(
      try builtInRelations(
        "وقالت واشنطن إن القوات الأمريكية سترد على أي هجوم تشنه الفصائل الموالية لإيران.",
        date: "2024-02-03"
      ).allSatisfy { !$0.contains("strikes USA") })
  }
}
