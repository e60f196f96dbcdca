import Foundation
import Testing

@testable import Graph

/// Frames of Arabic wire reports read from news text the extractor had not seen: a strike on a
/// car, a house or a workshop that stands in a state ("على سيارة في جنوب لبنان"), past the
/// projectile fired and a time phrase; a blockade imposed; talks whose partner follows a place and
/// a time ("محادثات في طهران اليوم مع ...") or stands before the noun ("أجرى X مع Y محادثات");
/// a war waged "ضد".
@Suite("Relations: places hit and talks")
struct PlacesHitAndTalksTests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-05-01").sorted()
  }

  @Test func aVehicleOrBuildingHitInAStateStrikesTheState() throws {
    #expect(
      try relations("قصفت طائرة مسيرة تركية شاحنة في شمال العراق.") == ["TUR strikes IRQ"])
    #expect(
      try relations("استهدفت غارة اسرائيلية مدرسة في جنوب لبنان.") == ["ISR strikes LBN"])
    #expect(try relations("أغارت طائرة اسرائيلية على مصنع في دمشق.") == ["ISR strikes SYR"])
  }

  @Test func aCountOfPlacesHitAndTownsOfGaza() throws {
    #expect(
      try relations("قصفت دبابة اسرائيلية عدة منازل في بلدة بيت حانون.") == ["ISR strikes PSE"])
    #expect(
      try relations("قصفت الطائرات الاسرائيلية عددا من المنازل في مدينة طولكرم.")
        == ["ISR strikes PSE"])
    #expect(try relations("استهدفت غارة اسرائيلية منزلين في بيت لاهيا.") == ["ISR strikes PSE"])
    #expect(
      try relations("قصفت القوات الروسية إحدى المدارس في مدينة خاركيف.") == ["RUS strikes UKR"])
  }

  @Test func theProjectileFiredStandsBetweenTheSubjectAndTheAim() throws {
    #expect(
      try relations("أطلقت مروحية اسرائيلية صاروخين على سيارة في جنوب لبنان.")
        == ["ISR strikes LBN"])
    #expect(
      try relations("أطلق حزب الله عشرات الصواريخ على بلدات في شمال اسرائيل.")
        == ["HEZBOLLAH strikes ISR"])
    #expect(
      try relations("أطلق الحوثيون صاروخا باليستيا على منشأة نفطية في جيزان.")
        == ["HOUTHIS strikes SAU"])
  }

  @Test func aPlaceHitWithWhatItHoldsStandsInAState() throws {
    #expect(
      try relations("قصفت الطائرات الروسية مستودعات للأسلحة في مدينة خاركيف.") == [
        "RUS strikes UKR"
      ])
    #expect(
      try relations("قصفت الطائرات الاسرائيلية مخازن للذخيرة في جنوب لبنان.") == ["ISR strikes LBN"]
    )
    // guard: an owner that is an actor is the target.
    #expect(
      try relations("قصفت اسرائيل مواقع لحزب الله في جنوب لبنان.") == ["ISR strikes HEZBOLLAH"])
  }

  @Test func gunfireWithTheSubjectInsideTheVerbPhrase() throws {
    #expect(
      try relations("أطلق الجيش الاسرائيلي النار على سيارة في الضفة الغربية.") == [
        "ISR strikes PSE"
      ])
    #expect(
      try relations("أطلق جنود اسرائيليون النار على جنود لبنانيين.") == ["ISR strikes LBN"])
    // guard: releasing prisoners is no shooting, though a ceasefire is named after it.
    #expect(try relations("أطلقت اسرائيل سراح عشرين أسيرا فلسطينيا بعد وقف إطلاق النار.") == [])
  }

  @Test func aTimePhraseStandsBetweenTheSubjectAndThePlaceHit() throws {
    #expect(
      try relations("وقال مصدر امني ان طائرة اسرائيلية اغارت الليلة الماضية على ورشة في مدينة رفح.")
        == ["ISR strikes PSE"])
    #expect(
      try relations("قصفت مدفعية الجيش التركي الليلة الماضية قرى في شمال العراق.")
        == ["TUR strikes IRQ"])
    #expect(try relations("أغارت طائرة روسية أمس على منزل في مدينة خاركيف.") == ["RUS strikes UKR"])
  }

  @Test func aBlockadeImposedOpposesTheStateItIsImposedOn() throws {
    #expect(try relations("فرضت اسرائيل حصارا بحريا على قطاع غزة.") == ["ISR opposes PSE"])
    #expect(
      try relations("وتفرض السعودية والامارات حصارا على قطر منذ عام 2017.")
        == ["ARE opposes QAT", "SAU opposes QAT"])
    // guard: a cordon round a body's building opposes no one.
    #expect(
      try relations("فرضت قوات الأمن المصرية حصارا على مقر الجامعة العربية لمنع المتظاهرين.") == [])
    // guard: the target of an act before the light verb is no author of the blockade.
    #expect(try relations("يريدون شن حرب على العراق وفرض حصار على سورية وايران.") == [])
    // guard: a call to break or lift a blockade names no one who imposes it.
    #expect(try relations("دعت تركيا الى كسر الحصار المفروض على غزة.") == [])
  }

  @Test func aCountAfterTheAgentOfARelativeClauseIsNoTarget() throws {
    let before = "شن التحالف بقيادة السعودية غارات على مواقع للحوثيين. "
    // guard: the count after the agent is the main clause's object, not the blockade's target.
    #expect(
      try relations(
        before + "وقد ترك الحصار الذي يفرضه التحالف نحو عشرين مليون يمني بحاجة إلى المساعدات.")
        == ["SAUDI_COALITION strikes HOUTHIS"])
    #expect(
      try relations(
        before + "وقد ترك القصف الذي يشنه التحالف نحو عشرين مليون يمني بحاجة إلى المساعدات.")
        == ["SAUDI_COALITION strikes HOUTHIS"])
    // guard: the relative clause goes on with the noun's own "على".
    #expect(
      try relations(before + "وقد ترك الحصار الذي يفرضه التحالف على اليمن الملايين بحاجة.")
        == ["SAUDI_COALITION opposes YEM", "SAUDI_COALITION strikes HOUTHIS"])
  }

  @Test func aWarWagedAgainstAGroup() throws {
    #expect(
      try relations("خاضت الولايات المتحدة حربا ضد حركة طالبان.")
        == ["USA opposes TALIBAN", "USA strikes TALIBAN"])
  }

  @Test func talksWithAPartnerPastAPlaceAndATime() throws {
    #expect(
      try relations("يجري وزير الخارجية الروسي محادثات في طهران اليوم مع علي لاريجاني.")
        == ["RUS negotiates-with IRN"])
    #expect(
      try relations("أجرى وزير الخارجية المصري محادثات في القاهرة امس مع نظيره الأردني.")
        == ["EGY negotiates-with JOR"])
  }

  @Test func talksWithAPartnerNamedBeforeTheNoun() throws {
    #expect(
      try relations("أجرى وزير الخارجية المصري مع نظيره الأردني محادثات تناولت الأوضاع في المنطقة.")
        == ["EGY negotiates-with JOR"])
    #expect(
      try relations("قال لاريجاني إنه أجرى مع سولانا مفاوضات مطولة وبناءة.")
        == ["IRN negotiates-with EU"])
  }

  @Test func englishWorkshopsAndTownsHitInAState() throws {
    #expect(
      try relations("Israeli aircraft struck a workshop in Khan Younis late on Monday.")
        == ["ISR strikes PSE"])
    #expect(
      try relations("Russian missiles hit a factory in Kharkiv overnight.") == ["RUS strikes UKR"])
  }

  @Test func englishBlockadeImposed() throws {
    #expect(try relations("Israel imposed a blockade on Gaza in 2007.") == ["ISR opposes PSE"])
    #expect(
      try relations("Saudi Arabia and the UAE imposed a blockade on Qatar.")
        == ["ARE opposes QAT", "SAU opposes QAT"])
    // guard: a call to end a blockade names no one who imposes it.
    #expect(try relations("Egypt called for an end to the blockade on Gaza.") == [])
  }

  @Test func englishTalksWithAPartnerPastAPlaceAndADay() throws {
    #expect(
      try relations(
        "Russian Foreign Minister Sergei Lavrov held talks in Tehran on Monday with his Iranian counterpart."
      ) == ["RUS negotiates-with IRN"])
    #expect(
      try relations("Lavrov held talks in Moscow last week with the Syrian foreign minister.")
        == ["RUS negotiates-with SYR"])
  }
}
