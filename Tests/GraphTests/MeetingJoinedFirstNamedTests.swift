import Foundation
import Testing

@testable import Graph

/// Arabic: the meeting named right after the verb of joining, its subject after it ("وحضر
/// اللقاء ولي العهد السعودي"); joining by phone ("عبر اتصال هاتفي", "joined by phone"); and
/// accusative forms of nouns of blame ("تحذيرا", "انتقادا").
@Suite("Meetings joined with the meeting named first, by phone; accusative nouns of blame")
struct MeetingJoinedFirstNamedTests {
  @Test func theMeetingBeforeItsSubject() throws {
    #expect(
      try builtInRelations(
        "التقى الرئيس الأميركي دونالد ترامب الرئيس السوري أحمد الشرع في الرياض. وحضر اللقاء ولي "
          + "العهد السعودي الأمير محمد بن سلمان، فيما شارك الرئيس التركي رجب طيب أردوغان عبر "
          + "اتصال هاتفي.",
        date: "2025-05-14"
      ).sorted() == [
        "SAU negotiates-with SYR", "SAU negotiates-with USA", "TUR negotiates-with SAU",
        "TUR negotiates-with SYR", "TUR negotiates-with USA", "USA negotiates-with SYR",
      ])
    #expect(
      try builtInRelations(
        "Trump met Syrian President Ahmed al-Sharaa in Riyadh. Turkish President Tayyip Erdogan "
          + "joined by phone.",
        date: "2025-05-14"
      ).filter { $0.hasPrefix("TUR") }.sorted() == [
        "TUR negotiates-with SYR", "TUR negotiates-with USA",
      ])
  }

  @Test func accusativeNounsOfBlame() throws {
    #expect(
      try builtInRelations("وجهت مصر انتقادا لإسرائيل.", date: "2025-05-14") == ["EGY opposes ISR"])
    #expect(
      try builtInRelations("وجهت مصر تحذيرا لإسرائيل.", date: "2025-05-14") == ["EGY opposes ISR"])
  }
}

/// A meeting that brings together the people of several actors ("اجتماع ثلاثي ضم مسؤولين
/// أتراكا وأوكرانيين وأميركيين").
@Suite("A meeting gathering the officials of actors")
struct GatheredOfficialsTests {
  @Test func officialsBeforeTheNisbas() throws {
    #expect(
      try builtInRelations(
        "وسبق الجلسة اجتماع ثلاثي ضم مسؤولين أتراكا وأوكرانيين وأميركيين في المدينة نفسها.",
        date: "2025-05-16"
      ).sorted() == [
        "TUR negotiates-with UKR", "TUR negotiates-with USA", "UKR negotiates-with USA",
      ])
    #expect(
      try builtInRelations("عقد اجتماع ضم مسؤولين مصريين وأردنيين.", date: "2025-05-16")
        == ["EGY negotiates-with JOR"])
  }
}

/// Arabic: a word of blame or warning addressed "إلى" an actor ("وجه ترامب تحذيرا مباشرا إلى
/// إيران").
@Suite("Arabic: blame addressed to an actor")
struct BlameAddressedTests {
  @Test func aWarningToIran() throws {
    #expect(
      try builtInRelations("ووجه الرئيس الأميركي تحذيرا مباشرا إلى إيران.", date: "2025-03-16")
        == ["USA opposes IRN"])
    #expect(
      try builtInRelations("وجهت مصر انتقادات حادة إلى إسرائيل.", date: "2025-03-16")
        == ["EGY opposes ISR"])
  }
}
