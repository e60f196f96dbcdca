import Foundation
import Testing

@testable import Graph

/// Arabic: "كما" (also) before a verb with no subject of its own, after a comma or not, joins
/// it to the clause before it; the verb shares the subject of the verb that opens the
/// sentence ("هاجم الحوثيون السفن، كما أطلقوا صواريخ على إسرائيل"), and so does a light verb
/// before a noun cue ("كما جدد اتهامه لواشنطن").
@Suite("Arabic: a verb after كما shares the sentence's subject")
struct AlsoSharedSubjectTests {
  @Test func aVerbAfterAlso() throws {
    // (Gave nothing: "كما" stood where the conjunction does.)
    let comma = try builtInRelations(
      "هاجم الحوثيون السفن، كما أطلقوا صواريخ على إسرائيل.", date: "2024-06-12")
    #expect(comma.contains("HOUTHIS strikes ISR"))
    let bare = try builtInRelations(
      "هاجم الحوثيون السفن كما أطلقوا صواريخ على إسرائيل.", date: "2024-06-12")
    #expect(bare.contains("HOUTHIS strikes ISR"))
  }

  @Test func aLightVerbAfterAlso() throws {
    // (Gave no relation of Serbia with Washington.)
    let found = try builtInRelations(
      "جدد رئيس وزراء صربيا رفض بلاده الاعتراف باستقلال كوسوفو، كما جدد اتهامه لواشنطن بدعم استقلال كوسوفو.",
      date: "2008-02-22")
    #expect(found.contains("SRB opposes USA"))
  }
}
