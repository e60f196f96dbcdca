import Foundation
import Testing

@testable import Graph

/// Arabic joint texts beside the joint statement: "رسالة مشتركة" (a joint letter), "إعلان
/// مشترك" (a joint declaration), "مذكرة مشتركة", "نداء مشترك": those who send or sign one
/// together deal with each other.
@Suite("Arabic joint letters and declarations")
struct JointLetterTests {
  @Test func jointLetter() throws {
    // (Was nothing.)
    #expect(
      try builtInRelations(
        "ووجه وزراء خارجية بولندا وليتوانيا ولاتفيا رسالة مشتركة إلى المفوضية الأوروبية.",
        date: "2021-05-01")
        == ["POL negotiates-with LTU", "POL negotiates-with LVA", "LTU negotiates-with LVA"])
  }

  @Test func jointDeclaration() throws {
    // (Was nothing.)
    #expect(
      try builtInRelations(
        "وأصدر الرئيس الكيني والرئيس الأوغندي إعلانا مشتركا بشأن أمن الحدود.", date: "2021-05-01")
        == ["KEN negotiates-with UGA"])
  }
}
