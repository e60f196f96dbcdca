import Foundation
import Testing

@testable import Graph

/// "بلاده" names the country of the latest speaker named before it in its sentence, not of the
/// first one.
@Suite("Relations: the nearest speaker's country")
struct NearestSpeakerTests {
  @Test func theSecondSpeakersCountry() throws {
    #expect(
      try builtInRelations(
        "ورحب رئيس غيانا محمد عرفان علي بالقرار، مؤكداً أنه ملزم، فيما قالت نائبة الرئيس "
          + "الفنزويلي ديلسي رودريغيز إن بلادها تدعم روسيا.", date: "2023-12-02")
        == ["VEN supports RUS"])
  }
}
