import Foundation
import Testing

@testable import Graph

/// Arabic: a verdict ("غير مقبول", "غير شرعي") on something "في" a state judges the thing,
/// not the state where it is: the state after a preposition of place is no one judged.
@Suite("Arabic: a verdict is not on the place")
struct VerdictPlaceTests {
  @Test func foreignForcesInBahrain() throws {
    // (Gave IRN opposes BHR.)
    #expect(
      try builtInRelations(
        "واعتبر المتحدث باسم الخارجية الإيرانية أن وجود قوات أجنبية في البحرين غير مقبول.",
        date: "2011-03-14"
      ).allSatisfy { !$0.hasPrefix("IRN opposes BHR") })
    // (Gave RUS opposes SYR.)
    #expect(
      try builtInRelations(
        "وقال الوزير الروسي إن وجود القوات الأمريكية في سوريا غير شرعي.", date: "2019-03-14"
      ).allSatisfy { !$0.hasPrefix("RUS opposes SYR") })
  }

  @Test func theJudgedActorStays() throws {
    // Guard: a nisba before the verdict is judged.
    #expect(
      try builtInRelations(
        "وقال الوزير الإيراني إن السياسة الأمريكية غير مقبولة.", date: "2011-03-14")
        == ["IRN opposes USA"])
  }
}
