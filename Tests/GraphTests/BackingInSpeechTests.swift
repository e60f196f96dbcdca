import Testing

@testable import Graph

/// Arabic: an agent phrase of backing in what a speaker says, with no actor between the
/// complementizer and it, backs the speaker's side.
@Suite("Relations: backing in what a speaker says")
struct BackingInSpeechTests {
  @Test func theSpeakersSideIsBacked() throws {
    #expect(
      try builtInRelations(
        "وقال المتحدث باسم الجيش الأوكراني إن معظم الصواريخ جرى اعتراضها بمساعدة الولايات المتحدة وبريطانيا.",
        date: "2024-04-14") == ["USA supports UKR", "GBR supports UKR"])
    // guard: an attack named there is the attack's, not the speaker's.
    #expect(
      try builtInRelations(
        "وقال الرئيس الأمريكي إن الضربات نفذت بدعم من أستراليا وكندا.", date: "2024-01-12"
      )
      .isEmpty)
  }
}
