import Testing

@testable import Graph

/// A place taken "from" an actor strikes that actor ("captured the town from X"); weapons
/// "provided" to an actor "with" them are support (troops "sent to" a state are not: they may
/// invade it); thanks are praise; a deal "brokered by" go-betweens makes them deal with the
/// parties; a delegation "from" an actor met is that actor ("وفدا من حركة حماس"); names spelled
/// with an apostrophe ("Kata'ib Hezbollah", "Workers’ Party") are the whole name; at sea "off" a
/// state is no attack on it.
@Suite("Relations: taken from, provided with, sent to, thanked, brokered by, apostrophes")
struct TakingSupplyingAndThanksTests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-06-01").sorted()
  }

  @Test func aPlaceCapturedFromAnActorStrikesIt() throws {
    #expect(
      try relations("The SDF captured the town from Islamic State militants.") == [
        "SDF strikes ISIS"
      ])
    // "Tigrayan fighters" are the TPLF's.
    #expect(
      try relations("Ethiopian federal forces recaptured the town from Tigrayan fighters.") == [
        "ETH strikes TPLF"
      ])
    // A participle right before "from" names what was taken, not who took it.
    #expect(
      try relations("Officials said the Taliban used vehicles captured from Afghan forces.")
        == [])
    // Without "from" the plain verb reads its object.
    #expect(try relations("The Houthis captured Saudi soldiers.") == ["HOUTHIS strikes SAU"])
  }

  @Test func providedWithIsSupport() throws {
    #expect(
      try relations("Iran has provided the Houthis with ballistic missiles and drones.") == [
        "IRN supports HOUTHIS"
      ])
    #expect(try relations("The report provided details of Iran's role.") == [])
    #expect(try relations("Russia did not provide Armenia with weapons.") == [])
  }

  @Test func aSumOfMoneyGivenIsSupport() throws {
    #expect(try relations("Saudi Arabia pledged $1 billion to Lebanon.") == ["SAU supports LBN"])
    #expect(
      try relations("Iran gave Hezbollah $100 million last year.") == ["IRN supports HEZBOLLAH"])
    #expect(try relations("China lent Pakistan $2 billion.") == ["CHN supports PAK"])
    #expect(try relations("قدمت السعودية مليار دولار للبنان.") == ["SAU supports LBN"])
    #expect(try relations("تعهدت السعودية بتقديم مليار دولار للبنان.") == ["SAU supports LBN"])
    #expect(try relations("أقرضت الصين باكستان ملياري دولار.") == ["CHN supports PAK"])
    // Without a sum the verbs give nothing ("gave Syria a deadline").
    #expect(try relations("The UN gave Syria a deadline.").isEmpty)
    // What the money is to fight is no recipient (the pledge opposes it now).
    #expect(
      try relations("The US pledged $1 billion to fight ISIS.") == [
        "USA opposes ISIS", "USA strikes ISIS ?",
      ])
  }

  @Test func trainingAnActorsForcesSupportsIt() throws {
    #expect(try relations("شارك الجيش الأمريكي في تدريب القوات العراقية.") == ["USA supports IRQ"])
    #expect(try relations("دربت إيران مقاتلي حزب الله.") == ["IRN supports HEZBOLLAH"])
    // Extremists or gunmen of a nationality, quoted or not, are not its state.
    #expect(try relations("قتلت القوات الأمريكية متطرفين سعوديين في العراق.").isEmpty)
    #expect(try relations("Iraqi insurgents ambushed a US convoy near Fallujah.").isEmpty)
    #expect(try relations("Taliban insurgents attacked Afghan police.") == ["TALIBAN strikes AFG"])
    #expect(try relations("قتلت القوات الأمريكية «مسلحين» سعوديين في العراق.").isEmpty)
    #expect(
      try relations("اتهم الملك، أمام مسؤولين أميركيين، سوريا بتدريب «متطرفين» بحرينيين.").isEmpty)
  }

  @Test func itsAfterOverOrForIsTheActorJustNamed() throws {
    #expect(
      try relations(
        "The European Union announced new sanctions against Iran over its drone supplies to Russia."
      ) == ["EU opposes IRN", "IRN supports RUS"])
    // Without a preposition of grounds, the subject.
    #expect(
      try relations("Turkey must stop its attacks on Syria, Russia said.") == ["TUR strikes SYR"])
  }

  @Test func aThingReceivedFromAStateIsItsSupport() throws {
    #expect(try relations("Ukraine received German tanks last month.") == ["DEU supports UKR"])
    #expect(try relations("Tehran has received Russian fighter jets.") == ["RUS supports IRN"])
    #expect(try relations("Kyiv received US military aid.") == ["USA supports UKR"])
    // A person or a delegation received is a meeting.
    #expect(
      try relations("The Egyptian president received the Russian foreign minister.") == [
        "EGY negotiates-with RUS"
      ])
    #expect(try relations("Iran received a Saudi delegation.") == ["IRN negotiates-with SAU"])
  }

  @Test func troopsSentToAStateAreNoSupport() throws {
    // Troops sent to a state may aid it or invade it ("Russia sent troops to Ukraine"): no cue.
    // (These stay as they were at the start of the stop; a cue tried in between read both.)
    #expect(try relations("Russia sent troops to Ukraine in 2022.") == [])
    #expect(try relations("Colombia sent troops to the border with Venezuela.") == [])
  }

  @Test func aDelegationFromAnActorIsThatActorMet() throws {
    #expect(
      try relations("التقى المبعوث الأممي إلى اليمن بوفد من جماعة الحوثي في مسقط.") == [
        "UN negotiates-with HOUTHIS"
      ])
    #expect(try relations("استقبل أردوغان وفدا من حركة حماس.") == ["TUR negotiates-with HAMAS"])
    // After a title the delegation is no person's name ("الرئيس التركي وفدا" made one).
    #expect(
      try relations("استقبل الرئيس التركي وفدا من حركة حماس.") == ["TUR negotiates-with HAMAS"])
    #expect(
      try relations("Erdogan met a delegation from Hamas in Ankara.") == [
        "TUR negotiates-with HAMAS"
      ])
    #expect(
      try relations("The Taliban held talks with a Pakistani delegation in Kabul.") == [
        "TALIBAN negotiates-with PAK"
      ])
  }

  @Test func goBetweensDealWithThePartiesNotWithEachOther() throws {
    #expect(
      try relations("Israel and Hamas agreed to a ceasefire brokered by Qatar and Egypt.") == [
        "EGY negotiates-with HAMAS", "EGY negotiates-with ISR", "ISR negotiates-with HAMAS",
        "QAT negotiates-with HAMAS", "QAT negotiates-with ISR",
      ])
  }

  @Test func aShipOffAStateIsNoAttackOnIt() throws {
    #expect(
      try relations("The Houthis claimed a drone attack on a tanker off Yemen.") == [])
  }

  @Test func thanksArePraise() throws {
    #expect(
      try relations("Zelenskiy thanked Britain for its military support.") == [
        "GBR supports UKR", "UKR supports GBR",
      ])
    // (Since the twenty-ninth stop the one thanked for its support backs the thanker in
    // Arabic too, as in English.)
    #expect(
      try relations("شكر الرئيس الأوكراني بريطانيا على دعمها.") == [
        "GBR supports UKR", "UKR supports GBR",
      ])
  }

  @Test func aNameWithAnApostropheIsTheWholeName() throws {
    #expect(
      try relations("Kata'ib Hezbollah attacked US forces.") == ["KATAIB_HEZBOLLAH strikes USA"])
    #expect(
      try relations("Turkey accused the Kurdistan Workers\u{2019} Party of the bombing.") == [
        "TUR opposes PKK"
      ])
  }

  @Test func congratulationsArePraiseInArabicToo() throws {
    #expect(
      try relations("هنأ الرئيس الروسي فلاديمير بوتين نظيره الصيني بإعادة انتخابه.") == [
        "RUS supports CHN"
      ])
    #expect(try relations("يهنئ الملك الأردني الرئيس المصري.") == ["JOR supports EGY"])
  }
}
