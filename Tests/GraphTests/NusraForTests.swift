import Foundation
import Testing

@testable import Graph

/// Arabic: "نصرةً لغزة", in support of, an accusative of purpose (marker list
/// `adverbial_stance_noun`): the clause's subject supports the one after "ل", not the actor
/// named right before the word.
@Suite("Arabic: nusra in support of")
struct NusraForTests {
  @Test func afterTheObjectOfAnAttack() throws {
    // (Gave ISR supports PSE: the object of the launch read as the supporter.)
    let found = try builtInRelations(
      "وأطلقت جماعة الحوثي صواريخ على إسرائيل نصرةً لغزة.", date: "2024-07-19")
    #expect(found.contains("HOUTHIS supports PSE"))
    #expect(!found.contains("ISR supports PSE"))
  }

  @Test func inQuotes() throws {
    let found = try builtInRelations(
      "وتعهد حزب الله بمواصلة القتال ضد إسرائيل \"نصرة لغزة\".", date: "2024-09-28")
    #expect(found.contains("HEZBOLLAH supports PSE"))
    #expect(!found.contains("ISR supports PSE"))
  }
}
