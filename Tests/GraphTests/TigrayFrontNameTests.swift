import Foundation
import Testing

@testable import Graph

/// The gazetteer knows the TPLF by its usual Arabic name, "الجبهة الشعبية لتحرير تيغراي".
@Suite("Gazetteer: the Tigray front's Arabic name")
struct TigrayFrontNameTests {
  @Test func thePopularFront() throws {
    // (Gave nothing: the name was not in the gazetteer.)
    let found = try builtInRelations(
      "شن الجيش الإثيوبي عملية عسكرية ضد الجبهة الشعبية لتحرير تيغراي.", date: "2020-11-04")
    #expect(found == ["ETH strikes TPLF"])
  }
}
