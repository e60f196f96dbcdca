import Testing

@testable import Graph

/// Arabic: "القوات الجوية", "القوات البحرية", "القوات المسلحة" with no owner of their own are a
/// state's forces, as "قوات الأمن" are: after a speaker's complementizer, the speaker's state.
@Suite("Relations: the air force, navy and armed forces named bare")
struct BareArmedForcesTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2025-05-07")
  }

  @Test func theSpeakersForces() throws {
    #expect(
      try relations("وقال المتحدث باسم الجيش الباكستاني إن القوات الجوية أسقطت خمس طائرات هندية.")
        == ["PAK strikes IND"])
    // guard: "الجيش" was read so before.
    #expect(
      try relations("وقال المتحدث باسم الجيش الباكستاني إن الجيش أسقط خمس طائرات هندية.") == [
        "PAK strikes IND"
      ])
    // guard: a nisba of its own names the owner.
    #expect(
      try relations(
        "وقال المتحدث باسم الجيش الباكستاني إن القوات الجوية الهندية قصفت مواقع في باكستان.")
        == ["IND strikes PAK"])
  }
}
