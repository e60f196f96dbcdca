import Foundation
import Testing

@testable import Graph

/// A missile launch told before and condemned by its noun ("Japan condemned the launch",
/// "ودانت اليابان الإطلاق"): the condemnation opposes the one who launched it ("launch" and
/// "الإطلاق" in list `attack_noun`).
@Suite("Condemning a launch told before")
struct CondemnedLaunchTests {
  @Test func englishLaunch() throws {
    // (Gave nothing.)
    let found = try builtInRelations(
      "North Korea fired a ballistic missile into the sea on Tuesday. Japan condemned the launch.",
      date: "2022-10-04")
    #expect(found == ["JPN opposes PRK"])
  }

  @Test func arabicLaunch() throws {
    // (Gave nothing.)
    let found = try builtInRelations(
      "أطلقت كوريا الشمالية صاروخا باليستيا سقط في البحر. ودانت اليابان الإطلاق.",
      date: "2022-10-04")
    #expect(found == ["JPN opposes PRK"])
  }
}
