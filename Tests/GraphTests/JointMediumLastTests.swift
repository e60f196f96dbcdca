import Foundation
import Testing

@testable import Graph

/// A joint statement named at the end of the clause ("..., في بيان مشترك", "... in a joint
/// statement") was issued by the sentence's first actors, named together as its subject.
@Suite("Joint statements: the medium last")
struct JointMediumLastTests {
  @Test func arabicSubjectsSpeakTogether() throws {
    // (Gave the two supports only.)
    #expect(
      try builtInRelations(
        "أكدت مصر والأردن دعمهما للسلطة الفلسطينية، في بيان مشترك صدر عقب اجتماع في عمان.",
        date: "2025-02-10"
      ).contains("EGY negotiates-with JOR"))
    // (Was nothing.)
    #expect(
      try builtInRelations(
        "أعلنت مالي وبوركينا فاسو والنيجر، الأحد، انسحاب الدول الثلاث من المجموعة الاقتصادية لدول غرب أفريقيا، في بيان مشترك.",
        date: "2024-01-28"
      ).contains("BFA negotiates-with NER"))
  }

  @Test func englishSubjectsSpeakTogether() throws {
    // (Was nothing.)
    #expect(
      try builtInRelations(
        "Russia and China condemned the new sanctions on Tuesday in a joint statement.",
        date: "2024-03-01") == ["RUS negotiates-with CHN"])
  }

  @Test func oneSubjectIsNoPair() throws {
    // guard: one actor speaks; the partner after "with" is read elsewhere, or not at all.
    #expect(
      try builtInRelations(
        "Egypt said it rejected the plan in a joint statement with Jordan.",
        date: "2025-02-10"
      ).allSatisfy { !$0.contains("negotiates-with") || $0 == "EGY negotiates-with JOR" })
  }
}
