import Foundation
import Testing

@testable import Graph

/// "followed suit", "حذت حذوها": the subject repeats the act the sentence right before told,
/// with that act's relation and targets (not one who acted in it).
@Suite("Following suit repeats the act told before")
struct FollowedSuitTests {
  @Test func recognitionFollowed() throws {
    // (Gave nothing of the four: "followed suit" was no cue.)
    let found = try builtInRelations(
      "US President Donald Trump formally recognised Guaido as Venezuela's legitimate leader. Canada, Brazil, Colombia and Argentina quickly followed suit.",
      date: "2019-01-24")
    #expect(found.contains("CAN supports VEN_OPP"))
    #expect(found.contains("ARG supports VEN_OPP"))
  }

  @Test func sanctionsAndTiesCut() throws {
    // (Gave nothing of France, the UAE and Bahrain.)
    #expect(
      try builtInRelations(
        "Britain imposed sanctions on Russia. France followed suit.", date: "2022-02-25")
        == ["GBR opposes RUS", "FRA opposes RUS"])
    #expect(
      try builtInRelations(
        "قطعت السعودية علاقاتها مع قطر. وحذت حذوها الإمارات والبحرين.", date: "2017-06-05")
        == ["SAU opposes QAT", "ARE opposes QAT", "BHR opposes QAT"])
  }

  @Test func onlyTheSentenceRightBefore() throws {
    // Guard: an act two sentences back is not the one followed.
    let found = try builtInRelations(
      "Britain imposed sanctions on Russia. Moscow said nothing. France followed suit.",
      date: "2022-02-25")
    #expect(!found.contains("FRA opposes RUS"))
  }
}
