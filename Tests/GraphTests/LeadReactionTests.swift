import Testing

@testable import Graph

/// A reaction to "the move", "the decision", "the step" or "the announcement" two or more
/// sentences after the lead concerns the act the lead told: "Mali cut ties with Ukraine. (...)
/// Kyiv rejected the decision" (`leadReactionPairs`).
@Suite("Relations: a reaction to the lead's act")
struct LeadReactionTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-08-06").sorted()
  }

  @Test func aRejectionThreeSentencesOn() throws {
    #expect(
      try relations(
        "Mali's junta said on Sunday it was cutting diplomatic ties with Ukraine. The "
          + "announcement followed remarks by a Ukrainian intelligence spokesman. Fighting in "
          + "the north killed dozens of soldiers last month. Kyiv's foreign ministry rejected "
          + "the decision as hasty.")
        == ["MLI opposes UKR", "UKR opposes MLI"])
  }

  @Test func aWelcome() throws {
    #expect(
      try relations(
        "Mali's junta said on Sunday it was cutting diplomatic ties with Ukraine. The "
          + "announcement followed remarks by a Ukrainian intelligence spokesman. Fighting in "
          + "the north killed dozens of soldiers last month. Russia welcomed the decision.")
        == ["MLI opposes UKR", "RUS supports MLI"])
  }

  /// guard: eleven sentences after the lead is past `DecisionMemory.window`.
  @Test func notPastTheWindow() throws {
    let convoys = (1...10).map { "Aid convoy number \($0) reached the northern town on Monday." }
    func text(_ middle: [String]) -> String {
      (["Mali's junta said on Sunday it was cutting diplomatic ties with Ukraine."] + middle
        + ["Kyiv's foreign ministry rejected the decision as hasty."]).joined(separator: " ")
    }
    #expect(try relations(text(convoys)) == ["MLI opposes UKR"])
    #expect(
      try relations(text(Array(convoys.dropFirst()))) == ["MLI opposes UKR", "UKR opposes MLI"])
  }

  @Test func aVerdictOnTheMove() throws {
    #expect(
      try relations(
        "China imposed sanctions on three Philippine officials on Monday. Two sailors were hurt "
          + "last week, the military said. The United States called the move unjustified.")
        == ["CHN opposes PHL", "USA opposes CHN"])
    #expect(
      try relations(
        "China imposed sanctions on three Philippine officials on Monday. Two sailors were hurt "
          + "last week, the military said. Washington called the decision a dangerous "
          + "escalation.")
        == ["CHN opposes PHL", "USA opposes CHN"])
  }

  static let arabicLead =
    "قطعت مالي العلاقات الدبلوماسية مع أوكرانيا يوم الأحد. وجاء ذلك بعد تصريحات لمسؤول عسكري. "
    + "وقتل عشرات الجنود في الشمال الشهر الماضي. "

  @Test func arabicRejection() throws {
    #expect(
      try relations(Self.arabicLead + "ورفضت وزارة الخارجية الأوكرانية القرار.")
        == ["MLI opposes UKR", "UKR opposes MLI"])
    #expect(
      try relations(Self.arabicLead + "ووصفت كييف الخطوة بأنها متسرعة.")
        == ["MLI opposes UKR", "UKR opposes MLI"])
  }

  /// guard: in Arabic, no welcome, and nothing after a lead that told a deal.
  @Test func arabicOnlyOpposesAndNotADeal() throws {
    #expect(try relations(Self.arabicLead + "ورحبت روسيا بالقرار.") == ["MLI opposes UKR"])
    #expect(
      try relations(
        "وقعت إثيوبيا وإريتريا اتفاقا للسلام يوم الاثنين. وجاء ذلك بعد عقدين من العداء. "
          + "وقتل عشرات الآلاف في الحرب. ورفضت مصر الخطوة.") == ["ETH negotiates-with ERI"])
  }
}

/// "stood firmly behind" backs (without an attack after it, which blames); "voiced his
/// displeasure to" opposes.
@Suite("Relations: standing behind, and displeasure")
struct StandingBehindTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2013-01-20").sorted()
  }

  @Test func standingBehind() throws {
    #expect(
      try relations("The State Department said Washington stood firmly behind Kyiv.")
        == ["USA supports UKR"])
    // guard: who stands behind an attack is blamed for it.
    #expect(
      try relations("Israel said Iran stood behind the attack on its ship.") == ["ISR opposes IRN"])
  }

  @Test func displeasure() throws {
    #expect(
      try relations("Japan's prime minister voiced his displeasure to Algeria over the raid.")
        == ["JPN opposes DZA"])
    #expect(
      try relations("The minister expressed Ankara's frustration with Washington.")
        == ["TUR opposes USA"])
  }
}
