import Testing

@testable import Graph

/// Joint acts told with the parties between the verb and what they trade ("تبادلت القوات
/// الهندية والباكستانية إطلاق النار") and agreements whose parties follow an adjective
/// ("الاتفاق الموقع بين X وY").
@Suite("Relations: exchanges of fire and agreements between parties")
struct ExchangeAndAgreementTests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2020-06-01").sorted()
  }

  @Test func sidesThatTradeFireStrikeEachOther() throws {
    #expect(
      try relations("وتبادلت القوات الأرمينية والأذربيجانية إطلاق النار قرب الحدود.") == [
        "ARM strikes AZE", "AZE strikes ARM",
      ])
    #expect(
      try relations("تبادل الجيش الإسرائيلي وحزب الله القصف عبر الحدود.") == [
        "HEZBOLLAH strikes ISR", "ISR strikes HEZBOLLAH",
      ])
    // Trading prisoners, ambassadors or accusations is no fight.
    #expect(try relations("تبادلت روسيا وأوكرانيا الأسرى.").isEmpty)
    #expect(try relations("تبادلت مصر وتركيا السفراء.").isEmpty)
  }

  @Test func sidesThatTradeAccusationsOpposeEachOther() throws {
    #expect(
      try relations("تبادلت الهند وباكستان الاتهامات بشأن الهجوم.") == [
        "IND opposes PAK", "PAK opposes IND",
      ])
    #expect(
      try relations("Russia and Ukraine blamed each other for the attack on the dam.") == [
        "RUS opposes UKR", "UKR opposes RUS",
      ])
    #expect(
      try relations("India and Pakistan traded accusations.") == [
        "IND opposes PAK", "PAK opposes IND",
      ])
  }

  @Test func aDealWithAnActorIsNegotiation() throws {
    #expect(try relations("أبرمت إسرائيل صفقة مع حماس.") == ["ISR negotiates-with HAMAS"])
    #expect(
      try relations("عقدت إسرائيل صفقة تبادل أسرى مع حزب الله.") == [
        "ISR negotiates-with HEZBOLLAH"
      ])
  }

  @Test func anExchangeOfPrisonersIsAgreed() throws {
    #expect(
      try relations("وأتمت روسيا وأوكرانيا صفقة تبادل أسرى جديدة.") == ["RUS negotiates-with UKR"])
    #expect(
      try relations("وجرت عملية تبادل الأسرى بين أرمينيا وأذربيجان على الحدود.") == [
        "ARM negotiates-with AZE"
      ])
  }

  @Test func anAgreementWithAnAdjectiveBeforeItsParties() throws {
    #expect(
      try relations("وأشاد الوزير بالاتفاق الموقع بين الحكومة الإثيوبية وجبهة تحرير تيغراي.") == [
        "ETH negotiates-with TPLF"
      ])
    // A place after an unknown partner is no partner (South Sudan's capital gave SDN
    // negotiates-with SSD).
    #expect(try relations("ووقعت الحكومة السودانية اتفاق سلام مع الجبهة الثورية في جوبا.") == [])
    // Before "مع" only the other party is named: the agreement names no pair.
    #expect(try relations("وخاض الحزب معركة ضد الاتفاق المعقود مع حركة فتح.").isEmpty)
  }

  @Test func restoringRelationsIsAJointAct() throws {
    #expect(
      try relations("Morocco and Israel restored diplomatic relations.") == [
        "MAR negotiates-with ISR"
      ])
    #expect(
      try relations("Saudi Arabia resumed ties with Iran in 2023.") == ["SAU negotiates-with IRN"])
    #expect(
      try relations("أعلنت السعودية وإيران استئناف العلاقات الدبلوماسية بينهما.") == [
        "SAU negotiates-with IRN"
      ])
    #expect(try relations("تركيا أعادت علاقاتها مع مصر.") == ["TUR negotiates-with EGY"])
  }

  @Test func anOutsiderWhoRejectsAJointActLeavesItMade() throws {
    // Rejecting it opposes both, and the parties still made it.
    #expect(
      try relations("Egypt rejected the agreement between Turkey and Libya.") == [
        "EGY opposes LBY", "EGY opposes TUR", "TUR negotiates-with LBY",
      ])
    #expect(
      try relations("رفضت مصر الاتفاق بين تركيا وليبيا.") == [
        "EGY opposes LBY", "EGY opposes TUR", "TUR negotiates-with LBY",
      ])
    // A party's own refusal still opposes.
    #expect(try relations("Israel refused a truce with Hamas.") == ["ISR opposes HAMAS"])
  }

  @Test func sidesAtOddsOpposeEachOther() throws {
    #expect(
      try relations("Ethiopia and Egypt have been at odds over the Nile dam for years.") == [
        "EGY opposes ETH", "ETH opposes EGY",
      ])
    #expect(
      try relations("Qatar remains at loggerheads with Saudi Arabia.") == [
        "QAT opposes SAU", "SAU opposes QAT",
      ])
    #expect(try relations("Ethiopia and Egypt are no longer at odds.").isEmpty)
  }

  @Test func aPartnershipIsAJointAct() throws {
    #expect(
      try relations("Russia and China deepened their strategic partnership.") == [
        "RUS negotiates-with CHN"
      ])
    #expect(
      try relations("The partnership between Iran and Russia has grown.") == [
        "IRN negotiates-with RUS"
      ])
  }

  @Test func aTreatyIsAJointActAndLeavingItOpposes() throws {
    #expect(
      try relations("انسحبت روسيا من معاهدة نيو ستارت مع الولايات المتحدة.") == [
        "RUS opposes USA"
      ])
  }
}
