import Foundation
import Testing

@testable import Graph

/// The gazetteer knows the Armenian opposition (ARM_OPP) and Israel's Otzma Yehudit and
/// Religious Zionist parties.
@Suite("Gazetteer: the Armenian opposition and two Israeli parties")
struct OppositionPartiesTests {
  @Test func theArmenianOpposition() throws {
    // (Gave nothing: "المعارضة الأرمينية" named no actor.)
    let found = try builtInRelations(
      "واتهمت المعارضة الأرمينية رئيس الوزراء نيكول باشينيان بتقديم تنازلات لأذربيجان.",
      date: "2024-04-20")
    #expect(found == ["ARM_OPP opposes ARM"])
  }

  @Test func jewishPower() throws {
    // (Gave nothing.)
    let found = try builtInRelations(
      "وانتقد حزب القوة اليهودية الحكومة الإسرائيلية.", date: "2024-04-20")
    #expect(found == ["ISR_OTZMA_YEHUDIT opposes ISR"])
  }

  @Test func religiousZionism() throws {
    // (Gave nothing.)
    let found = try builtInRelations(
      "The Religious Zionist Party accused the Israeli government of surrendering to Hamas.",
      date: "2024-04-20")
    #expect(found.contains("ISR_RELIGIOUS_ZIONISM opposes ISR"))
  }
}
