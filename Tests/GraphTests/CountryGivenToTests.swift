import Foundation
import Testing

@testable import Graph

/// Arabic: "للبلاد", the country something is given or done to, is not the state that is the
/// clause's subject but the one named before it.
@Suite("The country given to")
struct CountryGivenToTests {
  @Test func aidSuspendedToTheCountry() throws {
    // (Gave nothing: "للبلاد" had named the United States, the subject.)
    #expect(
      try builtInRelations(
        "تنحى رئيس مدغشقر. وقررت الولايات المتحدة تعليق مساعداتها غير الإنسانية للبلاد.",
        date: "2009-03-22") == ["USA opposes MDG"])
  }

  @Test func noOtherState() throws {
    // Guard: with no other state named, the country is no one's target.
    #expect(
      try builtInRelations("أعلنت مصر دعمها للبلاد في مواجهة الإرهاب.", date: "2015-03-01").isEmpty)
  }
}
