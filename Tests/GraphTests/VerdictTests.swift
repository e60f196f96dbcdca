import Testing

@testable import Graph

/// Verdicts a speaker passes ("غير مقبولة", "illegal", "انتهاك للقانون الدولي"): on an act they
/// judge its author, not the one it hit; and a spokesman "باسم X" speaks for X.
@Suite("Relations: verdicts on acts and spokesmen")
struct VerdictTests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2020-06-01").sorted()
  }

  @Test func aSpokesmanSpeaksForTheActorAfterBism() throws {
    #expect(
      try relations("وقال المتحدث باسم الخارجية الصينية إن بلاده تدعم باكستان.") == [
        "CHN supports PAK"
      ])
    #expect(
      try relations("اتهم المتحدث باسم الجيش الليبي تركيا بدعم الإرهاب.").contains(
        "LNA opposes TUR"))
  }

  @Test func whoIsSaidToInterfereIsJudged() throws {
    #expect(
      try relations("وقال الرئيس العراقي ان سورية وايران وتركيا تتدخل في شؤون العراق.") == [
        "IRQ opposes IRN", "IRQ opposes SYR", "IRQ opposes TUR",
      ])
    #expect(
      try relations(
        "Iran's foreign minister said the United States is interfering in Iraq's internal affairs."
      ) == ["IRN opposes USA"])
    #expect(
      try relations("Turkey does not interfere in the affairs of Syria, Erdogan said.").isEmpty)
    // Without a named speaker, an actor after "ان" is no speaker: nobody judges.
    #expect(try relations("وقال ان سورية وايران وتركيا تتدخل في شؤون العراق.").isEmpty)
  }

  @Test func aSpeechVerbWithoutASubjectIsThePreviousSpeakersOrPersons() throws {
    // "وقال" opening the sentence: "he said", the person of the sentence before.
    #expect(
      try relations(
        "وكان الرئيس العراقي جلال طالباني قد حذر من ان العراق يمكنه اثارة متاعب لجيرانه. وقال ان سورية وايران وتركيا تتدخل في شؤون العراق."
      ) == ["IRQ opposes IRN", "IRQ opposes SYR", "IRQ opposes TUR"])
    #expect(
      try relations(
        "استقبل الرئيس المصري عبد الفتاح السيسي وزير الخارجية الأمريكي. وقال إن قرار إسرائيل غير مقبول."
      ).contains("EGY opposes ISR"))
    // A title without a name is no person: the subject of the sentence before speaks.
    #expect(
      try relations(
        "استقبل الرئيس المصري وزير الخارجية الأمريكي. وقال إن بلاده تدعم الحكومة الفلسطينية."
      ).contains("EGY supports PSE"))
  }

  @Test func whoIsSaidToBeBehindAnActIsBlamed() throws {
    #expect(
      try relations("Maduro said Colombia was behind the drone attack.") == ["VEN opposes COL"])
    #expect(
      try relations("Iran said Israel is behind these assassinations.") == ["IRN opposes ISR"])
    #expect(
      try relations("Israel says Iran stands behind the Houthi attacks.").contains(
        "ISR opposes IRN"))
    // Behind something that is no act: nothing.
    #expect(try relations("Iran said Israel is behind the times.").isEmpty)
  }

  @Test func aVerdictOnAnActJudgesItsAuthor() throws {
    #expect(
      try relations("وقالت روسيا إن الضربات الأمريكية على سوريا غير مقبولة.") == [
        "RUS opposes USA", "USA strikes SYR",
      ])
    #expect(
      try relations("Russia said the US strikes on Syria were unacceptable.") == [
        "RUS opposes USA", "USA strikes SYR",
      ])
    // With no author named, the verdict is on nobody: not on the one hit.
    #expect(try relations("وقالت مصر إن الهجوم على السفارة الأمريكية غير مقبول.").isEmpty)
  }

  @Test func illegalityIsAVerdict() throws {
    #expect(
      try relations("وقالت الصين إن العقوبات الأمريكية على إيران غير قانونية.").contains(
        "CHN opposes USA"))
    #expect(
      try relations("وصفت الخارجية الروسية الضربات البريطانية بأنها انتهاك للقانون الدولي.") == [
        "RUS opposes GBR"
      ])
    #expect(
      try relations("Moscow described the British strikes as illegal.") == ["RUS opposes GBR"])
  }

  @Test func anAdjectiveThatQualifiesANounIsNoVerdict() throws {
    #expect(try relations("Italy said illegal migrants from Libya were arriving.").isEmpty)
    #expect(try relations("وقال الوزير الإيطالي إن الهجرة غير الشرعية من ليبيا تضاعفت.").isEmpty)
  }

  @Test func aPronounOnTheComplementizerIsTheSpeaker() throws {
    #expect(try relations("قالت روسيا إنها تدعم النظام السوري.") == ["RUS supports SYR"])
    #expect(try relations("وقالت تركيا إنها تدعم حكومة الوفاق.") == ["TUR supports GNA"])
    // Negated, it states nothing.
    #expect(try relations("أكدت روسيا أنها لن تدعم النظام السوري.").isEmpty)
    // Another subject named after the complementizer is the verb's own.
    #expect(try relations("قالت مصر إن تركيا تدعم حكومة الوفاق.") == ["TUR supports GNA"])
  }

  @Test func aModalBeforeTheVerbMakesItAPossibility() throws {
    #expect(try relations("Israel may strike Iran in the coming weeks.") == ["ISR strikes IRN ?"])
    #expect(
      try relations("قد يشن الجيش الإسرائيلي هجوما على حزب الله.") == ["ISR strikes HEZBOLLAH ?"])
    // "May" the month, and "قد" before a perfect verb, say it happened.
    #expect(try relations("In May, Israel struck Hezbollah.") == ["ISR strikes HEZBOLLAH"])
    #expect(try relations("وقد شنت إسرائيل هجوما على حزب الله.") == ["ISR strikes HEZBOLLAH"])
  }

  @Test func whoIsSaidToBeBehindAnAttackIsBlamed() throws {
    #expect(
      try relations("Iraq said Iran was behind the attack on its territory.") == ["IRQ opposes IRN"]
    )
    #expect(
      try relations("وقالت الحكومة الأفغانية إن حركة طالبان تقف وراء الهجوم.") == [
        "AFG opposes TALIBAN"
      ])
    // Behind a decision is no blame; claiming one's own attack is none either.
    #expect(try relations("وقالت مصر إن الولايات المتحدة تقف وراء قرار مجلس الأمن.").isEmpty)
    #expect(try relations("The Taliban said they were responsible for the attack.").isEmpty)
  }
}
