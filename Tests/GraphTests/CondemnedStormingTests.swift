import Foundation
import Testing

@testable import Graph

/// A storming condemned by its noun ("ودانت الكويت الاقتحام", "Kuwait condemned the storming")
/// opposes the ones a storming told before was by; the last attack told, if it was no storming,
/// is not the one condemned.
@Suite("A condemned storming")
struct CondemnedStormingTests {
  @Test func arabicStorming() throws {
    // (Was HEZBOLLAH strikes BHR only.)
    #expect(
      try builtInRelations(
        "وكان محتجون من أنصار حزب الله قد اقتحموا السفارة البحرينية في بيروت. ودانت الكويت الاقتحام.",
        date: "2016-01-05")
        == ["HEZBOLLAH strikes BHR", "KWT opposes HEZBOLLAH"])
  }

  @Test func englishStorming() throws {
    // (Was HEZBOLLAH strikes BHR only.)
    #expect(
      try builtInRelations(
        "Hezbollah supporters stormed the Bahraini embassy in Beirut on Sunday. Kuwait condemned the storming.",
        date: "2016-01-05")
        == ["HEZBOLLAH strikes BHR", "KWT opposes HEZBOLLAH"])
  }

  @Test func otherActIsNoStorming() throws {
    // guard: the bombs were the defenders' answer to a storming not told as an act.
    #expect(
      try builtInRelations(
        "وقال مقاتلو حماس إنهم فجروا عبوات بآليات إسرائيلية. ودانت قطر الاقتحام.",
        date: "2023-07-04")
        == ["HAMAS strikes ISR"])
  }
}
