import Foundation
import Testing

@testable import Graph

/// Arabic: the names after a joint noun's "ب" ("على اتصال بهيئة تحرير الشام والجيش الوطني")
/// are each a partner of the one in contact, not two parties to each other.
@Suite("Arabic: partners after a joint noun's ba")
struct PartnersAfterBaTests {
  @Test func inContactWithTwo() throws {
    // (Gave HTS negotiates-with SNA_SYR.)
    let found = try builtInRelations(
      "وقال وزير الخارجية التركي هاكان فيدان إن أنقرة على اتصال بهيئة تحرير الشام والجيش الوطني السوري.",
      date: "2024-12-08")
    #expect(found.contains("TUR negotiates-with HTS"))
    #expect(found.contains("TUR negotiates-with SNA_SYR"))
    #expect(!found.contains("HTS negotiates-with SNA_SYR"))
  }

  @Test func callsWithTwo() throws {
    // (Gave HAMAS negotiates-with PIJ.)
    let found = try builtInRelations(
      "قالت مصر إنها أجرت اتصالات بحماس والجهاد الإسلامي لتثبيت التهدئة.", date: "2023-05-12")
    #expect(found.contains("EGY negotiates-with HAMAS"))
    #expect(found.contains("EGY negotiates-with PIJ"))
    #expect(!found.contains("HAMAS negotiates-with PIJ"))
  }

  @Test func nisbasAfterTheNoun() throws {
    // Guard: adjectives after the noun are its parties.
    let found = try builtInRelations(
      "ورحبت الجامعة العربية بالتوافق المصري الفرنسي بشأن ليبيا.", date: "2020-06-08")
    #expect(found.contains("EGY negotiates-with FRA"))
  }
}
