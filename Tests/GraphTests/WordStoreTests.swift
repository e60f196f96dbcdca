import Testing

@testable import Graph

/// `WordStore` keeps each word once: the same bytes give the same String's address, other bytes
/// another, and tokens of the same word share it.
@Suite("Text: the store of token words")
struct WordStoreTests {
  @Test func aWordIsKeptOnce() {
    let words = ["حماس", "hamas", "الحكومة", "", "a", "قصفت", "international-organisations"]
    let refs = words.map { WordStore.shared.word($0) }
    for (w, r) in zip(words, refs) {
      #expect(r.string == w)
      #expect(WordStore.shared.word(w).pointer == r.pointer, "\(w)")
    }
    #expect(Set(refs.map(\.pointer)).count == words.count)
  }

  @Test func tokensOfOneWordShareIt() {
    let tokens = Tokenizer.tokenize(text: "Hamas said hamas و حماس قالت حماس")
    #expect(tokens[0].word.pointer == tokens[2].word.pointer)
    #expect(tokens[4].word.pointer == tokens[6].word.pointer)
    #expect(tokens[0] == tokens[0] && tokens[0].norm == "hamas")
  }

  /// Many words from two threads at once: each thread reads back what it stored.
  @Test func wordsFromManyThreads() async {
    await withTaskGroup(of: Bool.self) { group in
      for _ in 0..<2 {
        group.addTask {
          (0..<5000).allSatisfy { k in
            let w = "w\(k % 3000)"
            return WordStore.shared.word(w).string == w
          }
        }
      }
      for await ok in group { #expect(ok) }
    }
  }
}
