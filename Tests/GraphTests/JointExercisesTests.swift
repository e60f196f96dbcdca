import Foundation
import Testing

@testable import Graph

/// Joint military exercises, drills and patrols ("joint naval drills", "مناورات عسكرية مشتركة")
/// are joint acts: their parties deal with each other.
@Suite("Joint exercises")
struct JointExercisesTests {
  @Test func englishExercisesWith() throws {
    // (Was nothing.)
    #expect(
      try builtInRelations(
        "Iran held joint military exercises with Russia and China.", date: "2024-03-12")
        == ["IRN negotiates-with RUS", "IRN negotiates-with CHN"])
  }

  @Test func arabicExercisesWith() throws {
    // (Was nothing.)
    #expect(
      try builtInRelations("أجرت مصر مناورات عسكرية مشتركة مع السعودية.", date: "2024-03-12")
        == ["EGY negotiates-with SAU"])
  }
}
