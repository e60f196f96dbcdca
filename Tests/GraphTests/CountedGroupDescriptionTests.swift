import Foundation
import Testing

@testable import Graph

/// A plural description that gives its number ("المجالس العسكرية الثلاثة", "the three juntas")
/// refers to a group of exactly that many actors up to five sentences back.
@Suite("A counted plural description reaches further back")
struct CountedGroupDescriptionTests {
  /// The three juntas, each opposing France.
  static let threeJuntas = ["BFA opposes FRA", "MLI opposes FRA", "NER opposes FRA"]

  /// The relations of `text` (dated 2024-01-28) against France, sorted.
  func opposesFrance(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2024-01-28").filter { $0.hasSuffix("opposes FRA") }.sorted()
  }

  @Test func theThreeJuntasFourSentencesOn() throws {
    #expect(
      try opposesFrance(
        "أعلنت المجالس العسكرية الحاكمة في مالي وبوركينا فاسو والنيجر انسحابها من إيكواس. "
          + "وقالت إيكواس إنها لم تتلق إخطارا. وقال مسؤول إن القرار مؤسف. "
          + "وطردت المجالس العسكرية الثلاثة القوات الفرنسية من أراضيها تباعاً."
      ) == Self.threeJuntas)
    #expect(
      try opposesFrance(
        "The leaders of Mali, Burkina Faso and Niger met in Niamey. ECOWAS said it was ready "
          + "for talks. Officials said more was needed. The three juntas later expelled French troops."
      ) == Self.threeJuntas)
  }

  @Test func aCountedObjectOrJointActToo() throws {
    #expect(
      try builtInRelations(
        "اجتمع وزراء خارجية مصر والأردن والسعودية في القاهرة. وقالت إيران إنها تتابع. "
          + "وقال مسؤول إن اللقاء مهم. وأدانت الدول الثلاث الهجوم الإسرائيلي.",
        date: "2024-01-28"
      ).filter { $0.hasSuffix("opposes ISR") }.sorted()
        == ["EGY opposes ISR", "JOR opposes ISR", "SAU opposes ISR"])
  }

  @Test func theNumberMustMatchBeyondTwoSentences() throws {
    // guard: two named, three counted.
    #expect(
      try builtInRelations(
        "اجتمع وزراء خارجية مصر والأردن في القاهرة. وقالت إيران إنها تتابع. "
          + "وقال مسؤول إن اللقاء مهم. وأدانت الدول الثلاث الهجوم الإسرائيلي.",
        date: "2024-01-28"
      ).filter { $0.hasSuffix("opposes ISR") }.isEmpty)
    // An uncounted description stays within two sentences.
    #expect(
      try builtInRelations(
        "اجتمع وزراء خارجية مصر والأردن والسعودية في القاهرة. وقالت إيران إنها تتابع. "
          + "وقال مسؤول إن اللقاء مهم. وأدانت هذه الدول الهجوم الإسرائيلي.",
        date: "2024-01-28"
      ).filter { $0.hasSuffix("opposes ISR") }.isEmpty)
  }

  @Test func aCountedDescriptionSkipsALaterPairOfOtherActors() throws {
    // The sentence after the three names ECOWAS and Niger, apart: "the three juntas" are
    // still the three.
    #expect(
      try opposesFrance(
        "أعلنت المجالس العسكرية الحاكمة في مالي وبوركينا فاسو والنيجر انسحابها من إيكواس. "
          + "واتهمت الحكومة الأمريكية إيكواس بالتقصير في النيجر. وقال مسؤول إن القرار مؤسف. "
          + "وطردت المجالس العسكرية الثلاثة القوات الفرنسية من أراضيها تباعاً."
      ) == Self.threeJuntas)
    #expect(
      try opposesFrance(
        "The leaders of Mali, Burkina Faso and Niger met in Niamey. Washington criticised "
          + "ECOWAS over Niger. Officials said more was needed. The three juntas later "
          + "expelled French troops."
      ) == Self.threeJuntas)
  }

  @Test func theLaterGroupWinsWhenItsNumberFits() throws {
    // guard: the later group of three is the one counted.
    #expect(
      try builtInRelations(
        "أعلنت المجالس العسكرية الحاكمة في مالي وبوركينا فاسو والنيجر انسحابها من إيكواس. "
          + "واجتمع وزراء خارجية مصر والأردن والسعودية في القاهرة. "
          + "وأدانت الدول الثلاث الهجوم الإسرائيلي.",
        date: "2024-01-28"
      ).filter { $0.hasSuffix("opposes ISR") }.sorted()
        == ["EGY opposes ISR", "JOR opposes ISR", "SAU opposes ISR"])
  }
}
