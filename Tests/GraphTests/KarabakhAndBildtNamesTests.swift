import Foundation
import Testing

@testable import Graph

/// Gazetteer names: the Karabakh Armenian forces by the names reporting gives them ("Karabakh
/// forces", "Karabakh Armenian fighters", "قوات قره باغ"), and Carl Bildt as Sweden's foreign
/// minister (2006-2014).
@Suite("Karabakh forces and Carl Bildt in the gazetteer")
struct KarabakhAndBildtNamesTests {
  @Test func karabakhForces() throws {
    // (Was nothing.)
    #expect(
      try builtInRelations(
        "Karabakh forces agreed to disarm after talks with Azerbaijani officials.",
        date: "2023-09-28")
        == ["ARM_KARABAKH negotiates-with AZE"])
    // (Was AZE strikes ARM.)
    #expect(
      try builtInRelations(
        "Azerbaijani artillery killed some 200 Karabakh Armenian fighters.", date: "2023-09-28")
        == ["AZE strikes ARM_KARABAKH"])
  }

  @Test func bildtAsForeignMinister() throws {
    // (Was UN opposes RUS: his envoy's post of 1999-2001.)
    #expect(
      try builtInRelations("Bildt criticised Russia over the gas cut.", date: "2009-01-08")
        == ["SWE opposes RUS"])
  }
}
