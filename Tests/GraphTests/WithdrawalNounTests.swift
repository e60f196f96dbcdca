import Foundation
import Testing

@testable import Graph

/// The bare noun "انسحاب" leaves an organisation as the verb "انسحب" does: its genitive leaves,
/// or, when the genitive names no actor ("انسحاب البلاد"), the subject of the verb before it.
@Suite("Arabic: the noun of withdrawal from an organisation")
struct WithdrawalNounTests {
  @Test func theGenitiveLeaves() throws {
    // (Was nothing.)
    #expect(
      try builtInRelations(
        "وجاء انسحاب روسيا من مجلس أوروبا بعد أسابيع من بدء الحرب.",
        date: "2022-03-20") == ["RUS opposes COUNCIL_OF_EUROPE"])
  }

  @Test func theAnnouncerLeaves() throws {
    // (Was nothing.)
    #expect(
      try builtInRelations(
        "أعلنت موسكو انسحاب البلاد من مجلس أوروبا.",
        date: "2022-03-20") == ["RUS opposes COUNCIL_OF_EUROPE"])
  }

  @Test func aDemandedWithdrawalIsAnotherRule() throws {
    // guard: the demand reading is kept.
    #expect(
      try builtInRelations(
        "طالبت روسيا بانسحاب القوات الأمريكية من سوريا.",
        date: "2022-03-20") == ["RUS opposes USA"])
  }
}
