import Foundation
import Testing

@testable import Graph

/// Arabic: a verb that found no pair passes its subject to a verb coordinated after it with و,
/// whether that subject stands after it (VSO) or before it ("وكانت مقديشو قد اعتبرت ...
/// وطردت السفير الإثيوبي").
@Suite("Arabic: a subject before the first of two verbs")
struct SharedSubjectBeforeTests {
  @Test func anExpulsionAfterAJudgement() throws {
    // (Gave nothing: the subject was too far before the second verb.)
    let found = try builtInRelations(
      "وكانت مقديشو قد اعتبرت مذكرة التفاهم اعتداء على سيادتها وطردت السفير الإثيوبي في أبريل الماضي.",
      date: "2024-12-11")
    #expect(found.contains("SOM opposes ETH"))
  }

  @Test func aRecallAfterADescription() throws {
    let found = try builtInRelations(
      "ووصفت الجزائر القرار الفرنسي بأنه خطوة عدائية واستدعت سفيرها لدى باريس.",
      date: "2024-07-30")
    #expect(found.contains("DZA opposes FRA"))
  }
}
