import Foundation
import Testing

@testable import Graph

/// Arabic: a light verb with the act's pronoun right after an act noun, followed by "على" or
/// "ضد" ("هجوم واسع شنه على", "الغارة التي شنتها على"), has no subject after it: its subject
/// is the sentence's and its object follows the preposition. An actor the verb's subject is
/// tied to ("المرتبطة ب") is no object of the act.
@Suite("Arabic: a relative light verb followed by its object")
struct RelativeLightVerbObjectTests {
  @Test func theSentenceSubjectLaunchedIt() throws {
    let found = try builtInRelations(
      "أعلن الجيش السوداني استعادة المدينة بعد هجوم واسع شنه على مواقع قوات الدعم السريع.",
      date: "2025-01-11")
    #expect(found.contains("SDN strikes RSF"))
  }

  @Test func afterADateline() throws {
    // The dateline's city and agency come before the sentence's first clause.
    let found = try builtInRelations(
      "بورتسودان (وكالات) - أعلن الجيش السوداني، السبت، استعادة المدينة بعد هجوم واسع شنه على مواقع قوات الدعم السريع.",
      date: "2025-01-11")
    #expect(found.contains("SDN strikes RSF"))
  }

  @Test func theObjectAfterAlaIsNoSubject() throws {
    // (Gave LBN strikes HEZBOLLAH: Lebanon read as the verb's subject.)
    let found = try builtInRelations(
      "قالت إسرائيل إن الغارة التي شنتها على لبنان استهدفت مواقع لحزب الله.",
      date: "2024-09-20")
    #expect(found.contains("ISR strikes LBN"))
    #expect(!found.contains("LBN strikes HEZBOLLAH"))
  }

  @Test func aTiedActorIsNoTarget() throws {
    // (Gave JNIM strikes AQ.)
    let found = try builtInRelations(
      "وتواجه مالي هجمات تشنها جماعة نصرة الإسلام والمسلمين المرتبطة بتنظيم القاعدة.",
      date: "2024-01-28")
    #expect(!found.contains("JNIM strikes AQ"))
  }

  @Test func aVerbBeforeAVerbalNounIsNoAdjective() throws {
    // Guard: "عرضت تقديمها" is a verb and its noun, not an adjective and a relative verb.
    let found = try builtInRelations(
      "ورفضت الهند مساعدة عسكرية عرضت تقديمها إسرائيل من أجل تحرير الرهائن.",
      date: "2008-11-29")
    #expect(found.contains("IND opposes ISR"))
  }
}
