import Foundation
import Testing

@testable import Graph

/// A dateline at the head of a report ("الرياض - ", "KYIV, April 24 (Reuters) -") names where it
/// was filed, not an actor of its first sentence.
@Suite("Datelines")
struct DatelineTests {
  @Test func theCityOfTheDatelineIsNoSubject() throws {
    // (Was SAU negotiates-with USA.)
    #expect(
      try builtInRelations(
        "الرياض - التقى الرئيس الأمريكي دونالد ترامب، الأربعاء، الرئيس السوري أحمد الشرع في العاصمة السعودية.",
        date: "2025-05-14") == ["USA negotiates-with SYR"])
    // (Was HOUTHIS opposes YEM: "صنعاء" in 2025 is the Houthis.)
    #expect(
      try builtInRelations(
        "صنعاء - أدانت الحكومة اليمنية الغارات الإسرائيلية على ميناء الحديدة.",
        date: "2025-05-14") == ["YEM opposes ISR"])
  }

  @Test func aDashInsideTheSentenceIsNoDateline() throws {
    // guard: the sentence opens with its verb.
    #expect(
      try builtInRelations(
        "اتفقت ليبيا والسودان والنيجر وتشاد خلال اجتماع دبلوماسي - عسكري - أمني في نيامي على تنسيق جهودها.",
        date: "2018-04-04"
      ).count == 6)
    // guard: a later sentence's place before a dash stays.
    #expect(
      try builtInRelations(
        "وقال مسؤول إن المحادثات مستمرة. مصر - أدانت الهجوم الإسرائيلي على لبنان.",
        date: "2024-10-01"
      ).contains("EGY opposes ISR"))
  }
}
