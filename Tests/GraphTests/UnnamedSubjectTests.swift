import Foundation
import Testing

@testable import Graph

/// An Arabic verb whose own subject is a noun no actor names takes no subject from before:
/// "وطردت المجالس العسكرية الثلاثة القوات الفرنسية" (the juntas expelled the French forces).
@Suite("Arabic: a verb's unnamed subject")
struct UnnamedSubjectTests {
  @Test func theJuntasAreNoActorBefore() throws {
    // (Was ECOWAS opposes FRA.)
    #expect(
      try builtInRelations(
        "وقالت إيكواس إنها لم تتلق إخطارا. وطردت المجالس العسكرية الثلاثة القوات الفرنسية من أراضيها.",
        date: "2024-01-28"
      ).isEmpty)
  }
}
