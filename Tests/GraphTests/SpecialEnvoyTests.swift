import Foundation
import Testing

@testable import Graph

/// Arabic: "المبعوث الباكستاني الخاص محمد صادق": "الخاص" (special) alone between a title's
/// nisba and the name belongs to the title; the name is the envoy's.
@Suite("Arabic: a special envoy named")
struct SpecialEnvoyTests {
  @Test func theEnvoyVisits() throws {
    // (Gave nothing: "الخاص" ended the title before the name.)
    let found = try builtInRelations(
      "وكان المبعوث الباكستاني الخاص محمد صادق يزور كابل لإجراء محادثات.", date: "2024-12-25")
    #expect(found.contains("PAK negotiates-with TALIBAN"))
  }

  @Test func aKnownEnvoyReceived() throws {
    // Guard: a known person after "الخاص".
    let found = try builtInRelations(
      "واستقبل الرئيس السوداني المبعوث الروسي الخاص ميخائيل بوغدانوف.", date: "2023-02-09")
    #expect(found.contains("SDN negotiates-with RUS"))
  }
}
