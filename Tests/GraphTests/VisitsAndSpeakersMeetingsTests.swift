import Foundation
import Testing

@testable import Graph

/// A visit told with "قام ب" ("قام الرئيس المصري بزيارة لبنان": the genitive is the host) and a
/// meeting noun with a pronoun in a sentence with no subject, after a named speaker ("واضاف بعد
/// لقائه الرئيس حسني مبارك": the speaker meets the one after it); officials of a state after
/// "مع" ("مع المسؤولين الاسرائيليين").
@Suite("Relations: visits performed and the speaker's meetings")
struct VisitsAndSpeakersMeetingsTests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2006-08-01").sorted()
  }

  @Test func aVisitPerformedHasItsHostAsGenitive() throws {
    #expect(try relations("وقام الرئيس المصري بزيارة لبنان.") == ["EGY negotiates-with LBN"])
    // Guard: the host after إلى was read before.
    #expect(
      try relations("وقام الرئيس السوري بشار الاسد بزيارة رسمية الى طهران.")
        == ["SYR negotiates-with IRN"])
  }

  @Test func theNamedSpeakerMeetsTheOneAfterHisMeetingNoun() throws {
    #expect(
      try relations(
        "وقال سولانا ان مجلس الامن سيتوصل الى حل. واضاف خلال مؤتمر صحفي في القاهرة بعد لقائه الرئيس حسني مبارك ان الازمة خطيرة."
      ) == ["EU negotiates-with EGY"])
    #expect(
      try relations(
        "قال وزير الخارجية التركي ان بلاده تدعم الحل السياسي. واضاف بعد لقائه نظيره الروسي ان المحادثات كانت مثمرة."
      ) == ["TUR negotiates-with RUS"])
    // The speaker is the subject of the sentence before (Solana), not the author of an act it
    // tells (the Israeli attack's author meets no one).
    #expect(
      try relations(
        "رجح سولانا ان يتوصل مجلس الامن الى حل للازمة الناشبة عن الاعتداء الاسرائيلي على لبنان. وقال خلال مؤتمر صحفي في القاهرة بعد لقائه الرئيس حسني مبارك ان مجلس الامن قد يتبنى قرارا."
      ) == ["EU negotiates-with EGY", "ISR strikes LBN"])
  }

  @Test func officialsOfAStateAfterWithAreThatState() throws {
    #expect(
      try relations("وبحث وزير الخارجية الامريكي مع المسؤولين الاسرائيليين الوضع في لبنان.")
        == ["USA negotiates-with ISR"])
    #expect(
      try relations("وبحث وزير الخارجية الامريكي مع مسؤولين اسرائيليين الوضع في لبنان.")
        == ["USA negotiates-with ISR"])
  }

  @Test func theActorAfterAParticipleWithACueOfItsOwnIsNoOneMet() throws {
    #expect(
      try relations("Turkey and Iraq signed a security agreement targeting the PKK.")
        == ["IRQ strikes PKK", "TUR negotiates-with IRQ", "TUR strikes PKK"])
  }

  @Test func aKnownPersonAfterATitleWithBaIsThePartnerOfACall() throws {
    #expect(
      try relations("اجرى الرئيس اللبناني اتصالا بوزيرة الخارجية الامريكية كوندوليزا رايس.")
        == ["LBN negotiates-with USA"])
    // Guard: a nisba right after the title with ب was read before.
    #expect(
      try relations("اجرى الرئيس اللبناني اتصالا بالرئيس الامريكي جورج بوش.")
        == ["LBN negotiates-with USA"])
  }

  @Test func anActsAuthorIsNoSpeakerOfTheNextSentence() throws {
    #expect(
      try relations(
        "وانتقد الكاتب الاعتداء الاسرائيلي على لبنان. وقال ان بلاده تدعم الحكومة اللبنانية.")
        == ["ISR strikes LBN"])
    // Guard: the subject of the sentence before speaks again.
    #expect(
      try relations(
        "استقبل الرئيس المصري وزير الخارجية الأمريكي. وقال إن بلاده تدعم الحكومة اللبنانية.")
        == ["EGY negotiates-with USA", "EGY supports LBN"])
  }
}
