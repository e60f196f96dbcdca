import Testing

@testable import Graph

/// Measures one state takes against another: recalling its ambassador to it ("recalled its
/// ambassador to France", where the posting is the object, not a place in the envoy's title)
/// and imposing tariffs or an embargo on it.
@Suite("Relations: recalled envoys and imposed measures")
struct DiplomaticMeasureTests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2020-06-01").sorted()
  }

  @Test func recallingAnAmbassadorToAStateOpposesIt() throws {
    #expect(try relations("Jordan recalled its ambassador to Israel.") == ["JOR opposes ISR"])
    #expect(
      try relations("Algeria recalled its ambassador to France for consultations.") == [
        "DZA opposes FRA"
      ])
    // The posting in an envoy's title is still no argument.
    #expect(try relations("The US ambassador to the UN criticized Russia.") == ["USA opposes RUS"])
  }

  @Test func arrestingAnActorsPeopleOpposesIt() throws {
    #expect(try relations("اعتقلت إسرائيل قادة من حماس.") == ["ISR opposes HAMAS"])
    #expect(
      try relations("اعتقلت القوات الإسرائيلية عشرة من نشطاء حركة الجهاد الإسلامي.") == [
        "ISR opposes PIJ"
      ])
    #expect(
      try relations("قال مسؤولون إن الجيش الأمريكي احتجز ثلاثة إيرانيين في أربيل.") == [
        "USA opposes IRN"
      ])
    // In a relative clause after what is asked for, the arrest is a fact.
    #expect(
      try relations(
        "دعا انان الى الافراج عن نواب وقادة حركة المقاومة الاسلامية (حماس) الذين اعتقلتهم اسرائيل.")
        == ["ISR opposes HAMAS"])
  }

  @Test func votingAgainstBanningAndBoycottingOppose() throws {
    #expect(try relations("صوتت الصين ضد القرار الأمريكي.") == ["CHN opposes USA"])
    #expect(try relations("حظرت ألمانيا حزب الله.") == ["DEU opposes HEZBOLLAH"])
    #expect(try relations("قاطعت مصر القمة الأمريكية.") == ["EGY opposes USA"])
    #expect(try relations("China voted against the US-drafted resolution.") == ["CHN opposes USA"])
    #expect(try relations("Russia objected to the US proposal.") == ["RUS opposes USA"])
    #expect(try relations("The EU froze Iranian assets.") == ["EU opposes IRN"])
    // A vote with no "against" is no cue.
    #expect(try relations("صوتت مصر لصالح القرار الروسي.").isEmpty)
  }

  @Test func imposingTariffsOpposesTheirObject() throws {
    #expect(try relations("Washington imposed tariffs on Chinese goods.") == ["USA opposes CHN"])
    // A measure with no actor as its object opposes nobody.
    #expect(try relations("The government imposed a curfew in Baghdad.").isEmpty)
  }
}
