import Testing

@testable import Graph

/// A bare "الشرع" names Farouk al-Sharaa in a document that named him in full (an ambiguous
/// form of his, as of Ahmed al-Sharaa's since 2025).
@Suite("Gazetteer: a bare \"الشرع\" after Farouk al-Sharaa")
struct SharaaSurnameTests {
  @Test func namedInFullBefore() throws {
    #expect(
      try builtInRelations(
        "أما وزير الخارجية السوري فاروق الشرع فرد على الاتهامات بحدة. ووجه الشرع انتقادات مباشرة إلى الولايات المتحدة.",
        date: "2005-11-01") == ["SYR opposes USA"])
  }

  @Test func bareNamesNoOne() throws {
    // guard: with no full name in the document, nobody.
    #expect(
      try builtInRelations("ووجه الشرع انتقادات مباشرة إلى الولايات المتحدة.", date: "2005-11-01")
        .isEmpty)
  }
}
