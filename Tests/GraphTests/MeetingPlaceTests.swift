import Foundation
import Testing

@testable import Graph

/// The place where a meeting was held ("في تيرانا", "in Tirana", with an apposition to it, "in
/// Niamey, Niger's capital") is passed over on the way to the partners met.
@Suite("Meetings: the place is no partner")
struct MeetingPlaceTests {
  @Test func thePartnersFollowThePlace() throws {
    // (Each was nothing.)
    #expect(
      try builtInRelations(
        "والتقى زيلينسكي في تيرانا بقادة أوروبيين، بينهم الرئيس الفرنسي إيمانويل ماكرون ورئيس الوزراء البريطاني كير ستارمر.",
        date: "2025-05-16") == ["UKR negotiates-with FRA", "UKR negotiates-with GBR"])
    #expect(
      try builtInRelations(
        "Zelensky met European leaders in Tirana, including French President Emmanuel Macron and British Prime Minister Keir Starmer.",
        date: "2025-05-16") == ["UKR negotiates-with FRA", "UKR negotiates-with GBR"])
  }

  @Test func anAppositionToThePlace() throws {
    // guard: "Niger's capital" names the place again.
    #expect(
      try builtInRelations(
        "Leaders of African Union member states met in Niamey, Niger's capital, for a summit.",
        date: "2019-07-10"
      ).allSatisfy { !$0.contains("NER") })
  }
}
