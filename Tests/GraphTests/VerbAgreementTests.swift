import Foundation
import Testing

@testable import Graph

/// Arabic verbs agree with their subject: a coordinated verb whose perfect ending disagrees with
/// the verb of the subject before (masculine and feminine, dual and singular) has a subject of
/// its own; a dual verb of asking ends the object list of the verb before it.
@Suite("Relations: Arabic verb agreement")
struct VerbAgreementTests {
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2012-03-22").sorted()
  }

  @Test func aFeminineVerbAfterAMasculineOneHasItsOwnSubject() throws {
    #expect(
      try relations("كما علق الاتحاد الأفريقي عضوية مالي، ودانت الولايات المتحدة الانقلاب.")
        == ["AU opposes MLI"])
  }

  @Test func verbsThatAgreeShareTheSubject() throws {
    // guard: the same ending twice, the actor after the second verb is its object.
    #expect(try relations("رحب مجلس الأمن بالاتفاق، وانتقد إسرائيل.") == ["UN opposes ISR"])
    #expect(try relations("أدانت روسيا الهجوم، وانتقدت واشنطن.") == ["RUS opposes USA"])
  }

  @Test func aDualVerbOfAskingIsNoSecondObject() throws {
    #expect(
      try relations("أيدت واشنطن وباريس الحكومة الليبية ودعتا الخرطوم إلى الحوار.")
        == ["FRA supports LBY", "USA supports LBY"])
  }

  @Test func aVerbThatDisagreesWithTheSpeakersVerbHasItsOwnSubject() throws {
    // The speech verb before the speaker's title: "قال" is masculine, "ودانت" feminine.
    #expect(
      try relations(
        "وقال الرئيس الأمريكي باراك أوباما إن بلاده لن تقبل بذلك، ودانت كوريا الجنوبية التجربة."
      ) == [])
    // guard: a feminine speaker's verb, and a feminine verb after it, share the speaker.
    #expect(
      try relations(
        "وقالت وزيرة الخارجية الأمريكية هيلاري كلينتون إن بلادها لن تقبل بذلك، وانتقدت إيران.")
        == ["USA opposes IRN"])
  }
}
