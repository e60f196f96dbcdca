import Testing

@testable import Graph

/// Names the larger gazetteer now knows, read in their place: a person after his own state's
/// "'s" in a list of subjects, a period inside a name that ends no clause, and a group's form
/// that several countries share between guillemets.
@Suite("Relations: possessed names, periods inside names, shared forms in quotes")
struct PossessedNamesAndPeriodsTests {
  /// Relations with the built-in gazetteer, lexicon and titles (" ?" marks a hypothetical one),
  /// in the order they appear.
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2025-06-27")
  }

  @Test func aPersonAfterHisStatesPossessiveIsOneItemOfTheList() throws {
    #expect(
      try relations("Russia's Sergei Lavrov and Turkey's Hakan Fidan met in Ankara.") == [
        "RUS negotiates-with TUR"
      ])
    #expect(
      try relations(
        "Israel's Benjamin Netanyahu and Egypt's Abdel Fattah al-Sisi met in Sharm el-Sheikh.")
        == ["ISR negotiates-with EGY"])
  }

  @Test func aPeriodInsideANameEndsNoClause() throws {
    #expect(try relations("President Ferdinand Marcos Jr. condemned China.") == ["PHL opposes CHN"])
    #expect(try relations("US President George W. Bush condemned Iran.") == ["USA opposes IRN"])
    // Guard: an abbreviated title before the name was read already.
    #expect(
      try relations("Gen. Abdel Fattah al-Burhan accused the RSF of war crimes.") == [
        "SDN opposes RSF"
      ])
  }

  @Test func guillemetsDoNotSayWhichCountrysGroupAFormNames() throws {
    // Guard: "جبهة الخلاص الوطني" is a front's name in several countries (South Sudan's is in
    // the gazetteer, with its home); the quotes make it a name, not South Sudan's.
    #expect(
      try relations("وأدانت «جبهة الخلاص الوطني» الهجوم الإسرائيلي على سوريا.") == [
        "ISR strikes SYR"
      ])
  }
}
