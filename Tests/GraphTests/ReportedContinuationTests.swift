import Foundation
import Testing

@testable import Graph

/// English: "said X would keep supplying", "would continue to back": a reported pledge to go on
/// with an act says it is under way, as "will keep" does; an attack said to go on is a course,
/// not the one attack a later condemnation names. And the one accused "of continuing to shell"
/// is the one who shells.
@Suite("English: a reported pledge to go on")
struct ReportedContinuationTests {
  @Test func wouldKeepSupplying() throws {
    // (Gave GBR supports UKR as hypothetical.)
    let found = try builtInRelations(
      "Johnson said Britain would keep supplying weapons to Ukraine.", date: "2022-03-29")
    #expect(found == ["GBR supports UKR"])
  }

  @Test func wouldContinueToBack() throws {
    // (Gave JPN supports PHL as hypothetical.)
    let found = try builtInRelations(
      "The minister said Japan would continue to back the Philippines.", date: "2023-06-01")
    #expect(found == ["JPN supports PHL"])
  }

  @Test func wouldSendStaysHypothetical() throws {
    // Guard: a reported future of a new act is still to come.
    let found = try builtInRelations(
      "Johnson said Britain would send weapons to Ukraine.", date: "2022-03-29")
    #expect(found == ["GBR supports UKR ?"])
  }

  @Test func condemnedStrikesAreNotTheCourse() throws {
    // (Gave IRN opposes HOUTHIS: the group's course was taken for the strikes condemned.)
    let found = try builtInRelations(
      "US warplanes struck Houthi positions in Yemen on Friday. A Houthi spokesman said the "
        + "group will keep targeting ships. Iran condemned the strikes.", date: "2024-01-12")
    #expect(found.contains("IRN opposes USA"))
    #expect(!found.contains("IRN opposes HOUTHIS"))
  }

  @Test func accusedOfContinuingToShell() throws {
    // (Gave USA strikes UKR: the accuser was taken for the one who shells.)
    let found = try builtInRelations(
      "Blinken accused Russian forces of continuing to shell Ukrainian cities.",
      date: "2022-03-29")
    #expect(found.contains("RUS strikes UKR ?"))
    #expect(!found.contains("USA strikes UKR ?"))
  }

  @Test func accusedOfTryingToInvade() throws {
    // Guard: the nisba right before "of trying to" was already the one accused.
    let found = try builtInRelations(
      "The ministry accused Turkish troops of trying to invade Syria.", date: "2019-10-10")
    #expect(found.contains("TUR strikes SYR ?"))
  }
}
