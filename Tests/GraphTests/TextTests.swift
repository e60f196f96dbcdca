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

  @Test func lexiconLinesAreTheCharacterSplit() {
    for text in [
      "", "\n", "\n\n", "a", "a\n", "\r\n", "a\r\nb\nc", "x\r\n\ny\r", "\rq\n\r\n",
      "{\"forms\": [\"دعم\"]}\n# note\r\n\u{301}\nend", "e\u{301}\n\u{301}x\n",
    ] {
      #expect(Lexicon.lines(text) == text.split(separator: "\n", omittingEmptySubsequences: false))
    }
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

  @Test func encliticFormIsTheFirstFormTheWordEndsWith() {
    // Every ending of up to three letters drawn from the letters of the forms and two others.
    let letters: [UInt32] = [0x0647, 0x0645, 0x0627, 0x0643, 0x0646, 0x064A, 0x0628]
    for a in [0] + letters {
      for b in [0] + letters {
        for c in letters {
          let scalars = [a, b, c].filter { $0 != 0 }
          // A 0 stands for no letter: only before the first letter.
          guard a == 0 || b != 0 else { continue }
          let bytes = scalars.flatMap { Array(String(Unicode.Scalar($0)!).utf8) }
          let expected = ArabicClitics.encliticForms.firstIndex { e in
            bytes.withUnsafeBufferPointer { ArabicClitics.endsWith($0, e.bytes) }
          }
          #expect(ArabicClitics.encliticForm(c, b, a) == expected, "\(scalars)")
        }
      }
    }
  }
}

@Suite("Text: dates")
struct DateTextTests {
  @Test func isoDayAndTimeReadAsTheGeneralReaderDoes() {
    for text in [
      "2015-07-21 02:56", "2015-07-21 02:56:09", "2015-07-21,x", "2015-07-21\t1", "2015-07-21 ",
      "2018-13-40 10:00", "0999-01-01 10:00", "2018-02-00 x", "2018-09-05 \u{0645}",
      "2018-09-05 \u{0301}x", "2018-0a-05 10:00", "2018/09/05 10:00",
    ] {
      #expect(DateText.isoDay(text) == DateText.generalDay(text), "\(text)")
    }
  }

  @Test func newsDatesReadAsISODays() {
    #expect(DateText.isoDay("2018-09-05") == "2018-09-05")
    #expect(DateText.isoDay("2015-07-21 02:56") == "2015-07-21")
    #expect(DateText.isoDay("2020-01-05T10:00:00Z") == "2020-01-05")
    #expect(DateText.isoDay("Wed, 05 Sep 2018") == "2018-09-05")
    #expect(DateText.isoDay("5 September 2018") == "2018-09-05")
    #expect(DateText.isoDay("September 5, 2018") == "2018-09-05")
    #expect(DateText.isoDay("20180905") == "2018-09-05")
    #expect(DateText.isoDay("") == nil)
    #expect(DateText.isoDay("last Monday") == nil)
    #expect(DateText.isoDay("2018-13-40") == nil)
    // Ten characters that look like an ISO day but are none, and short fields.
    #expect(DateText.isoDay("2018-02-00") == nil)
    #expect(DateText.isoDay("0999-01-01") == nil)
    #expect(DateText.isoDay("2018-0a-05") == nil)
    #expect(DateText.isoDay("2018/09/05") == "2018-09-05")
    #expect(DateText.isoDay("2018-9-5") == "2018-09-05")
    #expect(DateText.isoDay("2018-09-05 ") == "2018-09-05")
  }

