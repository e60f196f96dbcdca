import Foundation
import Testing

@testable import Graph

/// Arabic: a name written with an opening quote mark after its first word (`حركة "23 مارس"`,
/// `تنظيم «فتح الإسلام»`) names the actor as the plain name does.
@Suite("Arabic: names quoted after their first word")
struct QuotedNameTests {
  @Test func aQuotedDateName() throws {
    // (Was nothing: "23 مارس" alone is a date.)
    #expect(
      try builtInRelations("هاجمت حركة \"23 مارس\" الجيش الكونغولي.", date: "2025-01-27")
        == ["M23 strikes COD"])
  }

  @Test func guillemets() throws {
    // (Gave SYR strikes TUR: "سوريا" alone.)
    #expect(
      try builtInRelations("هاجمت قوات «سوريا الديمقراطية» مواقع للجيش التركي.", date: "2024-10-24")
        == ["SDF strikes TUR"])
  }

  @Test func aQuotedCommonNounIsNoName() throws {
    // guard: a quoted word after a speech verb.
    #expect(
      try builtInRelations("قال \"الجيش\" إن القصف استهدف مواقع لحماس.", date: "2024-01-10")
        .allSatisfy { !$0.hasPrefix("HAMAS") })
  }
}
