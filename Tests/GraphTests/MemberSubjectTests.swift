import Testing

@testable import Graph

/// Arabic: "واتهم مسؤول في حماس إسرائيل": a person right after the verb, then "في" and the actor
/// he belongs to, with the verb's object right after, speaks for that actor.
@Suite("Arabic: an official of an actor as the subject")
struct MemberSubjectTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2021-05-21").sorted()
  }

  @Test func theActorThePersonBelongsToIsTheSubject() throws {
    // (Each gave nothing.)
    #expect(
      try relations("وحذر قيادي في حماس إسرائيل من أن الحركة سترد على أي اعتداء جديد.") == [
        "HAMAS opposes ISR"
      ])
    #expect(
      try relations("واتهم مسؤول في الحكومة العراقية إيران بالتدخل.") == ["IRQ opposes IRN"])
    #expect(try relations("وانتقد مسؤولون في الاتحاد الأوروبي روسيا.") == ["EU opposes RUS"])
  }

  @Test func aStrikesVerbIsReadAsAPassive() throws {
    // Guard: "an official of Hamas was killed in an Israeli strike".
    #expect(
      try relations("وقتل مسؤول في حماس في غارة إسرائيلية على غزة.") == ["ISR strikes HAMAS"])
  }
}
