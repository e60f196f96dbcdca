import Foundation
import Testing

@testable import Graph

/// The extractor looks every word up once (`WordIndex`) and matches with tables compiled to word
/// ids; tokens that were not looked up take the original string-keyed paths. These tests run
/// both paths over the same text and require the same answers, so the fast path stays a pure
/// speed-up of the dictionaries' own look-ups.
@Suite("Compiled matching equals the string-keyed matching")
struct CompiledMatchingTests {
  static let extractor: Extractor? = try? Extractor.standard()

  /// The seeds, plus (when ../shared is there) a sample of the corpus without held-out articles.
  static let texts: [(text: String, date: String?)] = {
    var out: [(String, String?)] = []
    let seeds = (try? FileManager.default.contentsOfDirectory(atPath: Repo.seeds.path)) ?? []
    for name in seeds.sorted() where name.hasSuffix(".txt") {
      if let t = try? String(contentsOf: Repo.seeds.appendingPathComponent(name), encoding: .utf8) {
        out.append((t, nil))
      }
    }
    let corpus = Repo.shared.appendingPathComponent("corpus")
    let holdout = Set(
      ((try? String(contentsOf: corpus.appendingPathComponent("holdout.txt"), encoding: .utf8))
        ?? "").split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
    for file in ["news-ar.jsonl", "news-en.jsonl"] {
      guard
        let text = try? String(contentsOf: corpus.appendingPathComponent(file), encoding: .utf8)
      else { continue }
      var taken = 0
      for line in text.split(separator: "\n") where taken < 6 {
        guard let o = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
          let id = o["id"] as? String, !holdout.contains(id), let t = o["text"] as? String
        else { continue }
        out.append((t, o["date"] as? String))
        taken += 1
      }
    }
    return out
  }()

  @Test func everyMarkerListHasItsOwnBit() {
    // `TokenLex.markers` holds one bit per marker list in a UInt64: a 65th case would get
    // `1 << 64`, which is 0, and never match.
    #expect(
      Marker.allCases.count <= Marker.capacity,
      "\(Marker.allCases.count) Marker cases, \(Marker.capacity) bits in TokenLex.markers")
    for m in Marker.allCases {
      #expect(m.mask.nonzeroBitCount == 1, "\(m) has mask \(m.mask)")
    }
    #expect(Set(Marker.allCases.map(\.mask)).count == Marker.allCases.count)
  }

  /// A word of each marker list, looked up alone, gets its list's bit (the last case too).
  @Test func aWordOfEveryMarkerListGetsItsBit() throws {
    let ex = try #require(Self.extractor)
    var tested: Set<Marker> = []
    for m in Marker.allCases {
      for (suffix, kind) in [("_ar", TokenKind.arabic), ("_en", .latin)] {
        for key in ex.lexicon.markers[m.name + suffix] ?? [] {
          let scalars = ScalarText.scalars(key.string)
          let tokens = Tokenizer.tokenize(scalars, index: ex.index)
          // Words the string-keyed look-up finds (not one-letter words, which have no readings).
          let slow = Tokenizer.tokenize(scalars)
          guard tokens.count == 1, tokens[0].kind == kind, tokens[0].lex.isAnalyzed,
            ex.lexicon.isMarker(slow[0], m.name)
          else { continue }
          let hasBit = ex.lexicon.isMarker(tokens[0], m)
          #expect(hasBit, "\(key.string) has no \(m.name) bit")
          tested.insert(m)
        }
      }
    }
    #expect(tested.contains(Marker.allCases.last!))
  }

  @Test func tokensAreTheSameWithAndWithoutLookUp() throws {
    let ex = try #require(Self.extractor)
    for (text, _) in Self.texts {
      let scalars = ScalarText.scalars(text)
      let fast = Tokenizer.tokenize(scalars, index: ex.index)
      let slow = Tokenizer.tokenize(scalars)
      #expect(fast.map(\.norm) == slow.map(\.norm))
      #expect(fast.map(\.start) == slow.map(\.start))
      #expect(fast.allSatisfy(\.lex.isAnalyzed) && !slow.contains { $0.lex.isAnalyzed })
    }
  }

