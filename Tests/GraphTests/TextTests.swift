import Testing

@testable import Graph

@Suite("Text: normalisation, tokens, sentences")
struct TextTests {
  @Test func foldsArabicForMatching() {
    #expect(Normalizer.normalize("أُنْقِرَة") == "انقره")
    #expect(Normalizer.normalize("إيطاليا") == "ايطاليا")
    #expect(Normalizer.normalize("مصطفى") == "مصطفي")
    #expect(Normalizer.normalize("ترحيباً") == "ترحيبا")
    #expect(Normalizer.normalize("الـحكومة") == "الحكومه")
    #expect(Normalizer.normalize("Erdoğan") == "erdogan")
    #expect(Normalizer.normalize("ک ی") == "ك ي")
  }

  @Test func tokenOffsetsPointIntoTheOriginal() {
    let text = "قالت أنقرةُ، يوم الاثنين: \"ندعم حكومة الوفاق\". Turkey's envoy met the U.S. team."
    let scalars = Array(text.unicodeScalars)
    let tokens = Tokenizer.tokenize(scalars)
    for t in tokens {
      let original = String(String.UnicodeScalarView(scalars[t.start..<t.end]))
      #expect(Normalizer.normalize(original) == t.norm || t.kind == .stop)
    }
    #expect(tokens.contains { $0.norm == "انقره" })
    #expect(tokens.contains { $0.norm == "u.s." })
    #expect(tokens.first { $0.norm == "turkey" }?.capitalized == true)
  }

  @Test func sentencesSplitAtStopsButNotInitialisms() {
    let text =
      "The U.S. and Russia met on Monday. Mr. Lavrov said so!\nوقال الوزير إن بلاده تدعم الحل. وأضاف"
    let tokens = Tokenizer.tokenize(Array(text.unicodeScalars))
    let sentences = SentenceSplitter.split(tokens)
    #expect(sentences.count == 4)
    let scalars = Array(text.unicodeScalars)
    let first = String(String.UnicodeScalarView(scalars[sentences[0].start..<sentences[0].end]))
    #expect(first == "The U.S. and Russia met on Monday.")
  }

  @Test func cliticReadings() {
    let stems = ArabicClitics.readings(Normalizer.normalize("والإمارات")).map(\.stem)
    #expect(stems.contains("الامارات"))
    let lil = ArabicClitics.readings(Normalizer.normalize("للحكومة")).map(\.stem)
    #expect(lil.contains("الحكومه"))
    let bare = ArabicClitics.readings(Normalizer.normalize("بالتركية"), dropArticle: true).map(
      \.stem)
    #expect(bare.contains("تركيه"))
    #expect(
      ArabicClitics.splitEnclitic("دعمها").contains { $0.stem == "دعم" && $0.enclitic == "ها" })
  }
}
