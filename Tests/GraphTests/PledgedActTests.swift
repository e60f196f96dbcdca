import Foundation
import Testing

@testable import Graph

/// Arabic: an act with ب after a word of pledging ("تعهدت X بدعم Y", "التزامها بدعم Y", "قامت
/// X بدعم Y") is the subject's own act on the actor after it, not "with Y's backing".
@Suite("Arabic: an act pledged with ba")
struct PledgedActTests {
  @Test func pledgedToSupport() throws {
    // (Gave UKR supports USA.)
    let found = try builtInRelations("تعهدت الولايات المتحدة بدعم أوكرانيا.", date: "2022-03-01")
    #expect(found == ["USA supports UKR"])
  }

  @Test func itsCommitment() throws {
    // (Gave AFG supports USA.)
    let found = try builtInRelations(
      "أكدت الولايات المتحدة التزامها بدعم قوات الأمن الأفغانية.", date: "2020-02-29")
    #expect(found == ["USA supports AFG"])
  }

  @Test func theCommitmentOfACapital() throws {
    // (Gave AFG supports USA.)
    let found = try builtInRelations(
      "جددت واشنطن تعهدها بدعم قوات الأمن الأفغانية.", date: "2020-02-29")
    #expect(found == ["USA supports AFG"])
  }

  @Test func didSupport() throws {
    // (Gave UKR supports USA.)
    let found = try builtInRelations(
      "قامت الولايات المتحدة بدعم القوات الأوكرانية.", date: "2022-03-01")
    #expect(found == ["USA supports UKR"])
  }

  @Test func backingReceived() throws {
    // Guard: with no word of pledging the act with ب is a backing received.
    let found = try builtInRelations(
      "تقدمت القوات الأوكرانية نحو خيرسون بدعم أمريكي.", date: "2022-11-01")
    #expect(found.contains("USA supports UKR"))
  }
}
