import Foundation
import Testing

@testable import Graph

/// A one-word ambiguous name of an armed group or party ("القاعدة" is also "the base", "الشباب"
/// "the youth", "فتح" "opened") names the group right after a noun of its members or forces, or
/// after their plural and "من" ("مسلحين من فتح").
@Suite("Actors: groups named after their fighters")
struct GroupsAfterFightersTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-05-01").sorted()
  }

  @Test func membersOrForcesBeforeAnAmbiguousGroupName() throws {
    #expect(
      try relations("عملية مشتركة للجيش العراقي استهدفت عناصر القاعدة.") == ["IRQ strikes AQ"])
    #expect(try relations("قتل الجيش الصومالي عشرة من مقاتلي الشباب.") == ["SOM strikes SHABAAB"])
    #expect(try relations("هاجم مسلحو القاعدة دورية للجيش اليمني.") == ["AQ strikes YEM"])
    #expect(
      try relations("اشتبكت قوات الحشد مع مسلحي تنظيم الدولة.")
        == ["ISIS strikes PMF", "PMF strikes ISIS"])
  }

  @Test func otherNounsBeforeTheWordLeaveItAmbiguous() throws {
    // guard: stores of "the base" are no group.
    #expect(try relations("دمرت القوات الأمريكية مستودعات القاعدة.") == [])
    // guard: a group whose ambiguous names need their home state ("المتمردين") is not read so.
    #expect(try relations("قتل الجيش عشرة من مسلحي المتمردين.") == [])
  }

  @Test func fightersFromAnAmbiguousGroup() throws {
    #expect(try relations("قتل الجيش الصومالي عشرة مقاتلين من الشباب.") == ["SOM strikes SHABAAB"])
    #expect(
      try relations("اشتبك الجيش اليمني مع مسلحين من القاعدة.") == [
        "AQ strikes YEM", "YEM strikes AQ",
      ])
    // guard: "من" after another word leaves the name ambiguous.
    #expect(try relations("خرج الجنود من القاعدة بعد الهجوم الإسرائيلي.") == [])
  }
}
