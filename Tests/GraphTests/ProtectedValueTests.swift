import Foundation
import Testing

@testable import Graph

/// The owner of what a stance protects ("سيادة الصومال", "Somalia's sovereignty", "the
/// sovereignty of Qatar") is no target of the opposition to what threatens it.
@Suite("The owner of a protected value is no target")
struct ProtectedValueTests {
  @Test func arabicGenitives() throws {
    #expect(
      try builtInRelations(
        "أعربت جامعة الدول العربية عن رفضها لأي مذكرة تمس سيادة الصومال.", date: "2024-01-03"
      )
      .isEmpty)
    #expect(try builtInRelations("أدانت السعودية انتهاك سيادة قطر.", date: "2024-01-03").isEmpty)
    #expect(try builtInRelations("رفضت مصر المساس بأمن الصومال.", date: "2024-01-03").isEmpty)
  }

  @Test func englishOwners() throws {
    #expect(
      try builtInRelations(
        "Egypt rejected any violation of Somalia's sovereignty.", date: "2024-01-03"
      )
      .isEmpty)
    #expect(
      try builtInRelations(
        "Egypt condemned the violation of the sovereignty of Qatar.", date: "2024-01-03"
      )
      .isEmpty)
  }

  @Test func aStatesAffairsAreProtected() throws {
    // Opposing interference in a state's affairs does not oppose the state.
    #expect(
      try builtInRelations(
        "وأكدت الصين معارضتها للتدخل الخارجي في شؤون فنزويلا.", date: "2019-01-25"
      )
      .isEmpty)
    // guard: so in English ("affairs" joins the list; this sentence gave nothing before either).
    #expect(
      try builtInRelations(
        "China voiced its opposition to foreign interference in the affairs of Venezuela.",
        date: "2019-01-25"
      )
      .isEmpty)
  }

  @Test func supportAndRefusedRecognitionStay() throws {
    // guard: support of a state's unity is support of the state.
    #expect(
      try builtInRelations(
        "أكد وزير الخارجية المصري دعم مصر الكامل لوحدة الصومال.", date: "2024-01-03")
        == ["EGY supports SOM"])
    // guard: independence is no protected value; refusing to recognise it opposes.
    #expect(
      try builtInRelations(
        "رفضت صربيا الاعتراف باستقلال كوسوفو.", date: "2008-02-22")
        == ["SRB opposes XKX"])
  }
}
