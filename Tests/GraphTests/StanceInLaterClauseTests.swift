import Foundation
import Testing

@testable import Graph

/// Arabic: an accusative stance noun ("تضامناً مع") after a clause opened by "فيما" or
/// "بينما" belongs to that clause's subject, not to the sentence's opening subject.
@Suite("Arabic: a stance in a later clause")
struct StanceInLaterClauseTests {
  @Test func theLaterClauseSubjectStands() throws {
    let found = try builtInRelations(
      "ودانت البرازيل وكولومبيا وتشيلي الاقتحام، فيما أعلنت نيكاراغوا قطع علاقاتها مع كيتو تضامناً مع المكسيك.",
      date: "2024-04-07")
    #expect(found.contains("NIC supports MEX"))
    #expect(!found.contains("BRA supports MEX"))
  }

  @Test func withNoOtherClauseTheOpeningSubject() throws {
    // Guard: one clause, its opening subject.
    #expect(
      try builtInRelations(
        "أعلنت النيجر قطع علاقاتها مع أوكرانيا تضامنا مع مالي.", date: "2024-08-06"
      ).contains("NER supports MLI"))
  }
}
