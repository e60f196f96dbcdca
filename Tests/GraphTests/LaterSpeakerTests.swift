import Foundation
import Testing

@testable import Graph

/// Arabic reported speech: the subject right after a later verb of saying ("، فيما أكد
/// الاتحاد الأوروبي أنه ...", "قال الجيش الإسرائيلي إنها ...") speaks the clause its "أنه"
/// opens, not the sentence's first speaker; a verb with و coordinated in that clause after a
/// negated verb and its object ("أنه لا يعترف ... ويدعم") is the speaker's too, and not negated.
@Suite("Arabic: a later speaker and its coordinated verbs")
struct LaterSpeakerTests {
  @Test func aCoordinatedVerbAfterANegatedOne() throws {
    // (Gave nothing: the negation of "لا يعترف" reached "ويدعم".)
    let found = try builtInRelations(
      "أكد الاتحاد الأوروبي أنه لا يعترف بسلطات الانقلاب ويدعم قرارات إيكواس.",
      date: "2023-07-31")
    #expect(found.contains("EU supports ECOWAS"))
  }

  @Test func theLaterSpeaker() throws {
    // (Gave FRA supports ECOWAS: the sentence's first speaker.)
    let found = try builtInRelations(
      "وأعلنت فرنسا تعليق مساعداتها في النيجر، فيما أكد الاتحاد الأوروبي أنه يدعم قرارات إيكواس.",
      date: "2023-07-31")
    #expect(found.contains("EU supports ECOWAS"))
    #expect(!found.contains("FRA supports ECOWAS"))
  }

  @Test func aSpeakerNamedByANisba() throws {
    // (Gave LBN strikes HEZBOLLAH.)
    let found = try builtInRelations(
      "وشنت طائرات إسرائيلية غارات على بلدات في جنوب لبنان قال الجيش الإسرائيلي إنها استهدفت مخازن أسلحة لحزب الله.",
      date: "2024-07-28")
    #expect(found.contains("ISR strikes HEZBOLLAH"))
    #expect(!found.contains("LBN strikes HEZBOLLAH"))
  }

  @Test func anActorTheSubjectIsTiedTo() throws {
    // Guard: the actor a participle ties the subject to is no speaker.
    let found = try builtInRelations(
      "وأعلنت جماعة نصرة الإسلام والمسلمين المرتبطة بتنظيم القاعدة أنها هاجمت رتلا للجيش المالي.",
      date: "2024-07-29")
    #expect(found.contains("JNIM strikes MLI"))
    #expect(!found.contains("AQ strikes MLI"))
  }

  @Test func aPronounAfterTheSpeakersVerbIsItsObject() throws {
    // (Gave RUS supports UKR: the actor of the condition after it was read as the object.)
    #expect(
      try builtInRelations("وقال بوتين إنه يرحب بها إذا وافقت كييف عليها.", date: "2009-01-08")
        == [])
  }
}
