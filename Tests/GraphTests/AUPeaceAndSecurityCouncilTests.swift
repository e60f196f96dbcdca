import Testing

@testable import Graph

/// The African Union's Peace and Security Council is named as the Union (gazetteer: names of
/// `AU`), in Arabic with the word of belonging ("مجلس السلم والأمن التابع للاتحاد الأفريقي").
@Suite("Gazetteer: the AU's Peace and Security Council")
struct AUPeaceAndSecurityCouncilTests {
  @Test func theCouncilActsForTheUnion() throws {
    // (Gave nothing: the council was no actor and the Union after "التابع ل" no subject.)
    #expect(
      try builtInRelations(
        "قرر مجلس السلم والأمن التابع للاتحاد الأفريقي تعليق عضوية مصر.", date: "2013-07-05")
        == ["AU opposes EGY"])
    #expect(
      try builtInRelations(
        "The African Union Peace and Security Council suspended Mali's membership.",
        date: "2012-03-23") == ["AU opposes MLI"])
  }
}
