import Foundation
import Testing

@testable import Graph

/// "أنصار الحوثي", "أتباع الحوثي": the name the Houthis went by in the wars of Saada
/// (2004-2010), the followers of the al-Houthi family, is the group.
@Suite("Gazetteer: the Houthis as al-Houthi's followers")
struct HouthiSupportersNameTests {
  @Test func accusedTheFollowers() throws {
    // (Gave nothing: the accusation had one actor.)
    let found = try builtInRelations(
      "واتهم الرئيس علي عبد الله صالح أنصار الحوثي بالسعي لإعادة حكم الإمامة.",
      date: "2005-04-05")
    #expect(found == ["YEM opposes HOUTHIS"])
  }

  @Test func shelledTheFollowers() throws {
    // (Gave nothing.)
    let found = try builtInRelations(
      "وقصفت القوات اليمنية مواقع أتباع الحوثي في صعدة.", date: "2009-08-12")
    #expect(found == ["YEM strikes HOUTHIS"])
  }
}
