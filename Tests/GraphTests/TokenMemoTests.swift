import Foundation
import Testing

@testable import Graph

/// The byte tokenizer's memo of looked-up words (`TokenMemo`): a word met again, in the same text
/// or a later one on the thread, gets the same token as when it is looked up afresh.
@Suite("Token memo")
struct TokenMemoTests {
  @Test func wordsMetAgainTokenizeTheSame() throws {
    let ex = try #require(ByteTokenizerTests.extractor)
    let texts = [
      "قال الرئيس إن الرئيس قال، وقال الرئيس", "The President said the president SAID",
      "قال الرئيس", "U.S. and U.S. and us", "1,000 و1,000 ١٢٣ ١٢٣",
    ]
    // Twice over: the second round reads every word from the memo.
    for _ in 0..<2 {
      for t in texts { ByteTokenizerTests.check(t, index: ex.index) }
    }
  }

  @Test func anotherIndexIsNotReadFromTheMemo() throws {
    let a = try #require(ByteTokenizerTests.extractor)
    let b = try Extractor.standard()
    #expect(a.index.tag != b.index.tag)
    let text = "وقال وزير الخارجية الأمريكي إن الوزير"
    ByteTokenizerTests.check(text, index: a.index)
    let tokens = Array(text.utf8).withUnsafeBufferPointer {
      Tokenizer.tokenize(utf8: $0, index: b.index)
    }
    #expect(tokens.allSatisfy { $0.lex.index == b.index.tag })
    ByteTokenizerTests.check(text, index: a.index)
  }

  @Test func hashReadsOnlyTheWordAndItsKind() throws {
    var a = Array("abcdefghij".utf8) + Array(repeating: 0xFF, count: 16)
    var b = Array("abcdefghij".utf8) + Array(repeating: 0x11, count: 16)
    var c = Array("abcdefghik".utf8) + Array(repeating: 0x11, count: 16)
    let (ha, hb, hc, hk) = try a.withUnsafeMutableBufferPointer { pa in
      try b.withUnsafeMutableBufferPointer { pb in
        try c.withUnsafeMutableBufferPointer { pc in
          let p = try #require(pa.baseAddress)
          let q = try #require(pb.baseAddress)
          let r = try #require(pc.baseAddress)
          for x in [p, q, r] { TokenMemo.pad(x, 10) }
          return (
            TokenMemo.hash(2, p, 10), TokenMemo.hash(2, q, 10), TokenMemo.hash(2, r, 10),
            TokenMemo.hash(1, p, 10)
          )
        }
      }
    }
    #expect(ha == hb)
    #expect(ha != hc)
    #expect(ha != hk)
  }
}
