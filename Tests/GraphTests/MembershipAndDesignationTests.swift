import Foundation
import Testing

@testable import Graph

/// A body that suspends or freezes an actor's membership or participation opposes it ("علقت
/// الإيكواس عضوية مالي", "تعليق مشاركة مصر في أنشطة الاتحاد"); so does a state that announces the actor's designation as terrorist ("أعلنت
/// الولايات المتحدة تصنيف الحوثيين منظمة إرهابية").
@Suite("Relations: membership suspended and terrorist designations")
struct MembershipAndDesignationTests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-06-01").sorted()
  }

  @Test func aSuspendedMembershipOpposesTheMember() throws {
    #expect(try relations("علقت الإيكواس عضوية مالي بعد الانقلاب.") == ["ECOWAS opposes MLI"])
    #expect(try relations("قرر الاتحاد الأفريقي تعليق عضوية النيجر.") == ["AU opposes NER"])
    // Guard: hopes pinned (علق) on a mediation.
    #expect(try relations("علقت مصر آمالها على الوساطة القطرية.") == [])
  }

  @Test func aSuspendedParticipationOpposesTheParticipant() throws {
    // (Gave nothing: only membership was a word of suspension.)
    #expect(
      try relations("قرر الاتحاد الأفريقي تعليق مشاركة مصر في أنشطة الاتحاد.") == [
        "AU opposes EGY"
      ])
    #expect(try relations("علقت جامعة الدول العربية مشاركة سوريا.") == ["ARAB_LEAGUE opposes SYR"])
    // Guard: one's own delegation withdrawn from talks names no one opposed.
    #expect(try relations("قررت حماس تعليق مشاركة وفدها في المفاوضات مع إسرائيل.") == [])
  }

  @Test func aDesignationAnnouncedOpposesTheOneNamed() throws {
    #expect(
      try relations("أعلنت الولايات المتحدة تصنيف الحوثيين منظمة إرهابية.") == [
        "USA opposes HOUTHIS"
      ])
    // Guard: a classification of something else.
    #expect(try relations("أعلنت الحكومة تصنيف الفنادق.") == [])
  }
}
