import Foundation
import Testing

@testable import Graph

/// A call "بالرئيس التركي رجب طيب أردوغان" reaches the titled person; an ambiguous surname
/// names the person the document named before in full; a verb with a pronoun after an act's
/// indefinite noun has its subject after it; an act with its agent and على hits the one after
/// على when no victim is an actor.
@Suite("Relations: calls to titled persons, earlier names, acts and their targets")
struct CallsEarlierNamesAndActsWithoutVictimsTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2023-06-01")
  }

  @Test func aCallToATitledPerson() throws {
    #expect(
      try relations("أجرى محمد المنفي اتصالا هاتفيا بالرئيس التركي رجب طيب أردوغان.")
        == ["LBY_GNU negotiates-with TUR"])
    #expect(
      try relations("أجرى محمد المنفي اتصالا هاتفيا بالرئيس رجب طيب أردوغان.")
        == ["LBY_GNU negotiates-with TUR"])
    // guard: a call to a name with no title, as before.
    #expect(
      try relations("أجرى محمد المنفي اتصالا هاتفيا بأردوغان.") == ["LBY_GNU negotiates-with TUR"])
  }

  @Test func anAmbiguousSurnameNamesThePersonNamedBefore() throws {
    #expect(
      try relations("التقى محمد المنفي السفير الأمريكي. كما استقبل المنفي السفير التركي.")
        == ["LBY_GNU negotiates-with USA", "LBY_GNU negotiates-with TUR"])
    // guard: alone, the word names nobody.
    #expect(try relations("استقبل المنفي السفير التركي.") == [])
  }

  @Test func aVerbDescribingAnActHasItsSubjectAfterIt() throws {
    // (Was LBY_GNU strikes LNA: the speaker's forces as the subject of "شنته". Then nothing;
    // now the groups "تابعة لقوات حفتر" are Haftar's, and the attack repelled is mutual, as in
    // the guard below.)
    #expect(
      try relations(
        "أعلنت حكومة الوحدة الوطنية الليبية أن قواتها تمكنت من صد هجوم شنته مجموعات مسلحة تابعة لقوات حفتر على مواقعها جنوب العاصمة."
      ) == ["LBY_GNU strikes LNA", "LNA strikes LBY_GNU"])
    // guard: the repelled attack's rule, as before.
    #expect(
      try relations("صدت قوات الوفاق هجوما شنته قوات حفتر على مواقعها.")
        == ["GNA strikes LNA", "LNA strikes GNA"])
  }

  @Test func anActWithItsAgentHitsTheOneAfterAla() throws {
    #expect(try relations("قتل عشرة في غارة إسرائيلية على غزة.") == ["ISR strikes PSE"])
    #expect(
      try relations("قتل عشرة أشخاص في غارة إسرائيلية على مخيم جباليا.") == ["ISR strikes PSE"])
    // guard: victims named as an actor, as before.
    #expect(
      try relations("قتل عشرة فلسطينيين في غارة إسرائيلية على غزة.") == ["ISR strikes PSE"])
  }
}
