import Foundation
import Testing

@testable import Graph

/// "البلدين", "the two countries" (list `country_anaphor`) refer to states only: a group with a
/// court or an armed group in it is not theirs.
@Suite("Relations: a description of countries names states")
struct CountryAnaphorTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2023-05-21").sorted()
  }

  @Test func theMediatingCountriesNotTheWarringSides() throws {
    #expect(
      try relations(
        "أعلنت السعودية والولايات المتحدة أن ممثلي الجيش السوداني وقوات الدعم السريع وقعوا في "
          + "جدة اتفاقا. وجاء في بيان مشترك للبلدين الوسيطين أن الهدنة ستبدأ غدا.")
        == ["SAU negotiates-with USA", "SDN negotiates-with RSF"])
  }

  @Test func aCourtIsNotACountry() throws {
    #expect(
      try relations(
        "وكانت قطر قد رفعت القضية إلى محكمة العدل الدولية. وأشادت الكويت بحكمة قيادتي البلدين.")
        == [])
  }

  @Test func twoStatesAreTheTwoCountries() throws {
    // guard: both named are states.
    #expect(
      try relations(
        "اجتمع وزيرا خارجية قطر والبحرين في الرياض. وأشادت الكويت بحكمة قيادتي البلدين.")
        == ["KWT supports BHR", "KWT supports QAT", "QAT negotiates-with BHR"])
  }
}
