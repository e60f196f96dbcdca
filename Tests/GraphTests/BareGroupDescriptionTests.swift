import Foundation
import Testing

@testable import Graph

/// An English group described with no article refers to the group named last, as "the rebels"
/// does: a group adjective before what the group holds or fields ("rebel positions",
/// "militant hideouts"), and a counted plural ("40 rebels", "dozens of guerrillas").
@Suite("A group described with no article")
struct BareGroupDescriptionTests {
  /// The relations of `text` (dated 2010-06-01), sorted.
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2010-06-01").sorted()
  }

  @Test func whatTheGroupHolds() throws {
    #expect(
      try relations(
        "The Islamic State claimed the bombing in Kirkuk. Iraqi jets later struck militant "
          + "hideouts near Hawija.") == ["IRQ strikes ISIS"])
  }

  @Test func aCountedPlural() throws {
    #expect(
      try relations(
        "The Communist Party of Nepal (Maoist) rejected the truce. Nepal's army said it had "
          + "killed 40 rebels in Rolpa.") == ["NPL strikes NPL_MAOISTS"])
  }

  @Test func aCountedPluralAfterOfIsTheSubject() throws {
    #expect(
      try relations(
        "The Shining Path rejected the amnesty. On Sunday dozens of guerrillas ambushed a "
          + "Peruvian army patrol.") == ["SHINING_PATH strikes PER"])
    // (The same for "the group" after a force noun's "of".)
    #expect(
      try relations(
        "The Shining Path rejected the amnesty. On Sunday fighters of the group ambushed a "
          + "Peruvian army patrol.") == ["SHINING_PATH strikes PER"])
  }

  @Test func notALooseAdjective() throws {
    // guard: "extremist forces" are not the group named before.
    #expect(
      try relations(
        "Hizb ut-Tahrir was banned in 2003. Russia backed Karimov, and its foreign ministry "
          + "said extremist forces, including supporters of the Taliban, had tried to "
          + "destabilise Central Asia.") == ["RUS supports UZB"])
  }

  @Test func notForcesNamedByWhereTheyAre() throws {
    // guard: the soldiers in Afghanistan are Pakistan's, the subject; they are no group.
    #expect(
      try relations(
        "The Taliban rejected the offer. Pakistan has thousands of soldiers in Afghanistan "
          + "fighting the militants.") == ["PAK opposes TALIBAN", "PAK strikes TALIBAN"])
  }
}
