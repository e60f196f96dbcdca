import Foundation
import Testing

@testable import Graph

/// Arabic: two indefinite nouns joined by و, one adjective and then the nisba after a light verb
/// ("شنت طائرات وسفن حربية أمريكية ...") are the verb's subject, past a time phrase too.
@Suite("Arabic: two nouns and a nisba as a light verb's subject")
struct CoordinatedNounsSubjectTests {
  @Test func twoNounsAnAdjectiveAndTheNisba() throws {
    // (Was nothing: the adjective after the second noun stopped the walk to the subject.)
    #expect(
      try builtInRelations(
        "شنت طائرات وسفن حربية روسية، مساء السبت، غارات على مواقع لهيئة تحرير الشام في إدلب.",
        date: "2024-12-01"
      ).contains("RUS strikes HTS"))
  }

  @Test func twoNationsQualifyBoth() throws {
    // (Was nothing.)
    #expect(
      try builtInRelations(
        "شنت طائرات وسفن حربية أمريكية وبريطانية، أمس، ضربات على مواقع لجماعة الحوثي.",
        date: "2024-02-04") == ["USA strikes HOUTHIS", "GBR strikes HOUTHIS"])
  }
}
