import Testing

@testable import Graph

/// A verb joined by "و" to the one before it ("انتقدت مصر إسرائيل واتهمت حزب الله"), mediation
/// ("تتوسط قطر بين ..."), demands to stop an act named with a pronoun ("بوقف هجماتها") and a
/// force named by its owner in ل ("غارات للتحالف").
@Suite("Relations: coordinated verbs, mediation and owned forces")
struct CoordinatedVerbTests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2020-06-01").sorted()
  }

  @Test func aCoordinatedVerbSharesTheSubjectOfAVerbBeforeIt() throws {
    // The first verb's object is no subject of the second.
    let r = try relations("انتقدت مصر إسرائيل واتهمت حزب الله بجر لبنان إلى الحرب.")
    #expect(r.contains("EGY opposes HEZBOLLAH"))
    #expect(r.contains("EGY opposes ISR"))
    #expect(!r.contains("ISR opposes HEZBOLLAH"))
  }

  @Test func aCoordinatedVerbEndsTheObjectOfTheVerbBeforeIt() throws {
    let r = try relations("هاجمت الجزائر فرنسا وانتقدت المغرب.")
    #expect(r.contains("DZA strikes FRA"))
    #expect(r.contains("DZA opposes MAR"))
    // Morocco is what the second verb is about, not the first.
    #expect(!r.contains("DZA strikes MAR"))
    #expect(!r.contains("FRA opposes MAR"))
    // A coordinated head noun still joins the object ("وقوات حفتر").
    #expect(
      try relations("انتقدت روسيا تركيا وقوات حفتر.") == ["RUS opposes LNA", "RUS opposes TUR"])
  }

  @Test func theActorBeforeAnObjectPronounIsNoSubject() throws {
    // "واتهمها": the actor right before is the pronoun's antecedent; the subject (no actor)
    // was named with the first verb.
    let r = try relations("وبعد اجتماع مطول، هاجم المتحدث سياسة إيران واتهمها بدعم الحوثيين.")
    #expect(!r.contains("IRN opposes HOUTHIS"))
  }

  @Test func aMediatorTalksWithBothSides() throws {
    #expect(
      try relations("تتوسط قطر بين الحكومة السودانية وقوات الدعم السريع.") == [
        "QAT negotiates-with RSF", "QAT negotiates-with SDN",
      ])
    #expect(
      try relations("وتوسطت تركيا بين روسيا وأوكرانيا في صفقة الحبوب.") == [
        "TUR negotiates-with RUS", "TUR negotiates-with UKR",
      ])
  }

  @Test func aDemandToStopAnActNamedWithAPronoun() throws {
    #expect(
      try relations("طالبت الأمم المتحدة إسرائيل بوقف هجماتها على لبنان.") == ["UN opposes ISR"])
    #expect(try relations("دعت فرنسا روسيا إلى إنهاء عدوانها على أوكرانيا.") == ["FRA opposes RUS"])
  }

  @Test func aForceNamedByItsOwnerInLamActsForTheOwner() throws {
    #expect(
      try relations("قصفت مقاتلات للجيش التركي مواقع لحزب العمال الكردستاني في العراق.") == [
        "TUR strikes PKK"
      ])
    #expect(
      try relations("استهدفت غارات للتحالف العربي مواقع الحوثيين.") == [
        "SAUDI_COALITION strikes HOUTHIS"
      ])
    // With its owner right after the verb, the owner is the subject as before.
    #expect(
      try relations("قصفت قوات النظام السوري مواقع لهيئة تحرير الشام.") == ["SYR strikes HTS"])
  }
}
