import Testing

@testable import Graph

/// Arabic: past a comma, a verb with و or ف shares the subject of the verb that opens the
/// sentence ("وردت الجزائر بإجراء مماثل، فاستدعت سفيريها في باماكو ونيامي"); envoys recalled
/// "للتشاور" meet no one named; a speech verb with no subject after a comma is that subject's
/// ("وكانت إسلام آباد قد شنت غارات ...، قالت إنها استهدفت").
@Suite("Relations: a subject shared past a comma, and recalls for consultations")
struct CommaSharedSubjectTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2025-04-07")
  }

  @Test func aVerbAfterACommaSharesTheOpeningVerbsSubject() throws {
    #expect(
      try relations("وردت الجزائر بإجراء مماثل، فاستدعت سفيريها في باماكو ونيامي.") == [
        "DZA opposes MLI", "DZA opposes NER",
      ])
    #expect(
      try relations("وردت الجزائر بإجراء مماثل، واستدعت سفيرها في باماكو.") == ["DZA opposes MLI"])
    // guard: without the comma, as before.
    #expect(
      try relations("وردت الجزائر بإجراء مماثل فاستدعت سفيرها في باماكو.") == ["DZA opposes MLI"])
  }

  @Test func envoysRecalledForConsultationsMeetNoOne() throws {
    #expect(
      try relations("استدعت مالي والنيجر وبوركينا فاسو سفراءها لدى الجزائر للتشاور.") == [
        "MLI opposes DZA", "NER opposes DZA", "BFA opposes DZA",
      ])
    // guard: consultations with one named are talks.
    #expect(
      try relations("وأرسلت مصر سفيرها إلى تل أبيب للتشاور مع الحكومة الإسرائيلية.") == [
        "EGY negotiates-with ISR"
      ])
    // guard: an envoy sent to meet one is a meeting.
    #expect(
      try relations("ووصل السفير الأمريكي إلى بيروت للقاء الرئيس اللبناني.") == [
        "USA negotiates-with LBN"
      ])
  }

  @Test func aSpeechVerbAfterACommaIsTheOpeningSubjects() throws {
    #expect(
      try relations(
        "وأعلنت وزارة الخارجية القطرية أن الجانبين اتفقا. وكانت إسلام آباد قد شنّت غارات جوية على ولاية باكتيكا الأفغانية، قالت إنها استهدفت مخابئ لحركة طالبان باكستان."
      ) == ["PAK strikes AFG", "PAK strikes TTP"])
  }
}
