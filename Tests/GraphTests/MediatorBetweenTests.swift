import Foundation
import Testing

@testable import Graph

/// Arabic: "الوسيط بين X و Y" (the mediator between): X and Y negotiate (joint cues of
/// `cues-ar.jsonl`), the mediator is no party; and "خاطف" (lightning) joins `act_adjective`,
/// so "هجوم خاطف شنته على" reads as "هجوم واسع شنه على".
@Suite("Arabic: mediators between two sides, lightning attacks")
struct MediatorBetweenTests {
  @Test func theMediatorsParties() throws {
    // (Gave nothing: "الوسيط" was no cue.)
    let found = try builtInRelations(
      "وتقوم قطر ومصر بدور الوسيط الرئيسي بين إسرائيل وحماس منذ اندلاع الحرب.",
      date: "2025-09-09")
    #expect(found.contains("ISR negotiates-with HAMAS"))
    #expect(!found.contains("QAT negotiates-with ISR"))
  }

  @Test func anOfferToMediate() throws {
    let found = try builtInRelations(
      "وعرضت تركيا أن تكون وسيطا بين روسيا وأوكرانيا.", date: "2022-03-01")
    #expect(found.contains("RUS negotiates-with UKR"))
  }

  @Test func aLightningAttack() throws {
    // (Gave nothing: "خاطف" stood between the noun and its relative light verb.)
    let found = try builtInRelations(
      "دخلت هيئة تحرير الشام حلب، بعد هجوم خاطف شنته على الجيش السوري.", date: "2024-11-30")
    #expect(found.contains("HTS strikes SYR"))
  }
}
