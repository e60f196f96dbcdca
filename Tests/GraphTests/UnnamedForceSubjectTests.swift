import Foundation
import Testing

@testable import Graph

/// Arabic: a force noun right after a verb, before a name the gazetteer lacks ("ورحبت قوات
/// التحالف الشمالي المعارضة بالضربات"), is the verb's own subject: the verb does not take the
/// subject of the sentence before.
@Suite("Arabic: forces no actor names as a verb's subject")
struct UnnamedForceSubjectTests {
  @Test func forcesOfAnUnknownAlliance() throws {
    // (Gave GBR supports USA: Blair's subject carried over.)
    let found = try builtInRelations(
      "وأعلن رئيس الوزراء البريطاني توني بلير أن غواصات بريطانية أطلقت صواريخ كروز. ورحبت قوات التحالف الشمالي المعارضة بالضربات الأمريكية.",
      date: "2001-10-07")
    #expect(!found.contains("GBR supports USA"))
  }

  @Test func noSubjectOfItsOwn() throws {
    // Guard: with no subject after it, the verb takes the one before.
    let found = try builtInRelations(
      "وأعلن رئيس الوزراء البريطاني توني بلير دعم بلاده للعملية. ورحب بالضربات الأمريكية.",
      date: "2001-10-07")
    #expect(found.contains("GBR supports USA"))
  }
}
