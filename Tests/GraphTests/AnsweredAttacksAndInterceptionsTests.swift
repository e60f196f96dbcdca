import Foundation
import Testing

@testable import Graph

/// The attack a sentence tells first stays remembered: an attack it answers ("in response to
/// American strikes on ...") is background, and an interception of unowned projectiles is no
/// attack of its own. "fired" is a light verb ("fired a barrage of missiles at"); "its" before
/// place names and what is hit stands for the subject, a dateline none.
@Suite("Relations: answered attacks, interceptions, fired barrages")
struct AnsweredAttacksAndInterceptionsTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2025-06-24")
  }

  @Test func firedABarrageAt() throws {
    // (Was nothing.)
    #expect(
      try relations("Iran fired a barrage of missiles at the Al Udeid air base in Qatar.") == [
        "IRN strikes QAT"
      ])
  }

  @Test func anInterceptionKeepsTheAttackRemembered() throws {
    // (Was KWT opposes QAT: the interception took the attack's place.)
    #expect(
      try relations(
        "Iran fired missiles at a base in Qatar. Qatar's air defences intercepted all but one of the 14 missiles. Kuwait condemned the attack."
      ) == ["IRN strikes QAT", "KWT opposes IRN"])
  }

  @Test func aShootDownByTheOneHitKeepsTheAttackRemembered() throws {
    // The one hit downing the attacker's craft defends; "the strikes" are still the attack,
    // and a verdict of "act of war" with its own adjective judges it.
    #expect(
      try relations(
        "India launched missile strikes on nine sites in Pakistan. Pakistani air defences shot down five Indian aircraft. Prime Minister Shehbaz Sharif called the strikes a heinous act of war."
      ) == ["IND strikes PAK", "PAK strikes IND", "PAK opposes IND"])
  }

  @Test func anEnglishDefiniteAttackNounNamesTheAttackAgain() throws {
    // "the strikes" in a sentence with actors of its own keeps the attack the topic, so a
    // condemnation six sentences after it still opposes its agents.
    #expect(
      try relations(
        "U.S. and British warplanes struck more than 60 targets across Yemen. President Joe Biden said the strikes were a clear message. Australia supported the operation. Sunak called the action limited. The Houthis said five of their fighters were killed. Abdulsalam said there was no justification. Iran condemned the strikes."
      ).suffix(2) == ["IRN opposes USA", "IRN opposes GBR"])
  }

  @Test func anAttackCoordinatedWithAnActor() throws {
    // "the operation was coordinated with X": the attack told before, named again, is its
    // agents' act with X.
    #expect(
      try builtInRelations(
        "US forces carried out air strikes against Islamic State fighters in Somalia. The strikes were coordinated with the Somali government.",
        date: "2025-02-02") == ["USA strikes ISIS", "USA negotiates-with SOM"])
  }

  @Test func clashesDoNotTakeTheAttacksPlace() throws {
    // Clashes, each side striking the other, leave the one-sided attack told before as the
    // one condemned (was also FRA opposes BDI, EGY opposes SDN).
    #expect(
      try relations(
        "M23 rebels shelled Congolese army positions around Goma. Burundian troops clashed with the M23 near the town. France condemned the offensive."
      ) == ["M23 strikes COD", "BDI strikes M23", "M23 strikes BDI", "FRA opposes M23"])
    #expect(
      try relations(
        "The RSF shelled army positions in El Fasher. Sudanese troops clashed with the RSF in Omdurman. Egypt condemned the attack."
      ) == ["RSF strikes SDN", "SDN strikes RSF", "RSF strikes SDN", "EGY opposes RSF"])
  }

  @Test func theAttackAnsweredIsBackground() throws {
    // (Was no USA strikes IRN; with it alone, KWT opposes USA, from the strikes answered.)
    // (IRN strikes USA: the missiles answered the American strikes.)
    #expect(
      try relations(
        "DOHA – Iran fired missiles at a base in Qatar, in what Tehran called a response to American strikes on its Fordow and Natanz nuclear sites. Kuwait condemned the attack."
      ) == ["IRN strikes QAT", "IRN strikes USA", "USA strikes IRN", "KWT opposes IRN"])
    // So when the attack answered is told in the sentence after the attack.
    #expect(
      try relations(
        "أطلقت إيران مئات الطائرات المسيرة باتجاه إسرائيل. وقال الحرس الثوري الإيراني إن العملية جاءت ردا على الغارة الإسرائيلية على القنصلية الإيرانية في دمشق. وأدان الرئيس الأمريكي الهجوم."
      ) == ["IRN strikes ISR", "ISR strikes IRN", "USA opposes IRN"])
    #expect(
      try relations(
        "Iran fired hundreds of drones at Israel on Saturday. The Revolutionary Guards said the operation was in response to the Israeli strike on the Iranian consulate in Damascus. Britain condemned the attack."
      ) == ["IRN strikes ISR", "ISR strikes IRN", "GBR opposes IRN"])
  }
}
