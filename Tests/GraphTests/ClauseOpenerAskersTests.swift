import Foundation
import Testing

@testable import Graph

/// Arabic: a request verb coordinated with و after a clause opener that is no complementizer
/// ("فيما", "بينما") asks with the subject of that clause, not with the sentence's first one.
@Suite("Relations: askers after a clause opener")
struct ClauseOpenerAskersTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2025-02-01")
  }

  @Test func theSubjectAfterTheOpenerAsks() throws {
    // (Was QAT opposes ISR.)
    #expect(
      try relations(
        "رحبت قطر بالاتفاق، بينما أعربت مصر والأردن عن قلقهما ودعت إسرائيل إلى الانسحاب من رفح."
      ) == ["EGY opposes ISR", "JOR opposes ISR"])
  }

  @Test func aSubjectWithWhatItAsksForAfterItIsNoOneAsked() throws {
    // "طالبت X بتحرك ...": X asks for an action; the sentence's first subject asks nothing of it.
    // (Was EGY, JOR opposes ARAB_LEAGUE.)
    #expect(
      try relations(
        "كما دانت مصر والأردن الاقتحام، وطالبت الجامعة العربية بتحرك دولي عاجل لوقف الاعتداءات."
      ) == [])
    #expect(
      try relations("أدانت تركيا القصف ودعت الأمم المتحدة بشكل عاجل إلى وقف الهجمات.") == [])
  }

  @Test func aPhraseOfTimeOrPlaceMayStandBeforeTheOneAsked() throws {
    // "ودعت X وY خلال جلسة طارئة لمجلس الأمن Z إلى ...": VSO with a phrase between the
    // askers and the one asked. (Was no relation.)
    #expect(
      try relations(
        "ودعت الولايات المتحدة وفرنسا وبريطانيا خلال جلسة طارئة لمجلس الأمن الدولي رواندا إلى سحب قواتها من الأراضي الكونغولية."
      ) == ["USA opposes RWA", "FRA opposes RWA", "GBR opposes RWA"])
    // A phrase with no actor in it. (Was no relation.)
    #expect(try relations("دعت مصر في بيان إسرائيل إلى الانسحاب من رفح.") == ["EGY opposes ISR"])
  }

  @Test func withNoOpenerTheFirstSubjectAsks() throws {
    // guard: "دانت الصين الغارة وطالبت إسرائيل بالاعتذار".
    #expect(
      try relations("دانت الصين الغارة وطالبت إسرائيل بالاعتذار.").contains("CHN opposes ISR"))
    // Guard: a light verb's noun with "ب" before the cue is the request's own.
    #expect(
      try relations("دانت الصين الغارة وطالبت إسرائيل بتقديم اعتذار علني.").contains(
        "CHN opposes ISR"))
  }
}
