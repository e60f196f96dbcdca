import Testing

@testable import Graph

/// A name that is also a nisba ("السعودية") after a noun with the article qualifies it ("الحكومة
/// السعودية" is a subject); two adjacent nisbas join only when their endings agree ("القوات
/// الأمريكية الحوثيين" is a subject and its object); an act's nisba after "بـ" is its author,
/// not the judging verb's subject's.
@Suite("Relations: nisbas after definite nouns, agreement, an act's own nisba")
struct DefiniteNisbaTests {
  /// Relations with the built-in gazetteer, lexicon and titles ("?" marks a hypothetical one).
  func relations(_ text: String) throws -> [String] {
    try builtInRelations(text, date: "2020-06-01").sorted()
  }

  @Test func aNameThatIsANisbaAfterADefiniteNounQualifiesIt() throws {
    #expect(try relations("انتقدت الحكومة السعودية إيران.") == ["SAU opposes IRN"])
    // A name without the article stays a name: "المسؤول التركي روسيا" is subject and object.
    #expect(try relations("وانتقد المسؤول التركي روسيا.") == ["TUR opposes RUS"])
  }

  @Test func adjacentNisbasJoinOnlyWhenTheyAgree() throws {
    #expect(try relations("هاجمت القوات الأمريكية الحوثيين.") == ["USA strikes HOUTHIS"])
    #expect(
      try relations("قصفت الطائرات الأمريكية البريطانية مواقع الحوثيين.") == [
        "GBR strikes HOUTHIS", "USA strikes HOUTHIS",
      ])
  }

  @Test func anActsNisbaAfterBaIsItsAuthor() throws {
    #expect(
      try relations("نددت الخارجية السعودية بالهجوم الحوثي على مطار أبها.") == [
        "SAU opposes HOUTHIS"
      ])
  }
}
