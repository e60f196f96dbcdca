import Testing

@testable import Graph

/// `StringIDs` finds plain strings by their bytes; its ids must be those of String equality,
/// also once strings that are not plain come.
@Suite("String ids by bytes")
struct StringIDsTests {
  static func id(_ ids: inout StringIDs, _ s: String) -> Int32 { ids.id(Array(s.utf8)) }

  @Test func plainStringsGetIdsInOrder() {
    var ids = StringIDs()
    #expect(Self.id(&ids, "erdogan|1n") == 0)
    #expect(Self.id(&ids, "اردوغان|0n") == 1)
    #expect(Self.id(&ids, "erdogan|1n") == 0)
    #expect(Self.id(&ids, "اردوغان|0n") == 1)
    #expect(ids.count == 2)
  }

  @Test func canonicallyEqualStringsShareAnId() {
    var ids = StringIDs()
    // "é" precomposed is plain; "e" + U+0301 is not, and equal to it as a String.
    #expect(Self.id(&ids, "caf\u{E9}") == 0)
    #expect(Self.id(&ids, "x") == 1)
    #expect(Self.id(&ids, "cafe\u{301}") == 0)
    #expect(Self.id(&ids, "caf\u{E9}") == 0)
    #expect(Self.id(&ids, "y") == 2)
    #expect(ids.count == 3)
  }

  @Test func plainness() {
    #expect(StringIDs.isPlain(Array("abc \u{E9}\u{2FF}".utf8)))
    #expect(StringIDs.isPlain(Array("قال الرئيس".utf8)))
    #expect(!StringIDs.isPlain(Array("e\u{301}".utf8)))
    #expect(!StringIDs.isPlain(Array("قَال".utf8)))
    #expect(!StringIDs.isPlain(Array("\u{0627}\u{0653}".utf8)))
    #expect(!StringIDs.isPlain(Array("\u{2126}".utf8)))
  }
}
