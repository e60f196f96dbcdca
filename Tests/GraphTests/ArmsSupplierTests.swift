import Foundation
import Testing

@testable import Graph

/// English: a supplier of arms to an actor backs it ("India is a major supplier of arms to
/// Nepal", "Russia is the main arms supplier to Syria"). (An apposition, "Russia, the main arms
/// supplier to Syria, blocked ...", is not read yet.)
@Suite("English: a supplier of arms to an actor")
struct ArmsSupplierTests {
  @Test func supplierOfArmsTo() throws {
    // (Gave nothing.)
    let found = try builtInRelations(
      "India is a major supplier of arms to Nepal.", date: "2005-02-01")
    #expect(found == ["IND supports NPL"])
  }

  @Test func armsSupplierTo() throws {
    // (Gave nothing.)
    let found = try builtInRelations(
      "Russia is the main arms supplier to Syria.", date: "2012-02-04")
    #expect(found == ["RUS supports SYR"])
  }

  @Test func supplierOfWeaponsTo() throws {
    // (Gave nothing.)
    let found = try builtInRelations(
      "Russia has long been a supplier of weapons to Syria.", date: "2012-02-04")
    #expect(found == ["RUS supports SYR"])
  }
}
