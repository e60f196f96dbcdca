import Foundation
import Testing

@testable import Graph

/// Arabic: the "مع" of talks past one adjective and a verb of lasting with its span ("إثر
/// مفاوضات سرية استمرت تسعة أشهر مع الولايات المتحدة") names the other side.
@Suite("Arabic: talks that lasted, with")
struct TalksLastingTests {
  @Test func secretTalksThatLasted() throws {
    // (Gave nothing.)
    let found = try builtInRelations(
      "أعلنت ليبيا تخليها عن برامج أسلحة الدمار الشامل، إثر مفاوضات سرية استمرت تسعة أشهر مع الولايات المتحدة وبريطانيا.",
      date: "2003-12-19")
    #expect(found == ["LBY negotiates-with USA", "LBY negotiates-with GBR"])
  }

  @Test func talksThatLastedMonths() throws {
    // (Gave nothing.)
    let found = try builtInRelations(
      "أعلنت ليبيا تخليها عن برامج أسلحة الدمار الشامل، إثر مفاوضات استمرت تسعة أشهر مع الولايات المتحدة.",
      date: "2003-12-19")
    #expect(found == ["LBY negotiates-with USA"])
  }

  @Test func talksThatLastedWeeksGuard() throws {
    // Guard: read so before, by another path.
    let found = try builtInRelations(
      "وأعلنت الخرطوم موافقتها بعد مفاوضات دامت أسابيع مع الحركة الشعبية لتحرير السودان.",
      date: "2005-01-09")
    #expect(found == ["SDN negotiates-with SPLM"])
  }
}
