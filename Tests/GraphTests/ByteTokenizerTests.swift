import Foundation
import Testing

@testable import Graph

/// The extractor tokenizes a document's UTF-8 bytes (`Tokenizer.tokenize(utf8:index:)`); these
/// tests hold it to the scalar tokenizer it stands in for: the same tokens (norm, scalar offsets,
/// kind, case flags, line breaks, look-up), and byte ranges that cut out the same text.
@Suite("Byte tokenizer equals the scalar tokenizer")
struct ByteTokenizerTests {
  static let extractor: Extractor? = try? Extractor.standard()

  /// Every field the scalar tokenizer sets, and the token's text both ways.
  static func check(_ text: String, index: WordIndex?) {
    let scalars = ScalarText.scalars(text)
    let want = Tokenizer.tokenize(scalars, index: index)
    let bytes = Array(text.utf8)
    let got = bytes.withUnsafeBufferPointer { Tokenizer.tokenize(utf8: $0, index: index) }
    #expect(got.count == want.count, "\(text.debugDescription)")
    for (g, w) in zip(got, want) {
      #expect(
        g.norm == w.norm && g.start == w.start && g.end == w.end && g.kind == w.kind
          && g.capitalized == w.capitalized && g.allCaps == w.allCaps
          && g.afterNewline == w.afterNewline && g.lex == w.lex
          && g.endsInTaMarbuta == w.endsInTaMarbuta,
        "\(text.debugDescription): \(g.norm) vs \(w.norm)")
      let cut = String(decoding: bytes[Int(g.byteStart)..<Int(g.byteEnd)], as: UTF8.self)
      #expect(cut == ScalarText.string(scalars[w.start..<w.end]))
    }
    // The stops and the tokens after a line break it lists, and the sentences split by them.
    var breaks: [Int] = []
    var listed = bytes.withUnsafeBufferPointer {
      Tokenizer.tokenize(utf8: $0, index: index, breaks: &breaks)
    }
    #expect(
      breaks == got.indices.filter { got[$0].afterNewline || got[$0].kind == .stop },
      "\(text.debugDescription)")
    var scanned = got
    #expect(
      SentenceSplitter.split(marking: &listed, breaks: breaks)
        == SentenceSplitter.split(marking: &scanned), "\(text.debugDescription)")
    #expect(listed == scanned)
  }

  @Test func seedsAndCorpusTokenizeTheSame() throws {
    let ex = try #require(Self.extractor)
    for (text, _) in CompiledMatchingTests.texts {
      Self.check(text, index: ex.index)
      Self.check(text, index: nil)
    }
  }

  @Test func edgeCasesTokenizeTheSame() throws {
    let ex = try #require(Self.extractor)
    let cases = [
      "", " ", "\n", "U.S.", "the U.S. and U.N. met", "U. S. A.", "A.B", "É.U. talks",
      "Mr. A. Smith",
      "G.W. Bush", "x.Y.", "1,000,000 and 3,5", "1,", "؟!?..", "…", "«قال» — \"quoted\" – 'x'",
      "ـــ", "الـحكومة", "ترحيباً", "\u{200B}وزير\u{200F}", "a\u{0301}b", "Ἀθῆναι", "日本 中国",
      "emoji 😀 here", "tab\tsep\r\nnext\u{2028}line\u{2029}para", "\u{FEFF}bom",
      "١٢٣ ٤٥٦،٧٨٩", "۱۲۳", "Erdoğan's İstanbul", "ALL CAPS AND Mixed", "a.b.c.d.e.f",
      "$1.3 billion", "7.8.", "1.", "2.0.1 and 3..4",
    ]
    for c in cases {
      Self.check(c, index: ex.index)
      Self.check(c, index: nil)
    }
  }

  /// Random strings over letters, marks, digits, punctuation and spaces of both scripts.
  @Test func randomTextTokenizesTheSame() throws {
    let ex = try #require(Self.extractor)
    let pool = Array(
      "وفبلكالتحرسنإأآىةءئؤـًٌٍَُِّْٰabcXYZ.U.S,،;:!?؟…\"'«»-–— \n\r\t0123٠١٢éÉçğİı\u{0301}😀日\u{200B}"
        .unicodeScalars)
    var rng = SplitMix64(seed: 11)
    for _ in 0..<2000 {
      var s = String.UnicodeScalarView()
      for _ in 0..<Int(rng.next() % 24) { s.append(pool[Int(rng.next() % UInt64(pool.count))]) }
      Self.check(String(s), index: ex.index)
    }
  }
}
