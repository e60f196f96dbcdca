import Foundation
import Testing

@testable import Graph

/// The gazetteer knows Myanmar's National League for Democracy (MMR_NLD, Aung San Suu Kyi's
/// party outside her years in government) and the Belarusian opposition (BLR_OPP, with
/// Sviatlana Tsikhanouskaya).
@Suite("Gazetteer: the NLD and the Belarusian opposition")
struct OppositionActorsTests {
  @Test func tsikhanouskaya() throws {
    // (Gave nothing: her name was unknown.)
    let found = try builtInRelations(
      "Belarusian opposition leader Sviatlana Tsikhanouskaya accused Alexander Lukashenko of state terrorism.",
      date: "2021-05-24")
    #expect(found == ["BLR_OPP opposes BLR"])
  }

  @Test func suuKyiAfterTheCoup() throws {
    // (Gave nothing: her entry ended on the day of the coup.)
    let found = try builtInRelations(
      "Myanmar's junta accused Aung San Suu Kyi of fraud.", date: "2021-05-24")
    #expect(found == ["MMR opposes MMR_NLD"])
  }

  @Test func theLeagueInArabic() throws {
    // (Gave nothing.)
    let found = try builtInRelations(
      "وانتقدت الرابطة الوطنية من أجل الديمقراطية الجيش البورمي.", date: "2021-05-24")
    #expect(found == ["MMR_NLD opposes MMR"])
  }
}
