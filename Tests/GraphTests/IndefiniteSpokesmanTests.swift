import Foundation
import Testing

@testable import Graph

/// Arabic: an indefinite spokesman, "متحدث باسم X" ("a spokesman for X"), speaks for X as
/// "المتحدث باسم X" does: X is the verb's subject, not its object.
@Suite("Arabic: a spokesman for a group, indefinite")
struct IndefiniteSpokesmanTests {
  @Test func aSpokesmanDescribesTheOperation() throws {
    // (Gave USA opposes PKK: the subject of the sentence before, the group read as the object.)
    let found = try builtInRelations(
      "وقالت الولايات المتحدة إنها تتفهم حاجة تركيا إلى حماية حدودها. "
        + "ووصف متحدث باسم حزب العمال الكردستاني العملية بأنها حرب إبادة.", date: "1995-03-22")
    #expect(!found.contains("USA opposes PKK"))
  }

  @Test func aSpokeswomanAccuses() throws {
    // (Gave nothing: the group was read as the object, with no subject.)
    let found = try builtInRelations(
      "واتهمت متحدثة باسم حركة حماس إسرائيل بخرق الهدنة.", date: "2014-08-10")
    #expect(found == ["HAMAS opposes ISR"])
  }
}