  @Test func plainWordDatesReadOnTheBytesAsWordByWord() {
    let texts = [
      "Mon, 03 Sep 2018 00:42:03 GMT", "Wed, 05 Sep 2018", "5 September 2018",
      "September 5, 2018", "20180905", "20181305", "2018 0905", "Sun, 31 Feb 2019 10:00:00 +0000",
      "Sun,\t31 FEB 2019", "Mar 2019", "5 Ma 2019", "Dec 1 99", "dec 01 1999 12 2000",
      "12345678901234567890 5 May 2020", "00 Jan 2000", "", " ", ",,", "GMT", "03:04",
      "3rd May 2018", "May 3 20189", "2018-09-05 10:00", "Mon, 03 Sep 2018 00:42:03 +0300",
      "٥ مايو 2018", "May\n5 2018",
    ]
    for text in texts {
      switch DateText.plainWordsDay(text) {
      case .read(let day): #expect(day == DateText.generalDay(text), "\(text)")
      case .other:
        let plain = text.utf8.allSatisfy { c in
          c == 0x20 || c == 0x09 || c == 0x2C || c == 0x3A || (0x30...0x39).contains(c)
            || (0x61...0x7A).contains(c | 0x20)
        }
        #expect(!plain, "\(text)")
      }
    }
    #expect(DateText.plainWordsDay("Mon, 03 Sep 2018 00:42:03 GMT") == .read("2018-09-03"))
  }

  @Test func plainWordDatesWithPlusSignsReadAsWordByWord() {
    // A time zone written with a plus sign ("+0400") is read on the bytes too; a number with a
    // plus sign counts as `Int` reads it, in the same places as in the general reader.
    let texts = [
      "Mon, 14 May 2018 17:51:49 +0400", "Sat, 31 Mar 2018 07:38:57 +0400", "+5 May 2018",
      "May +12 2018", "+0400", "+", "++5 May 2018", "+ 5 May 2018", "1+2 May 2018",
      "5+ May 2018", "+123 May 5 2018", "May 5 +2018 2019", "+20180905", "20180905 +0100",
      "+1 +2 Jan 2000", "Jan +01 1999", "+jan 5 2018", "Jan 5 2018+", "+12345678901 Jan 5 2018",
    ]
    for text in texts {
      #expect(DateText.plainWordsDay(text) == .read(DateText.generalDay(text)), "\(text)")
    }
    #expect(DateText.isoDay("Mon, 14 May 2018 17:51:49 +0400") == "2018-05-14")
    #expect(DateText.isoDay("+5 May 2018") == "2018-05-05")
  }

  @Test func officeDatesFollowTheDocumentsDate() throws {
    // Written the way the news data has it ("Mon, 03 Sep 2018"), the date still picks the
    // office the person held then.
    let lines = """
      {"code":"EGY","kind":"state","name":"Egypt","name_ar":"مصر","names":["Egypt"]}
      {"code":"TUR","kind":"state","name":"Turkey","name_ar":"تركيا","names":["Turkey"]}
      {"code":"LIBYA","kind":"state","name":"Libya","name_ar":"ليبيا","names":["Libya"]}
      {"code":"ENVOY","kind":"person","name":"A. Envoy","affiliation":"EGY","names":["Envoy Smith"],"from":"2010-01-01","to":"2015-12-31"}
      {"code":"ENVOY_2","kind":"person","name":"A. Envoy","affiliation":"TUR","names":["Envoy Smith"],"from":"2016-01-01"}
      """
    let ex = Extractor(
      gazetteer: Gazetteer(entries: try Gazetteer.parse(lines, file: "t")),
      lexicon: try Lexicon.builtIn())
    func source(_ date: String) -> String? {
      ex.extract(Document(id: "d", text: "Envoy Smith condemned Libya.", date: date)).first?.source
    }
    #expect(Document(id: "d", text: "x", date: "Mon, 03 Sep 2018").date == "2018-09-03")
    #expect(source("Mon, 03 Sep 2018") == "TUR")
    #expect(source("Tue, 03 Sep 2013") == "EGY")
  }
}

@Suite("Text: sentence ends")
struct SentenceEndTests {
  @Test func middleInitialsDoNotEndASentence() {
    let text = "George W. Bush met Blair. Then he left."
    let sentences = SentenceSplitter.split(Tokenizer.tokenize(Array(text.unicodeScalars)))
    #expect(sentences.count == 2)
  }
}