  @Test func mentionsCuesTitlesAndMarkersAgree() throws {
    let ex = try #require(Self.extractor)
    let titles = try #require(ex.titles)
    let listNames = Set(
      ex.lexicon.markers.keys.filter { $0.hasSuffix("_ar") || $0.hasSuffix("_en") }.map {
        String($0.dropLast(3))
      })
    // Every list has a bit, or is one the rules read by name (with a bit or by readings).
    let markerNames = listNames.subtracting(Marker.readByName).subtracting(Marker.readByReadings)
    #expect(Marker.readByName.isSubset(of: listNames))
    #expect(Marker.readByReadings.isSubset(of: listNames))
    #expect(Marker.readByReadings.isDisjoint(with: Marker.readByName))
    var compared = 0
    for (text, date) in Self.texts {
      let scalars = ScalarText.scalars(text)
      let fast = Tokenizer.tokenize(scalars, index: ex.index)
      let slow = Tokenizer.tokenize(scalars)
      for s in SentenceSplitter.split(fast) {
        let r = s.tokenRange
        #expect(
          ex.matcher.mentions(in: fast, range: r, date: date)
            == ex.matcher.mentions(in: slow, range: r, date: date))
        for i in r {
          #expect(
            ex.lexicon.match(fast, at: i, limit: r.upperBound)
              == ex.lexicon.match(slow, at: i, limit: r.upperBound))
          #expect(
            titles.titleLength(fast, at: i, limit: r.upperBound)
              == titles.titleLength(slow, at: i, limit: r.upperBound))
          for name in Marker.namedLists {
            #expect(ex.lexicon.isMarker(fast[i], name) == ex.lexicon.isMarker(slow[i], name))
          }
          for list in Self.wholeWordLists {
            #expect(
              ex.lexicon.isWholeWordMarker(fast, i, list)
                == ex.lexicon.isWholeWordMarker(slow, i, list))
          }
          for name in markerNames {
            #expect(ex.lexicon.isMarker(fast[i], name) == ex.lexicon.isMarker(slow[i], name))
            let bits = try #require(Marker(name: name), "no Marker for \(name)")
            // The prefilters may say "maybe" wrongly, never "no" wrongly.
            if !ex.lexicon.mayBeMarker(fast[i], bits, anyReading: true) {
              #expect(
                !slow[i].articleReadings.contains { ex.lexicon.isMarker($0.stem, name + "_ar") })
            }
            if !ex.lexicon.mayBeMarkerWithoutSuffix(fast[i], bits) {
              #expect(
                !slow[i].readings.contains { r in
                  ArabicClitics.splitEnclitic(r.stem).contains {
                    !$0.enclitic.isEmpty && ex.lexicon.isMarker($0.stem, name + "_ar")
                  }
                })
            }
          }
          compared += 1
        }
      }
    }
    #expect(compared > 1000)
  }

  /// The lists the rules read as whole words (`Lexicon.isWholeWordMarker`).
  static let wholeWordLists: [Marker.NamedList] = [
    .announcingVerb, .wingHead, .wingWord, .alternativeOpener, .toldDeterminer,
  ]

  /// A list of whole words takes a word only with the clitics it is written with: "وأعلنت" is
  /// in `announcing_verb`, "فأعلنت" is not, though one of its readings is (`isMarker`).
  @Test func wholeWordListsTakeNoOtherClitic() throws {
    let ex = try #require(Self.extractor)
    let text = "وأعلنت فأعلنت أعلن the armed wing"
    for tokens in [
      Tokenizer.tokenize(ScalarText.scalars(text), index: ex.index),
      Tokenizer.tokenize(ScalarText.scalars(text)),
    ] {
      #expect(tokens.count == 6)
      let whole = tokens.indices.map { ex.lexicon.isWholeWordMarker(tokens, $0, .announcingVerb) }
      #expect(whole == [true, false, true, false, false, false])
      #expect(ex.lexicon.isMarker(tokens, 1, .announcingVerb))
      #expect(ex.lexicon.isWholeWordMarker(tokens, 4, .wingWord))
      #expect(ex.lexicon.isWholeWordMarker(tokens, 5, .wingHead))
      #expect(!ex.lexicon.isWholeWordMarker(tokens, 5, .wingWord))
    }
  }

  /// `ArabicClitics.readings` works on bytes; this is the scalar-array definition it replaced.
  static func referenceReadings(_ word: String, dropArticle: Bool) -> [ArabicClitics.Reading] {
    let w = Array(word.unicodeScalars)
    var out: [ArabicClitics.Reading] = []
    func s(_ x: ArraySlice<Unicode.Scalar>) -> String { String(String.UnicodeScalarView(x)) }
    func add(_ stem: ArraySlice<Unicode.Scalar>, _ pro: ArraySlice<Unicode.Scalar>, alef: Bool) {
      guard stem.count >= 2 else { return }
      out.append(.init(stem: (alef ? "\u{0627}" : "") + s(stem), proclitic: s(pro)))
      if dropArticle, !alef, stem.count >= 4, stem.first == "\u{0627}",
        stem.dropFirst().first == "\u{0644}"
      {
        out.append(.init(stem: s(stem.dropFirst(2)), proclitic: s(pro) + "\u{0627}\u{0644}"))
      } else if dropArticle, alef, stem.count >= 3 {
        out.append(.init(stem: s(stem.dropFirst(1)), proclitic: s(pro) + "\u{0627}\u{0644}"))
      }
    }
    let n = w.count
    var conj = [0]
    if n > 2 && (w[0] == "\u{0648}" || w[0] == "\u{0641}") { conj.append(1) }
    for c in conj {
      if n > c + 1 { add(w[c...], w[..<c], alef: false) }
      if n > c + 2, ["\u{0628}", "\u{0644}", "\u{0643}"].contains(w[c]) {
        add(w[(c + 1)...], w[..<(c + 1)], alef: false)
        if w[c] == "\u{0644}", w[c + 1] == "\u{0644}" {
          add(w[(c + 1)...], w[..<(c + 1)], alef: true)
        }
      }
    }
    return out
  }

  /// The readings the look-up stores for the matchers are the ones they would compute.
  @Test func storedHitsEqualComputedHits() throws {
    let ex = try #require(Self.extractor)
    var stored = 0
    for (text, _) in Self.texts {
      let fast = Tokenizer.tokenize(ScalarText.scalars(text), index: ex.index)
      var recomputed = fast
      for i in recomputed.indices { recomputed[i].lex.storedHits = 3 }
      for i in fast.indices where fast[i].kind == .arabic {
        if fast[i].lex.storedHits <= 2 { stored += 1 }
        let h = fast[i].lex.hits
        for mask in [h.actorPattern, h.adjective, h.deictic, h.title, h.cue] {
          var a = WordIndex.Hits(fast, i, mask, ex.index.storesHits)
          var b = WordIndex.Hits(recomputed, i, mask, ex.index.storesHits)
          while true {
            let x = a.next(in: ex.index, fast)
            let y = b.next(in: ex.index, recomputed)
            #expect(
              x?.stem == y?.stem && x?.stripped == y?.stripped && x?.span.code == y?.span.code,
              "\(fast[i].norm)")
            if x == nil || y == nil { break }
          }
        }
      }
    }
    #expect(stored > 100)
  }

  /// `Token.readingPrepositions` says what the readings' proclitics say after و/ف.
  @Test func readingPrepositionsMatchTheReadings() {
    var words: [String] = []
    for (text, _) in Self.texts {
      words += Tokenizer.tokenize(ScalarText.scalars(text)).map(\.norm)
    }
    words += ["وللحكومة", "فللجيش", "بالتركية", "لل", "ولل", "كال", "وب", "فك", "ل"]
    for t in Tokenizer.tokenize(ScalarText.scalars(words.joined(separator: " "))) {
      let preps = t.readingPrepositions
      let readings = t.readings
      #expect(preps.count == readings.count, "\(t.norm)")
      for (k, r) in readings.enumerated() where k < preps.count {
        let letter = r.proclitic.unicodeScalars.first { $0 != "\u{0648}" && $0 != "\u{0641}" }
        let want: UInt32 =
          switch letter {
          case "\u{0628}": ReadingPrepositions.ba
          case "\u{0644}": ReadingPrepositions.lam
          case "\u{0643}": ReadingPrepositions.kaf
          default: 0
          }
        #expect(preps[k] == want, "\(t.norm) reading \(k)")
      }
    }
  }

  @Test func byteReadingsEqualTheScalarDefinition() {
    let letters = Array("وفبلكالتحرسن".unicodeScalars)
    var rng = SplitMix64(seed: 7)
    var words = [
      "وللحكومة", "فللجيش", "بالتركية", "والإمارات", "لل", "ولل", "كال", "ال", "و", "Turkey",
    ]
    for _ in 0..<3000 {
      let n = Int(rng.next() % 7) + 1
      var w = String.UnicodeScalarView()
      for _ in 0..<n { w.append(letters[Int(rng.next() % UInt64(letters.count))]) }
      words.append(String(w))
    }
    for w in words {
      for drop in [false, true] {
        #expect(
          ArabicClitics.readings(w, dropArticle: drop)
            == Self.referenceReadings(w, dropArticle: drop),
          "\(w)")
      }
    }
  }

  /// `Extractor.containsSpace` decides from bytes where Foundation's `contains(" ")` would say
  /// the same: every form of the built-in gazetteer, and spaces next to combining marks.
  @Test func containsSpaceEqualsFoundation() throws {
    let g = try Gazetteer.builtIn()
    var forms = g.entries.flatMap { $0.names + ($0.ambiguousNames ?? []) + [$0.name] }
    forms += [
      "", " ", "a b", "ab", " a", "a ", "\u{0628}\u{0648}\u{0634}",
      "\u{062C}\u{0648}\u{0631}\u{062C} \u{0628}\u{0648}\u{0634}",
      "a \u{0301}b", "\u{0628} \u{064E}", "\u{0628}\u{064E} \u{0628}", "e\u{0301} x",
      "\u{0600} \u{0628}",
      "x \u{200D}", "\u{00A0}", "\u{3000}", "\u{0628}\u{00A0}\u{0628}",
    ]
    for f in forms {
      #expect(Extractor.containsSpace(f) == f.contains(" "), "\(f)")
    }
  }

  /// `Normalizer.normalizes(_:to:)` says what comparing the bytes of `normalize` says.
  @Test func normalizesEqualsNormalize() throws {
    let g = try Gazetteer.builtIn()
    var forms = g.entries.flatMap { $0.names + ($0.ambiguousNames ?? []) }
    forms += ["", "أُنْقِرَة", "الـحكومة", "Erdoğan", "\u{200B}"]
    let words = forms.map(Normalizer.normalize) + ["", "a", "انقر", "انقرهه", "erdogan "]
    var rng = SplitMix64(seed: 11)
    for f in forms {
      let n = Normalizer.normalize(f)
      #expect(Normalizer.normalizes(f, to: n), "\(f)")
      for _ in 0..<3 {
        let w = words[Int(rng.next() % UInt64(words.count))]
        #expect(Normalizer.normalizes(f, to: w) == Array(n.utf8).elementsEqual(w.utf8), "\(f) \(w)")
      }
      for cut in [1, 2] where n.utf8.count >= cut {
        let w = String(decoding: Array(n.utf8).dropLast(cut), as: UTF8.self)
        #expect(Normalizer.normalizes(f, to: w) == Array(n.utf8).elementsEqual(w.utf8), "\(f)")
      }
    }
  }
}
