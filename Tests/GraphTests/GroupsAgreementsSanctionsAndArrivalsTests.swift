import Foundation
import Testing

@testable import Graph

/// Unnamed groups of a nation, who are not its state ("الجماعات الباكستانية"); an agreement not
/// reached, which was still talked about ("لم تتوصل مصر إلى اتفاق مع إثيوبيا"); sanctions faced
/// ("Russia faces new EU sanctions"); an arrival with the place first ("وصل إلى القاهرة أمس
/// الرئيس الفلسطيني"); a force affiliated to a group, coordinated with another side ("بين حركة فتح
/// والقوة التنفيذية التابعة لحماس"); and a new body of the gazetteer (the Asian Development
/// Bank).
@Suite("Relations: unnamed groups, agreements not reached, sanctions faced, fronted arrivals")
struct GroupsAgreementsSanctionsAndArrivalsTests {
  @Test func unnamedGroupsOfANationAreNoState() throws {
    #expect(
      try builtInRelations(
        "تعتقد الهند أن الجماعات الباكستانية تنفذ هجمات إرهابية ضد أهداف هندية.", date: "2006-08-01"
      )
        == [])
    #expect(
      try builtInRelations(
        "شنت الجماعات السورية المسلحة هجوما على مواقع تركية.", date: "2006-08-01")
        == [])
    // guard: a group that is named acts.
    #expect(
      try builtInRelations("شنت حركة حماس هجوما على مواقع إسرائيلية.", date: "2006-08-01")
        == ["HAMAS strikes ISR"])
  }

  @Test func anAgreementNotReachedWasTalkedAbout() throws {
    #expect(
      try builtInRelations("لم تتوصل مصر إلى اتفاق مع إثيوبيا.", date: "2019-05-01")
        == ["EGY negotiates-with ETH"])
    #expect(
      try builtInRelations(
        "خافيير سولانا اقر بعدم التوصل لاتفاق مع طهران بشان تخصيب اليورانيوم.", date: "2006-08-01")
        == ["EU negotiates-with IRN"])
    #expect(
      try builtInRelations("The EU did not reach an agreement with Iran.", date: "2006-08-01")
        == ["EU negotiates-with IRN"])
    // guard: an agreement not signed stays denied.
    #expect(try builtInRelations("لم توقع مصر اتفاقا مع إثيوبيا.", date: "2019-05-01") == [])
  }

  @Test func theAsianDevelopmentBankIsAnActor() throws {
    #expect(
      try builtInRelations(
        "اعلن البنك الآسيوي للتنمية منح الصين قرضا بقيمة 200 مليون دولار لدعم بكين.",
        date: "2006-08-01") == ["ADB supports CHN"])
  }

  @Test func sanctionsFaced() throws {
    #expect(
      try builtInRelations("Russia faces new EU sanctions over Ukraine.", date: "2019-05-01")
        == ["EU opposes RUS"])
    #expect(
      try builtInRelations("Iran faces US sanctions.", date: "2019-05-01") == ["USA opposes IRN"])
    // guard: what is faced must be an act.
    #expect(
      try builtInRelations("Iran faces a difficult choice, the US said.", date: "2019-05-01") == [])
  }

  @Test func anArrivalWithThePlaceFirst() throws {
    #expect(
      try builtInRelations(
        "وصل إلى القاهرة أمس الرئيس الفلسطيني محمود عباس في زيارة رسمية.", date: "2006-08-01")
        == ["PSE negotiates-with EGY"])
    #expect(
      try builtInRelations("وصل إلى الدوحة مساء أمس وزير الخارجية الجيبوتي.", date: "2006-08-01")
        == ["DJI negotiates-with QAT"])
    // guard: two places of one list.
    #expect(try builtInRelations("وصل إلى بغداد وطهران وفد من الخبراء.", date: "2006-08-01") == [])
  }

  @Test func aForceAffiliatedToAGroupIsCoordinated() throws {
    #expect(
      try builtInRelations(
        "اندلعت اشتباكات بين حركة فتح والقوة التنفيذية التابعة لحماس.", date: "2006-08-01")
        == ["FATAH strikes HAMAS", "HAMAS strikes FATAH"])
    #expect(
      try builtInRelations(
        "اندلعت اشتباكات بين الجيش اللبناني والقوات التابعة لحزب الله.", date: "2006-08-01")
        == ["LBN strikes HEZBOLLAH", "HEZBOLLAH strikes LBN"])
    // guard: a place that belongs to the group is no force.
    #expect(
      try builtInRelations("قصفت إسرائيل مواقع تابعة لحزب الله.", date: "2006-08-01")
        == ["ISR strikes HEZBOLLAH"])
  }
}
