import Foundation
import Testing

@testable import Graph

/// "the bloc" after an intergovernmental body; the author of a content noun's participle
/// ("the decisions adopted by ECOWAS"); "appreciated"; and an Arabic verb's own subject, though
/// the verb found no object, shared by the coordinated verb after it.
@Suite("The bloc, content authors, appreciation, shared subjects")
struct BlocAuthorsAndSharedSubjectsTests {
  @Test func theBlocIsTheBodyNamedLast() throws {
    #expect(
      try builtInRelations("ECOWAS met in Abuja. France supported the bloc.", date: "2023-08-11")
        == ["FRA supports ECOWAS"])
  }

  @Test func theAuthorOfAContentNoun() throws {
    #expect(
      try builtInRelations(
        "France said it supported all the decisions adopted by ECOWAS.", date: "2023-08-11")
        == ["FRA supports ECOWAS"])
    #expect(
      try builtInRelations("Egypt rejected the claims made by Israel.", date: "2023-08-11")
        == ["EGY opposes ISR"])
  }

  @Test func appreciationSupports() throws {
    #expect(
      try builtInRelations("Washington appreciated the efforts of Qatar.", date: "2023-08-11")
        == ["USA supports QAT"])
  }

  @Test func theSubjectOfAVerbWithNoObjectIsShared() throws {
    #expect(
      try builtInRelations(
        "ورحب الرئيس الأميركي جو بايدن بالاتفاق، وأشاد بجهود قطر ومصر.", date: "2024-01-15"
      ).sorted() == ["USA supports EGY", "USA supports QAT"])
    #expect(
      try builtInRelations(
        "رفضت الحكومة الصومالية مذكرة التفاهم، واستدعت سفيرها لدى إثيوبيا.", date: "2024-01-02")
        == ["SOM opposes ETH"])
  }
}
