import Testing

@testable import Graph

/// An attack condemned by a bare noun in a later sentence: a quoted adjective before the noun,
/// victims told right after the attack with no agent (its toll), and a relative clause on
/// another noun (whose verb's subject is not the main clause's).
@Suite("Relations: attacks condemned later")
struct CondemnedAttackMemoryTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2025-04-02")
  }

  @Test func aQuotedAdjectiveBeforeTheNoun() throws {
    #expect(
      try relations(
        "Russian missiles struck Kyiv overnight. Ukraine condemned the “barbaric” attack.")
        == ["RUS strikes UKR", "UKR opposes RUS"])
  }

  @Test func victimsWithNoAgentAreTheTollOfTheAttackBefore() throws {
    #expect(
      try relations(
        "Israel carried out an air strike on Hamas leaders in Doha. Hamas said five of its members and a Qatari security officer were killed. Qatar condemned the attack."
      ) == ["ISR strikes HAMAS", "QAT opposes ISR"])
    // guard: victims with an agent of their own.
    #expect(
      try relations(
        "Russian missiles struck Kyiv overnight. Ten civilians were killed, officials said. Poland condemned the attack."
      ) == ["RUS strikes UKR", "POL opposes RUS"])
  }

  @Test func aRelativeClauseOnAnotherNounHasItsOwnSubject() throws {
    #expect(
      try relations(
        "Congolese President Felix Tshisekedi accused Rwanda of arming a militia that stormed a town in eastern Congo, killing ten soldiers. The European Union condemned the attack."
      ) == ["COD opposes RWA"])
    #expect(
      try relations(
        "Somali President Hassan Sheikh Mohamud accused Ethiopia of backing fighters who attacked a base in Gedo, killing four soldiers. Egypt condemned the attack."
      ) == ["SOM opposes ETH"])
    // guard: the relative right after the subject is the subject's.
    #expect(
      try relations(
        "The RSF, which attacked El Fasher, said it would fight on. Egypt condemned the attack.")
        == ["RSF strikes SDN", "EGY opposes RSF"])
  }

  @Test func theAttackToldAgainInTheSentenceByTheSameSides() throws {
    #expect(
      try relations(
        "شنت إسرائيل هجوما واسعا على منشآت نووية في إيران. ودانت السعودية الاعتداءات الإسرائيلية على إيران، كما أدانت قطر الهجوم."
      ) == ["ISR strikes IRN", "SAU opposes ISR", "ISR strikes IRN", "QAT opposes ISR"])
    // guard: another attack told in the sentence is not the one before. (It is the one a
    // later clause's condemnation names: "كما أدانت قطر الهجوم" opposes the agent of the
    // strikes its sentence told, as "ودانت السعودية الاعتداءات الإسرائيلية على إيران، كما دانت
    // سلطنة عمان الهجوم" opposes Israel.)
    #expect(
      try relations(
        "شنت إسرائيل هجوما واسعا على منشآت نووية في إيران. ودانت السعودية الغارات الأمريكية على اليمن، كما أدانت قطر الهجوم."
      ) == ["ISR strikes IRN", "SAU opposes USA", "USA strikes YEM", "QAT opposes USA"])
  }
}
