import Foundation
import Testing

@testable import Graph

/// A group "banned in" or "outlawed in" a state ("المحظورة في") is opposed by that state, as by
/// one that "banned" it ("got the group banned in Britain and the United States").
@Suite("Banned in a state")
struct BannedInStateTests {
  @Test func bannedInTwoStates() throws {
    // (Gave nothing.)
    let found = try builtInRelations(
      "He led a campaign that got the Liberation Tigers of Tamil Eelam banned in Britain and the "
        + "United States.", date: "2005-08-13")
    #expect(found == ["GBR opposes LTTE", "USA opposes LTTE"])
  }

  @Test func bannedInARelativeClause() throws {
    // (Gave nothing.)
    let found = try builtInRelations(
      "The Muslim Brotherhood, which is banned in Egypt, denied any role.", date: "2015-03-01")
    #expect(found == ["EGY opposes MB"])
  }

  @Test func bannedInArabic() throws {
    // (Gave nothing.)
    let found = try builtInRelations(
      "وقالت الشرطة إن عناصر من جماعة الإخوان المسلمين المحظورة في مصر شاركوا في الاحتجاجات.",
      date: "2015-03-01")
    #expect(found == ["EGY opposes MB"])
  }

  @Test func weaponsBannedByLaw() throws {
    // Guard: what is banned is no actor.
    let found = try builtInRelations(
      "واستخدم الجيش الأسلحة المحظورة في القانون الدولي.", date: "2015-03-01")
    #expect(found.isEmpty)
  }
}
