import Foundation
import Testing

@testable import Graph

/// English: a supplier of arms to an actor backs it ("India, a major supplier of arms to
/// Nepal's army", "Russia, the main arms supplier to Syria").
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
      "Russia, the main arms supplier to Syria, blocked the resolution.", date: "2012-02-04")
    #expect(found.contains("RUS supports SYR"))
  }
}
