import Foundation
import Testing

@testable import Graph

/// A visit with an adjective before its host ("بزيارة خاطفة للولايات المتحدة"), a complaint
/// with its nisba ("شكوى لبنانية ... على إسرائيل"), the subject of a verb read by the places it
/// hits carried to the verb coordinated after it, and leaders' bare surnames that are no Arabic
/// word ("بوش", "بلير", "رايس", "شارون").
@Suite("Relations: visits, complaints, carried subjects and bare surnames")
struct VisitsComplaintsAndSurnamesTests {
  @Test func aVisitWithAnAdjectiveBeforeItsHost() throws {
    #expect(
      try builtInRelations("أدى الرئيس الإيراني زيارة مفاجئة للعراق", date: "2006-06-01")
        == ["IRN negotiates-with IRQ"])
    // guard: the visitor after ل is no host.
    #expect(
      try builtInRelations(
        "بدأت اليوم زيارة رسمية لوزير الخارجية التركي إلى طهران", date: "2006-06-01")
        == [])
  }

  @Test func aVisitOpeningTheSentenceIsTheMainSubjects() throws {
    #expect(
      try builtInRelations(
        "وفي ختام زيارته للقاهرة، قال وزير الخارجية الإيراني إن بلاده تدعم الحوار",
        date: "2006-08-01") == ["IRN negotiates-with EGY"])
    // guard: the host named again after a complementizer is no visitor.
    #expect(
      try builtInRelations("وفي ختام زيارته لسوريا أعلن أن دمشق تدعم المقاومة", date: "2006-08-01")
        == [])
  }

  @Test func aComplaintWithItsNisba() throws {
    #expect(
      try builtInRelations("تحضيرا لرفع شكوى لبنانية قانونية على إسرائيل", date: "2006-06-01")
        == ["LBN opposes ISR"])
    // guard: a complaint with no sides.
    #expect(try builtInRelations("تلقت الشرطة شكوى من مواطن", date: "2006-06-01") == [])
  }

  @Test func aVerbReadByThePlacesItHitsLendsItsSubject() throws {
    #expect(
      try builtInRelations(
        "قصفت إسرائيل مواقع في جنوب لبنان واستهدفت مواقع لحزب الله", date: "2006-06-01")
        == ["ISR strikes LBN", "ISR strikes HEZBOLLAH"])
  }

  @Test func leadersBareSurnames() throws {
    #expect(
      try builtInRelations("وقام بلير بزيارة خاطفة للولايات المتحدة", date: "2006-06-01")
        == ["GBR negotiates-with USA"])
    #expect(
      try builtInRelations("وهاجمت رايس حماس بشدة", date: "2006-06-01") == ["USA opposes HAMAS"])
    #expect(
      try builtInRelations("انتقد شارون الرئيس الفلسطيني", date: "2006-06-01") == [
        "ISR opposes PSE"
      ])
  }
}
