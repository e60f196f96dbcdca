import Foundation
import Testing

@testable import Graph

/// Arabic: a light verb whose "مع" partner stands between it and the word after ("وأعلنت مع
/// الإمارات دعماً"): the word is the verb's noun, not a dual verb ("دعما", they both supported),
/// and its source is the verb's subject.
@Suite("Arabic: a light verb's partner before its noun")
struct LightVerbPartnerTests {
  @Test func theSubjectOfTheCoordinatedVerbGives() throws {
    // (Gave nothing: "دعما" read as a verb with the partner before it.)
    let found = try builtInRelations(
      "رحبت قطر بالاتفاق، وقدمت مع تركيا دعما للحكومة السورية.", date: "2025-03-10")
    #expect(found.contains("QAT supports SYR"))
  }

  @Test func withTanween() throws {
    let found = try builtInRelations(
      "ورحبت الجزائر بالخطوة، وأعلنت مع تونس دعماً اقتصادياً للحكومة الليبية.",
      date: "2024-06-02")
    #expect(found.contains("DZA supports LBY"))
  }

  @Test func aNamedSubjectStillGives() throws {
    // Guard: the subject named after the verb.
    let found = try builtInRelations(
      "أعلنت السعودية مع الإمارات دعما للحكومة اليمنية.", date: "2022-04-07")
    #expect(found.contains("SAU supports YEM"))
  }
}
