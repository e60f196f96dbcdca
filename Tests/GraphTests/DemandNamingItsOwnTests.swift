import Foundation
import Testing

@testable import Graph

/// A request verb opening a sentence asks with the sentence before's subject only when its
/// demand names no one who is to go: "وطالبت الهند باستقالة مشرف" is India's own demand.
@Suite("A demand that names who is to go")
struct DemandNamingItsOwnTests {
  @Test func theOneNamedAsks() throws {
    // (Gave PAK opposes IND: Musharraf, the sentence before's subject, asking India.)
    #expect(
      try builtInRelations(
        "أعلن الرئيس برويز مشرف حالة الطوارئ. وطالبت الهند باستقالة مشرف فورا.", date: "2007-11-04")
        == ["IND opposes PAK"])
    // (Gave PAK opposes PAK_PMLN at 939c2ff2: Sharif as the one asked.)
    #expect(
      try builtInRelations(
        "أعلن الرئيس برويز مشرف حالة الطوارئ. وطالب نواز شريف باستقالة مشرف فورا.",
        date: "2007-11-04") == ["PAK_PMLN opposes PAK"])
  }

  @Test func aDemandWithNoOneNamed() throws {
    // Guard: with nothing after the demand's noun, the one named is the one asked.
    #expect(
      try builtInRelations("أدانت تركيا الهجوم. وطالبت إسرائيل بالانسحاب.", date: "2024-01-01")
        == ["TUR opposes ISR"])
  }
}
