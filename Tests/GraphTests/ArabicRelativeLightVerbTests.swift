import Foundation
import Testing

@testable import Graph

/// Arabic: talks held by the antecedent of a relative pronoun set off by a comma ("مانديلا
/// والأمير بندر بن سلطان، اللذان أجريا محادثات"), and an adjective of the noun before its
/// "مع" ("محادثات متكررة مع"): each of the coordinated subject meets the actor after "مع".
@Suite("Arabic: talks in a relative clause, an adjective before with")
struct ArabicRelativeLightVerbTests {
  @Test func theTwoWhoHeldTalks() throws {
    // (Gave nothing.)
    let found = try builtInRelations(
      "وجاء التسليم ثمرة وساطة قادها الرئيس الجنوب أفريقي نيلسون مانديلا والأمير بندر بن سلطان، "
        + "اللذان أجريا محادثات متكررة مع الزعيم الليبي معمر القذافي.", date: "1999-04-06")
    #expect(found.contains("ZAF negotiates-with LBY"))
    #expect(found.contains("SAU negotiates-with LBY"))
  }

  @Test func repeatedTalksWith() throws {
    // (Gave only EGY negotiates-with JOR.)
    let found = try builtInRelations(
      "وكان الرئيس المصري والملك الأردني قد أجريا محادثات متكررة مع الزعيم الليبي معمر القذافي.",
      date: "1999-04-06")
    #expect(found.contains("EGY negotiates-with LBY"))
    #expect(found.contains("JOR negotiates-with LBY"))
  }

  @Test func separateCallsWith() throws {
    // (Gave nothing with the adjective; "منفصلة" joins no two callers nor the two called.)
    let found = try builtInRelations(
      "وأجرى وزيرا الخارجية السعودي والأمريكي اتصالات منفصلة مع البرهان وحميدتي.",
      date: "2023-05-01")
    #expect(found.contains("SAU negotiates-with SDN"))
    #expect(!found.contains("SDN negotiates-with RSF"))
    #expect(!found.contains("SAU negotiates-with USA"))
  }

  @Test func aVerbBeforeWithIsNoAdjective() throws {
    // Guard: "تتقاطع مع" is the clause's own verb, not an adjective of the noun.
    let found = try builtInRelations(
      "في ظل خشية الولايات المتحدة من وصول الرئيس التركي رجب أردوغان والروسي فلاديمير بوتين "
        + "لتفاهمات تتقاطع مع المصالح الأميركية.", date: "2020-01-10")
    #expect(!found.contains("TUR negotiates-with USA"))
  }
}
