import Testing

@testable import Graph

/// A list of states after the head of an event's name ("إعلان", "قمة") names the actors, not
/// an event: "إعلان السعودية والإمارات قطع علاقاتهما مع قطر" is their announcement, while
/// "قمة بغداد" is a summit held in Baghdad.
@Suite("Actors: a list after an event's head")
struct AnnouncedByListTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2017-06-14")
  }

  @Test func theFirstStateOfTheListAnnounces() throws {
    #expect(
      try relations("بعد إعلان السعودية والإمارات قطع علاقاتهما الدبلوماسية مع قطر.")
        == ["SAU opposes QAT", "ARE opposes QAT"])
    // The four states told before are the group "الدول الأربع" refers to.
    #expect(
      try relations(
        "بعد إعلان السعودية والإمارات والبحرين ومصر قطع علاقاتها الدبلوماسية مع قطر. وتتهم الدول الأربع الدوحة بدعم الإرهاب."
      ).filter { $0.hasPrefix("SAU") } == ["SAU opposes QAT", "SAU opposes QAT"])
  }

  @Test func aPlaceAloneNamesTheEvent() throws {
    // Guard: one place after the head is the event's name.
    #expect(try relations("وانتقد وزير الخارجية الإيراني إعلان الرياض.").isEmpty)
  }
}
