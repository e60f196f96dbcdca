import Foundation
import Testing

@testable import Graph

/// Arabic: a word of an actor's name that reads as a negation with a clitic ("كولن", read as
/// ك and "ولن") negates nothing.
@Suite("Arabic: no negation inside a name")
struct NegationInNameTests {
  @Test func colinPowellsCalls() throws {
    // (Gave nothing: the calls were read as negated.)
    let found = try builtInRelations(
      "وأجرى وزير الخارجية الأمريكي كولن باول اتصالين بالرئيس الباكستاني برويز مشرف ونظيره الهندي جاسوانت سينغ.",
      date: "2001-12-14")
    #expect(found == ["USA negotiates-with PAK", "USA negotiates-with IND"])
  }

  @Test func aNegationStillNegates() throws {
    // Guard: "ولن" before the cue, in no name.
    let found = try builtInRelations(
      "وقال كولن باول إن واشنطن لن تدعم الحكومة الفنزويلية.", date: "2002-04-13")
    #expect(!found.contains("USA supports VEN"))
  }
}
