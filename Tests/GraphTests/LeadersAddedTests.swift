import Foundation
import Testing

@testable import Graph

/// Heads of state and government and foreign ministers the gazetteer lacked (K.P. Sharma Oli,
/// Jacinda Ardern, Anifah Aman, ...), each with the dates of the office that gives their
/// affiliation.
@Suite("Leaders added to the gazetteer")
struct LeadersAddedTests {
  @Test func englishSurnames() throws {
    // (Was nothing.)
    #expect(
      try builtInRelations("Sharma Oli accused India of imposing a blockade.", date: "2019-03-20")
        == ["NPL opposes IND"])
    // (Was nothing.)
    #expect(
      try builtInRelations("Ardern criticised Turkey over the remarks.", date: "2019-03-20")
        == ["NZL opposes TUR"])
  }

  @Test func arabicName() throws {
    // (Was nothing.)
    #expect(
      try builtInRelations("وانتقد أنيفة ميانمار.", date: "2015-05-20") == ["MYS opposes MMR"])
  }
}
