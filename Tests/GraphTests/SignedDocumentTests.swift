import Testing

@testable import Graph

/// Arabic "وقع" signs only with a word of agreement after it (list `agreement_noun`): a
/// declaration ("إعلانا"), a document or a protocol is one.
@Suite("Relations: what is signed")
struct SignedDocumentTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2023-05-12")
  }

  @Test func aSignedDeclarationIsAnAgreement() throws {
    #expect(
      try relations("وقع الجيش السوداني وقوات الدعم السريع في جدة إعلانا لحماية المدنيين.") == [
        "SDN negotiates-with RSF"
      ])
    // guard: "وقع" of an event ("occurred") signs nothing.
    #expect(try relations("وقع انفجار قرب السفارة الإيرانية في بيروت.").isEmpty)
  }
}
