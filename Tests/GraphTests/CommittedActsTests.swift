import Foundation
import Testing

@testable import Graph

/// Acts committed ("ارتكب", "اقترف" are light verbs: "المجازر التي ترتكبها اسرائيل") and the
/// one who condemns them, a title with its nisba after the verb ("وادان الرئيس اللبناني
/// المجازر"), who did not commit them; the author of what is rejected named as a leader with
/// his people before his name ("التي وجهها زعيم الانفصاليين الاكراد عبد الله اوغلان");
/// casualties inflicted in an actor's ranks ("أوقع X إصابات في صفوف Y"); the state a nameless
/// group hit is loyal to or backed by ("ميليشيات موالية لإيران"), which is not hit.
@Suite("Relations: acts committed and condemned")
struct CommittedActsTests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-06-01").sorted()
  }

  @Test func theOneWhoCommitsAnActInARelativeClauseIsItsAuthor() throws {
    #expect(
      try relations("وادان الرئيس اللبناني المجازر التي ترتكبها اسرائيل بحق الفلسطينيين.")
        == ["ISR strikes PSE", "LBN opposes ISR"])
    #expect(
      try relations("وادان الرئيس اللبناني المجازر التي ترتكبها اسرائيل بحق المدنيين.")
        == ["LBN opposes ISR"])
    // Guard: the light verb's own subject was read before.
    #expect(
      try relations("وانتقد الرئيس الفرنسي الهجمات التي تشنها روسيا على اوكرانيا.")
        == ["FRA opposes RUS", "RUS strikes UKR"])
  }

  @Test func aLeaderNamedAfterHisPeopleIsTheAuthorOfWhatIsRejected() throws {
    #expect(
      try relations(
        "رفض اردوغان الدعوة الى وقف اطلاق النار التي وجهها زعيم الانفصاليين الاكراد عبد الله اوغلان."
      )
        == ["TUR opposes PKK"])
  }

  @Test func casualtiesInflictedInAnActorsRanksStrikeIt() throws {
    #expect(
      try relations("واوقع مقاتلو حزب الله اصابات مؤكدة في صفوف الجيش الاسرائيلي.")
        == ["HEZBOLLAH strikes ISR"])
    #expect(
      try relations("وألحقت القوات الأوكرانية خسائر فادحة في صفوف الجيش الروسي.")
        == ["UKR strikes RUS"])
    // Guard: casualties with no one who inflicted them.
    #expect(try relations("وسقط قتلى في صفوف الجيش السوري.") == [])
  }

  @Test func theStateANamelessGroupIsLoyalToIsNotTheOneHit() throws {
    #expect(try relations("وقصفت الطائرات الأمريكية مواقع لميليشيات موالية لإيران.") == [])
    #expect(
      try relations("ونفذت القوات الأمريكية ضربات ضد فصائل مدعومة من إيران في العراق.") == [])
    // Guards: an armed group's loyalists are its own; what belongs to a state is the state's.
    #expect(
      try relations("قتلت قوات الأمن الباكستانية ثلاثة متشددين موالين لحركة طالبان.")
        == ["PAK strikes TALIBAN"])
    #expect(try relations("وقصفت الطائرات الروسية مواقع تابعة لتركيا.") == ["RUS strikes TUR"])
    #expect(try relations("Israel struck militias loyal to Iran in Syria.") == [])
    // Guard: a named group backed by a state is hit, not its backer.
    #expect(
      try relations("Israel struck Hezbollah, which is backed by Iran.")
        == ["IRN supports HEZBOLLAH", "ISR strikes HEZBOLLAH"])
  }
}
