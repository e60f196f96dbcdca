import Foundation
import Testing

@testable import Graph

/// An Arabic envoy's title names the post between the title and the name: "المبعوث الباكستاني
/// الخاص لأفغانستان محمد صادق", "المبعوث الأمريكي الخاص إلى اليمن تيم ليندركينغ".
@Suite("Titles: an envoy's post before the name")
struct EnvoyPostTests {
  @Test func theEnvoyIsHisStates() throws {
    // (Was nothing.)
    #expect(
      try builtInRelations(
        "وكان المبعوث الباكستاني الخاص لأفغانستان محمد صادق يجري محادثات في كابل مع وزير الخارجية الأفغاني.",
        date: "2024-12-25") == ["PAK negotiates-with AFG"])
  }
}
