import Testing

@testable import Graph

/// A Gulf ruler's full name after "Sheikh" or "Prince" is one mention ("Sheikh Tamim bin Hamad Al
/// Thani"), so the actor named after it joins the list ("... Al Thani and Egyptian President
/// Abdel Fattah al-Sisi").
@Suite("Gazetteer: honorific and full name")
struct HonorificFullNameTests {
  /// Relations with the built-in gazetteer, lexicon and titles, in the order they appear.
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2025-01-15")
  }

  @Test func theFullNameAfterTheHonorificIsOneItem() throws {
    #expect(
      try relations(
        "Biden spoke by telephone with Sheikh Tamim bin Hamad Al Thani and Egyptian President "
          + "Abdel Fattah al-Sisi.") == ["USA negotiates-with QAT", "USA negotiates-with EGY"])
  }
}
