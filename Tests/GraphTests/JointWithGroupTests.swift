import Foundation
import Testing

@testable import Graph

/// A joint act with a plural description after "مع"/"with" ("مع الزعيمين", "with the two
/// leaders") pairs the actor named before the act with each actor the description refers to in
/// an earlier sentence; a joint news conference is a joint act.
@Suite("Joint acts with a plural description")
struct JointWithGroupTests {
  @Test func arabicWithTheTwoLeaders() throws {
    // (Gave SOM negotiates-with ETH only.)
    #expect(
      try builtInRelations(
        "اتفق الصومال وإثيوبيا على إنهاء الخلاف بينهما. وعقد أردوغان مؤتمرا صحفيا مشتركا مع الزعيمين.",
        date: "2024-12-12")
        == ["SOM negotiates-with ETH", "TUR negotiates-with SOM", "TUR negotiates-with ETH"])
  }

  @Test func thePeopleOfBothCountriesMet() throws {
    // (Gave GUY negotiates-with SUR, as if the two had met.)
    #expect(
      try builtInRelations(
        "Guyana and Suriname sent gunboats to the area. Jamaican Prime Minister Percival "
          + "Patterson met delegations from both countries in Kingston.",
        date: "2000-06-10"
      ).sorted()
        == ["JAM negotiates-with GUY", "JAM negotiates-with SUR"])
    #expect(
      try builtInRelations(
        "Guyana and Suriname sent gunboats to the area. Jamaican Prime Minister Percival "
          + "Patterson held talks with delegations from both countries in Kingston.",
        date: "2000-06-10"
      ).sorted()
        == ["JAM negotiates-with GUY", "JAM negotiates-with SUR"])
  }

  @Test func englishWithTheTwoLeaders() throws {
    // (Gave SOM negotiates-with ETH only.)
    #expect(
      try builtInRelations(
        "Somalia and Ethiopia agreed to end their dispute. Erdogan held a joint news conference with the two leaders.",
        date: "2024-12-12")
        == ["SOM negotiates-with ETH", "TUR negotiates-with SOM", "TUR negotiates-with ETH"])
  }

  @Test func thePeopleOfTheDescription() throws {
    // "the national security advisers of both countries" stand for the description.
    #expect(
      try builtInRelations(
        "India launched missile strikes on nine sites in Pakistan. US Secretary of State Marco Rubio spoke with the national security advisers of both countries.",
        date: "2025-05-07")
        == ["IND strikes PAK", "USA negotiates-with IND", "USA negotiates-with PAK"])
    // So are "senior officials from both countries".
    #expect(
      try builtInRelations(
        "India launched missile strikes on nine sites in Pakistan. Rubio spoke with senior officials from both countries.",
        date: "2025-05-07")
        == ["IND strikes PAK", "USA negotiates-with IND", "USA negotiates-with PAK"])
  }

  @Test func aJointNewsConference() throws {
    // (Was nothing.)
    #expect(
      try builtInRelations(
        "وقال بلينكن في مؤتمر صحفي مشترك مع نظيره السعودي إن المحادثات بناءة.", date: "2024-03-20")
        == ["USA negotiates-with SAU"])
  }

  @Test func aMediatorBetweenTheTwoSides() throws {
    // The sides a named mediator goes between are the conflict's, not the pair of backers the
    // sentence before listed (gave CUB negotiates-with BOL).
    #expect(
      try builtInRelations(
        "كما أعلنت كوبا وبوليفيا دعمهما للرئيس. أما الاتحاد الأوروبي فاكتفى بالدعوة إلى انتخابات حرة، بينما عرضت المكسيك والأوروغواي التوسط بين الطرفين.",
        date: "2019-01-25")
        == [])
    // Guard: talks between the two with no subject of their own are still the pair's.
    #expect(
      try builtInRelations(
        "التقى وزيرا خارجية مصر وقطر في القاهرة. وجرت مباحثات بين البلدين حول غزة.",
        date: "2024-03-20")
        == ["EGY negotiates-with QAT", "EGY negotiates-with QAT"])
  }
}
