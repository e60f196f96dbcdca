import Foundation
import Testing

@testable import Graph

/// Arabic: the coordinated subject of a joint act stands before a parenthetical of time between
/// commas of any length ("، ليل الاثنين الثلاثاء،").
@Suite("Arabic: signers before a parenthetical of time")
struct SignersPastParentheticalTests {
  @Test func aNightOfTwoDays() throws {
    // (Gave nothing: the subject was looked for within four tokens of the noun.)
    let found = try builtInRelations(
      "وقع الرئيس الروسي فلاديمير بوتين والرئيس الأذربيجاني إلهام علييف، ليل الاثنين الثلاثاء، بيانا مشتركا.",
      date: "2020-11-10")
    #expect(found.contains("RUS negotiates-with AZE"))
  }

  @Test func theVerbsIlaAfterIt() throws {
    // (Gave nothing: "إلى" stood between the parenthetical and the noun.)
    let found = try builtInRelations(
      "توصلت إثيوبيا والجبهة الشعبية لتحرير تيغراي، مساء الأربعاء، إلى اتفاق لوقف الأعمال العدائية.",
      date: "2022-11-02")
    #expect(found.contains("ETH negotiates-with TPLF"))
  }

  @Test func aShortParenthetical() throws {
    // Guard: two words between the commas were passed over already.
    let found = try builtInRelations(
      "وقعت مصر والسودان، مساء الأحد، اتفاقا للدفاع المشترك.", date: "2021-03-07")
    #expect(found.contains("EGY negotiates-with SDN"))
  }

  @Test func timeWordsBeforeThePlace() throws {
    // (Gave nothing: bare time words stood before "في جنيف".)
    let found = try builtInRelations(
      "توصلت إيران ومجموعة 5+1 فجر اليوم الأحد في جنيف إلى اتفاق مرحلي لمدة ستة أشهر.",
      date: "2013-11-24")
    #expect(found.contains("IRN negotiates-with P5_PLUS_1"))
  }
}
