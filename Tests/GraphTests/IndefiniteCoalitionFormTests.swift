import Foundation
import Testing

@testable import Graph

/// Arabic: the Saudi-led coalition named indefinitely ("تحالف عربي تقوده السعودية") is the
/// coalition, not Saudi Arabia alone; a condemnation of the operation then opposes it.
@Suite("Gazetteer: the coalition named indefinitely")
struct IndefiniteCoalitionFormTests {
  @Test func indefiniteArabCoalitionIsTheCoalition() throws {
    // (Was nothing: "طائرات تحالف عربي" named no actor, and "تقوده السعودية" only led.)
    #expect(
      try builtInRelations(
        "شنت طائرات تحالف عربي تقوده السعودية فجر الخميس غارات جوية مكثفة على مواقع جماعة الحوثيين في صنعاء. ودانت إيران العملية.",
        date: "2015-03-26") == ["SAUDI_COALITION strikes HOUTHIS", "IRN opposes SAUDI_COALITION"])
  }
}
