import Testing

@testable import Graph

/// The weapon of a verb of force ("استهدف الحوثيون بصاروخ باليستي مدينة جازان السعودية") is its
/// instrument, neither a step away from the object nor an agent phrase; a region of a state in
/// the object's place ("قصفت إسرائيل جنوب لبنان") is what is hit.
@Suite("Relations: weapons as instruments, regions as objects")
struct InstrumentAndRegionTests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2018-06-01").sorted()
  }

  @Test func aRegionInTheObjectsPlaceIsHit() throws {
    #expect(try relations("قصفت إسرائيل جنوب لبنان.") == ["ISR strikes LBN"])
    #expect(try relations("إسرائيل قصفت جنوب لبنان.") == ["ISR strikes LBN"])
    #expect(try relations("هاجمت القوات الروسية شرق أوكرانيا.") == ["RUS strikes UKR"])
    #expect(try relations("شنت الطائرات التركية غارات شمال العراق.") == ["TUR strikes IRQ"])
    // Guards: with an object of its own, the region is where; after another object it is too.
    #expect(
      try relations("قصفت الطائرات الإسرائيلية مواقع لحزب الله جنوب لبنان.") == [
        "ISR strikes HEZBOLLAH"
      ])
    #expect(try relations("استهدف الحوثيون سفينة قبالة اليمن.") == [])
  }

  @Test func placesHitInAStateAreTheStates() throws {
    #expect(
      try relations("وقصفت المدفعية الإسرائيلية بلدات في جنوب لبنان.") == ["ISR strikes LBN"])
    #expect(try relations("قصفت إسرائيل مواقع في لبنان.") == ["ISR strikes LBN"])
    #expect(
      try relations("شنت الطائرات التركية غارات على مواقع في شمال العراق.") == ["TUR strikes IRQ"])
    // Guard: positions the genitive names are that actor's.
    #expect(
      try relations("قصفت الطائرات الروسية مواقع لهيئة تحرير الشام في شمال سوريا.") == [
        "RUS strikes HTS"
      ])
  }

  @Test func aWeaponBetweenTheSubjectAndTheObjectIsTheInstrument() throws {
    #expect(
      try relations("استهدف الحوثيون بصاروخ باليستي مدينة جازان السعودية.") == [
        "HOUTHIS strikes SAU"
      ])
    #expect(
      try relations("استهدف الحوثيون بصواريخ باليستية السعودية.") == ["HOUTHIS strikes SAU"])
    #expect(
      try relations("قصف الجيش السوري بقذائف الهاون جبهة النصرة.") == ["SYR strikes NUSRA"])
    #expect(
      try relations("قصفت الطائرات الروسية بصواريخ موجهة مواقع هيئة تحرير الشام.") == [
        "RUS strikes HTS"
      ])
    // Guards: the owner of the weapon right after it is the agent; a nisba after it is its own.
    #expect(try relations("قتل فلسطيني برصاص الجيش الإسرائيلي.") == ["ISR strikes PSE"])
    #expect(try relations("قتل جندي إسرائيلي بنيران مقاتلي حزب الله.") == ["HEZBOLLAH strikes ISR"])
    #expect(try relations("قتل الزرقاوي في العراق العام الماضي بصاروخ أميركي.") == [])
  }
}
