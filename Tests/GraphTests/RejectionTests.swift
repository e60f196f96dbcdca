import Testing

@testable import Graph

/// What an actor rejects did not happen: "rejected calls for talks with X" refuses the talks
/// (a stance against X), "rejected/dismissed accusations that it attacked Y" is a denial, and
/// "rejected claims that X supplied ..." names no act of X to oppose; an attack rejected by its
/// noun happened ("rejected the Israeli attack on Lebanon"), one refused ("refused to launch an
/// attack") did not.
@Suite("Relations: rejected talks, rejected accusations and claims")
struct RejectionTests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-06-01").sorted()
  }

  @Test func rejectedTalksAreRefused() throws {
    #expect(
      try relations("Sudan's army chief rejected calls for talks with the RSF.") == [
        "SDN opposes RSF"
      ])
  }

  @Test func aRejectedAttackHappened() throws {
    #expect(
      try relations("Egypt rejected the Israeli attack on Lebanon.") == [
        "EGY opposes ISR", "ISR strikes LBN",
      ])
    #expect(
      try relations("رفضت مصر الهجوم الإسرائيلي على لبنان.") == [
        "EGY opposes ISR", "ISR strikes LBN",
      ])
    // An attack one refuses to launch did not happen.
    #expect(try relations("رفضت تركيا شن هجوم على سوريا.") == [])
    #expect(try relations("Turkey refused to launch an attack on Syria.") == [])
  }

  @Test func aRejectedAccusationIsDenied() throws {
    #expect(
      try relations("Russia rejected US accusations that it attacked Ukraine.") == [
        "RUS opposes USA"
      ])
    #expect(
      try relations("Russia dismissed US accusations that it attacked Ukraine.") == [
        "RUS opposes USA"
      ])
  }

  @Test func aRejectedClaimNamesNoActToOppose() throws {
    #expect(try relations("Russia rejected claims that Iran supplied drones to its army.") == [])
    // A relative clause after an act still names its author.
    #expect(
      try relations("Jordan condemned the force that Israeli troops used.") == ["JOR opposes ISR"])
  }

  @Test func anArabicDenialNegatesTheActItNames() throws {
    #expect(try relations("نفى الكرملين تقارير عن مفاوضات سرية مع كييف.") == [])
    #expect(try relations("نفت أنقرة وجود أي تنسيق مع دمشق.") == [])
    #expect(try relations("نفت القاهرة أي دعم لقوات حفتر.") == [])
    #expect(try relations("The Kremlin denied reports of secret talks with Kyiv.") == [])
    // The next clause is out of the denial's reach.
    #expect(
      try relations("ونفى المتحدث أن تكون تركيا قد دعمت الهجوم، وقال إن أنقرة تدعم حكومة الوفاق.")
        == ["TUR supports GNA"])
  }

  @Test func anArmsSaleIsSupport() throws {
    #expect(
      try relations("The US approved a $1 billion arms sale to Israel.") == ["USA supports ISR"])
  }
}
