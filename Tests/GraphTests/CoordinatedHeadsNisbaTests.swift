import Foundation
import Testing

@testable import Graph

/// Arabic VSO: two definite nouns joined by و and the nisba that qualifies both ("الدبابات
/// والمروحيات الإثيوبية") are the verb's subject, as one noun and its nisba are.
@Suite("Coordinated heads with one nisba")
struct CoordinatedHeadsNisbaTests {
  @Test func tanksAndHelicopters() throws {
    // (Gave nothing.)
    #expect(
      try builtInRelations(
        "وقصفت الدبابات والمروحيات الإثيوبية مواقع لمقاتلي المحاكم الإسلامية قرب الملعب.",
        date: "2007-03-31") == ["ETH strikes ICU"])
    // (Gave nothing.)
    #expect(
      try builtInRelations("وهاجم الجيش والشرطة المصرية مواقع لتنظيم داعش.", date: "2015-02-16")
        == ["EGY strikes ISIS"])
  }

  @Test func oneHeadStillWorks() throws {
    // Guard: one noun and its nisba.
    #expect(
      try builtInRelations(
        "وقصفت الدبابات الإثيوبية مواقع لمقاتلي المحاكم الإسلامية.", date: "2007-03-31")
        == ["ETH strikes ICU"])
  }
}
