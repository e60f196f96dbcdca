import Testing

@testable import Graph

/// Arabic: an organ or officer with no name, and the actor it belongs to with ل, speaks for that
/// actor ("وقال المكتب السياسي لحركة حماس", "المتحدث العسكري للحوثيين"). Verdicts a speaker
/// gives: an attack that "will not pass without a response", a price the other will pay, a
/// provocation, a grave mistake, an act an actor owns called illegal.
@Suite("Relations: an organ's speaker and the verdicts speakers give")
struct SpeakersAndVerdictsTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2025-03-16")
  }

  @Test func theOrgansActorSpeaks() throws {
    #expect(
      try relations("وقال المكتب السياسي لحركة حماس إن الغارات الإسرائيلية غير مقبولة.") == [
        "HAMAS opposes ISR"
      ])
    #expect(
      try relations("وقال المتحدث العسكري للحوثيين إن الغارات الأمريكية غير مقبولة.") == [
        "HOUTHIS opposes USA"
      ])
    // guard: what is said after the complementizer names no speaker.
    #expect(
      try relations(
        "وشنت الطائرات الإسرائيلية غارات على الضاحية الجنوبية لبيروت، قالت إنها استهدفت مقرات لحزب الله."
      ).allSatisfy { !$0.hasPrefix("HEZBOLLAH") })
  }

  @Test func anAttackThatWillNotPassWithoutAResponse() throws {
    #expect(
      try relations(
        "شنت الولايات المتحدة غارات على مواقع لجماعة الحوثيين في صنعاء. وأكد المكتب السياسي للحوثيين أن الهجوم لن يمر دون رد."
      ) == ["USA strikes HOUTHIS", "HOUTHIS opposes USA"])
    #expect(
      try relations(
        "Israel struck Hezbollah positions in Lebanon. Hezbollah said the aggression would not go unanswered."
      ) == ["ISR strikes HEZBOLLAH", "HEZBOLLAH opposes ISR"])
  }

  @Test func aThreatThatTheOtherWillPayAHeavyPrice() throws {
    #expect(
      try relations("وقال الحوثيون إن الولايات المتحدة وبريطانيا ستدفعان ثمنا باهظا.") == [
        "HOUTHIS opposes USA", "HOUTHIS opposes GBR",
      ])
    #expect(try relations("Iran said Israel will pay a heavy price.") == ["IRN opposes ISR"])
    #expect(
      try relations("واعتبرت طهران أن الخطوة الأمريكية خطأ استراتيجي.") == ["IRN opposes USA"])
    // A provocation is a verdict too.
    #expect(
      try relations("واعتبر وزير الدفاع الروسي ان التحركات الجورجية محاولة جديدة لاستفزاز روسيا.")
        == ["RUS opposes GEO"])
    #expect(
      try relations("China said the US drills were a dangerous provocation.") == [
        "CHN opposes USA"
      ])
    // An adjective of verdict before an act an actor owns judges the owner.
    #expect(
      try builtInRelations("Borrell said Russia's illegal war must end.", date: "2022-10-20")
        == ["EU opposes RUS"])
    // guard: before anything else it judges nothing.
    #expect(try relations("The EU said illegal migrants crossed the border.").isEmpty)
    // Atrocities or genocide said to have been committed.
    #expect(
      try builtInRelations(
        "Blinken said the Sudanese Armed Forces had also committed atrocities.", date: "2025-01-07")
        == ["USA opposes SDN"])
    // A formal determination reports speech too.
    #expect(
      try builtInRelations(
        "The United States determined that the RSF had committed genocide in Darfur.",
        date: "2025-01-07") == ["USA opposes RSF"])
    // So is calling the other's act a grave mistake.
    #expect(
      try relations("Moscow said Seoul's decision was a grave mistake.") == ["RUS opposes KOR"])
  }

  @Test func blackmailAndTreasonAreVerdicts() throws {
    // (Gave nothing.)
    #expect(
      try relations("فيما وصف لوكاشينكو الخطوة الروسية بأنها ابتزاز اقتصادي لبلاده.")
        == ["BLR opposes RUS"])
  }
}
