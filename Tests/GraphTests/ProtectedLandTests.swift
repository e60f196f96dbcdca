import Foundation
import Testing

@testable import Graph

/// Arabic: the nisba of a land whose unity, sovereignty or security is named ("لوحدة الأراضي
/// السورية") stands for its state, where another land's nisba only qualifies its noun.
@Suite("Arabic: the unity of a state's land")
struct ProtectedLandTests {
  @Test func supportForTheUnityOfTheLand() throws {
    let found = try builtInRelations(
      "أكدت السعودية دعمها لوحدة واستقرار الأراضي السورية.", date: "2025-04-04")
    #expect(found.contains("SAU supports SYR"))
  }

  @Test func everyCondemnerSupports() throws {
    let found = try builtInRelations(
      "ودانت السعودية وقطر والأردن الغارات الإسرائيلية، وأكدت دعمها لوحدة الأراضي السورية.",
      date: "2025-04-04")
    #expect(found.contains("QAT supports SYR"))
    #expect(found.contains("JOR supports SYR"))
  }

  @Test func aidToPlacesIsNoSupportOfTheState() throws {
    // Guard: "المناطق السورية المتضررة" are places helped, no state backed.
    let found = try builtInRelations(
      "قدمت السعودية دعما للمناطق السورية المتضررة.", date: "2025-04-04")
    #expect(!found.contains("SAU supports SYR"))
  }
}
