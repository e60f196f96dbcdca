import Foundation
import Testing

@testable import Graph

/// Arabic: "الرئيس الدوري" is a rotating chair, not a title before the surname of Izzat
/// al-Douri (whose bare "الدوري" the gazetteer no longer holds as an ambiguous form).
@Suite("Arabic: the rotating chair")
struct RotatingPresidentTests {
  @Test func theChairCondemns() throws {
    // (Gave IRQ_BAATH opposes AU.)
    let found = try builtInRelations(
      "ودان الرئيس الدوري للاتحاد الأفريقي الهجوم الإسرائيلي على غزة.", date: "2020-08-20")
    #expect(found.contains("AU opposes ISR"))
    #expect(!found.contains { $0.hasPrefix("IRQ_BAATH") })
  }

  @Test func theChairMeets() throws {
    // (Gave nothing.)
    let found = try builtInRelations(
      "والتقى الرئيس الدوري للاتحاد الأفريقي الرئيس السوداني.", date: "2020-08-20")
    #expect(found == ["AU negotiates-with SDN"])
  }

  @Test func theFullNameStill() throws {
    // Guard: the full name still names him.
    let found = try builtInRelations(
      "ودعا عزة إبراهيم الدوري إلى قتال القوات الأمريكية.", date: "2005-01-10")
    #expect(found.contains("IRQ_BAATH opposes USA ?"))
  }
}
