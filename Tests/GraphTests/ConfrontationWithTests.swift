import Foundation
import Testing

@testable import Graph

/// Arabic: "المواجهة مع X", confrontation with an actor, is opposition to it (a noun cue of
/// `cues-ar.jsonl`); the subject of the clause, or the possessor, is its source.
@Suite("Arabic: confrontation with")
struct ConfrontationWithTests {
  @Test func aPledgedConfrontation() throws {
    // (Gave nothing: "المواجهة" was no cue.)
    let found = try builtInRelations(
      "أعلن حزب الله مقتل أحد قادته. وتعهد الحزب بمواصلة المواجهة مع إسرائيل.",
      date: "2024-09-28")
    #expect(found.contains("HEZBOLLAH opposes ISR"))
  }

  @Test func readinessForIt() throws {
    let found = try builtInRelations(
      "وأكد الحوثيون استعدادهم للمواجهة مع الولايات المتحدة.", date: "2024-01-12")
    #expect(found.contains("HOUTHIS opposes USA"))
  }

  @Test func clashesAtATimeNameNoActor() throws {
    // Guard: "مع" of time ("with the worshippers' leaving") names no side.
    let found = try builtInRelations(
      "واندلعت مواجهات مع خروج المصلين من المسجد.", date: "2023-04-05")
    #expect(found.isEmpty)
  }
}
