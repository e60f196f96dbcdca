import Foundation
import Testing

@testable import Graph

/// The dictionaries read their forms with `Tokenizer.words(text:)`, which splits plain forms
/// itself; it must give what the tokenizer gives for every text.
@Suite("Plain words equal the tokenizer's")
struct PlainWordsTests {
  static func tokenized(_ text: String) -> [Tokenizer.Word] {
    Tokenizer.tokenize(text: text).map {
      Tokenizer.Word(norm: $0.norm, kind: $0.kind, capitalized: $0.capitalized, allCaps: $0.allCaps)
    }
  }

  static func check(_ text: String) {
    #expect(Tokenizer.words(text: text) == Self.tokenized(text), "\(text.debugDescription)")
    #expect(Tokenizer.norms(text: text) == Self.tokenized(text).map(\.norm))
    if let plain = Tokenizer.plainWords(text) {
      #expect(plain == Self.tokenized(text), "\(text.debugDescription)")
    }
  }

  @Test func gazetteerFormsReadTheSame() throws {
    let g = try Gazetteer.builtIn()
    var plain = 0
    var all = 0
    for e in g.entries {
      for form in e.names + (e.ambiguousNames ?? []) + (e.adjectives ?? []) {
        Self.check(form)
        all += 1
        if Tokenizer.plainWords(form) != nil { plain += 1 }
      }
    }
    // Most forms are plain: the fast path is taken.
    #expect(all > 5000 && plain * 2 > all)
  }

  @Test func edgeCasesReadTheSame() {
    for text in [
      "", " ", "  ", "a", "A", "AB", "Ab", "aB", "UN", "U.S.", "al-Qaeda", "Workers' Party",
      "\"Quoted\"", "ـــ", "الـحكومة", "ترحيباً", "أمير  قطر ", " إيران", "Xعربي", "عربيX",
      "١٢٣", "٠", "؟", "،", "\u{0600}", "\u{06FF}", "Erdoğan", "a_b", "a\tb", "a\nb",
      "\u{200B}وزير", "حزب الله", "HAMAS", "Hamas Movement",
    ] {
      Self.check(text)
    }
  }

  /// Random strings over letters, marks, digits, punctuation and spaces of both scripts.
  @Test func randomTextReadsTheSame() {
    let pool = Array(
      "وفبلكالتحرسنإأآىةءئؤـًٌٍَُِّْٰabcXYZ.U.S,،;:!?؟…\"'«»-–—    \n\t0123٠١٢éÉğ\u{0301}😀\u{200B}\u{0600}"
        .unicodeScalars)
    var rng = SplitMix64(seed: 23)
    for _ in 0..<3000 {
      var s = String.UnicodeScalarView()
      for _ in 0..<Int(rng.next() % 16) { s.append(pool[Int(rng.next() % UInt64(pool.count))]) }
      Self.check(String(s))
    }
  }
}
