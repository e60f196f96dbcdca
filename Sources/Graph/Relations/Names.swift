/// Names read beyond the gazetteer's mentions: people named by an ambiguous form right after a
/// title ("الرئيس بري"), the one word a document later names a person by ("Bush", "بوش"), and
/// states named by their own name.
extension Extractor {
  /// People named by an ambiguous form of theirs (see `ActorMatcher.titledPerson`) right after
  /// a title in `range`, where no mention is.
  func titledPeople(
    _ tokens: [Token], _ range: Range<Int>, _ ms: [Mention], date: String?,
    flags: TokenFlags = .none
  ) -> [Mention] {
    var out: [Mention] = []
    var i = range.lowerBound
    while i < range.upperBound {
      // (Words that start no title skipped in one scan.)
      i = flags.next(TokenLex.title, from: i, to: range.upperBound, in: tokens)
      guard i < range.upperBound else { break }
      guard let n = titles?.titleLength(tokens, at: i, limit: range.upperBound) else {
        i += 1
        continue
      }
      let p = i + n
      i = p
      guard p < range.upperBound, !ms.contains(where: { $0.tokenStart <= p && p < $0.tokenEnd }),
        tokens.withToken(p, { matcher.mayStartTitledPerson($0) })
      else { continue }
      for len in [2, 1] where p + len <= range.upperBound {
        if let m = matcher.titledPerson(tokens, p..<(p + len), date: date),
          !ms.contains(where: { $0.tokenStart < p + len && p < $0.tokenEnd })
        {
          out.append(m)
          i = p + len
          break
        }
      }
    }
    return out
  }

  /// A person named in full ("Osama bin Laden", "جورج بوش") may later be named by one word
  /// of it in the same document ("Osama", "Bush", "بوش"): English first and last names,
  /// Arabic last names, of at least four letters. A word that two people of the document share
  /// names neither.
  /// The words learnt are added to `endings`. Returns true when `people` changed.
  @discardableResult
  func learnShortNames(
    _ ms: [Mention], _ tokens: [Token], into people: inout [FoldedKey: TitleRecognizer.Person],
    clashes: inout Set<FoldedKey>, endings: inout SurnameEndings
  ) -> Bool {
    var changed = false
    // The mentions are read in place and the words found without lists: most mentions are no
    // person's name of two words or more.
    func isWord(_ k: Int) -> Bool {
      tokens[k].kind == .arabic || (tokens[k].kind == .latin && tokens[k].capitalized)
    }
    let gazetteer = matcher.gazetteer
    for mi in ms.indices where ms.form(mi) == .name && ms.tokenEnd(mi) - ms.tokenStart(mi) >= 2 {
      // (The mention read in place: `ms[mi]` copied it, three Strings, to be passed on.)
      guard let e = ms.withMention(mi, { gazetteer.actorIndex($0) }),
        gazetteer.entries[e].kind == .person
      else { continue }
      let (actor, code) = ms.withMention(mi) { ($0.actor, $0.code) }
      let span = ms.tokenStart(mi)..<ms.tokenEnd(mi)
      guard let last = span.last(where: isWord) else { continue }
      // The last word, then (English) the first when it is another.
      var second: Int?
      if tokens[last].kind == .latin, let first = span.first(where: isWord), first != last {
        second = first
      }
      for pick in 0..<2 {
        guard let k = pick == 0 ? last : second else { break }
        // Shorter words ("بري", "بوش") only when the entry lists the word alone as one of its
        // forms (then as written: "بوش" is no "ب" + "وش").
        let norm = tokens.norm(k)
        let arabic = tokens[k].kind == .arabic
        // The Arabic word's last reading, the article off.
        // (`Token.articleReadings` of the Arabic word, read in place: `tokens[k]` copied it.)
        let reading =
          arabic ? (ArabicClitics.readings(norm, dropArticle: true).last?.stem ?? norm) : norm
        let letters = norm.scalarCount
        // (Asked of the gazetteer only where the answer counts: where it picks the word over a
        // reading of other bytes, or lets a word of fewer than four letters through. A word of
        // four or five that is its own reading is learnt either way.)
        let listed =
          letters < 6 && (letters < 4 || (arabic && !reading.sameBytes(norm)))
          && listsAlone(e, norm)
        let w = arabic && !listed ? reading : norm
        let key = FoldedKey(w)
        guard w.scalarCount >= 4 || listed, !clashes.contains(key),
          !lexicon.isMarker(tokens, k, .personHead)
        else { continue }
        let person = TitleRecognizer.Person(
          code: actor, name: gazetteer.entries[e].name, affiliation: code, surname: w)
        if let known = people[key] {
          if known.code != actor {
            people[key] = nil
            clashes.insert(key)
            changed = true
            continue
          }
          // Learnt already, the same (the person named again): nothing to write or add.
          if known == person { continue }
        }
        people[key] = person
        endings.add(w)
        changed = true
      }
    }
    return changed
  }

  /// True when gazetteer entry `e` lists `word` (a token's folded text) alone as one of its names
  /// or ambiguous forms: the gazetteer vouches for the short name.
  private func listsAlone(_ e: Int, _ word: String) -> Bool {
    // `FoldedKey(Normalizer.normalize(form)) == FoldedKey(word)`: the same bytes.
    // (The fold compared first: it stops at the first letter that differs, where the search for
    // a space reads the whole form.)
    func alone(_ form: String) -> Bool {
      Normalizer.normalizes(form, to: word) && !Extractor.containsSpace(form)
    }
    // The entry's lists are read in place (no copy of the whole entry).
    return matcher.gazetteer.entries[e].names.contains(where: alone)
      || (matcher.gazetteer.entries[e].ambiguousNames ?? []).contains(where: alone)
  }

  /// `form.contains(" ")` (Foundation's search, which compares whole characters), decided from
  /// the bytes where they settle it: no space byte means no space; a space between two ASCII
  /// bytes or plain Arabic letters (or at an end) is a character of its own. Anything else asks
  /// Foundation.
  static func containsSpace(_ form: String) -> Bool {
    let decided: Bool? =
      form.utf8.withContiguousStorageIfAvailable { b -> Bool? in
        // A plain Arabic letter (U+0621–U+063A, U+0641–U+064A) as the two bytes `c0 c1`.
        func letter(_ c0: UInt8, _ c1: UInt8) -> Bool {
          (c0 == 0xD8 && c1 >= 0xA1 && c1 <= 0xBA) || (c0 == 0xD9 && c1 >= 0x81 && c1 <= 0x8A)
        }
        var sawSpace = false
        for i in b.indices where b[i] == 0x20 {
          sawSpace = true
          let before =
            i == 0 || b[i - 1] < 0x80 || (i >= 2 && letter(b[i - 2], b[i - 1]))
          let after =
            i + 1 == b.count || b[i + 1] < 0x80 || (i + 2 < b.count && letter(b[i + 1], b[i + 2]))
          if before && after { return true }
        }
        return sawSpace ? nil : false
      } ?? nil
    return decided ?? form.contains(" ")
  }

  /// True when `m` is a state named by its own English or Arabic name (not a capital).
  static func isCountryName(_ m: Mention, _ tokens: [Token], _ gazetteer: Gazetteer) -> Bool {
    guard m.form == .name, let e = gazetteer.entry(m.actor), e.kind == .state else {
      return false
    }
    func bare(_ s: String) -> String {
      s.hasPrefixBytesFirst("\u{0627}\u{0644}") ? s.droppingScalars(2) : s
    }
    var words = tokens[m.tokenStart..<m.tokenEnd].map(\.norm)
    guard let first = words.first else { return false }
    let pro =
      m.proclitic.hasByteSuffix("\u{0627}\u{0644}") ? String(m.proclitic.dropLast(2)) : m.proclitic
    words[0] = first.droppingScalars(pro.scalarCount)
    let text = bare(words.joined(separator: " "))
    return [e.name, e.nameAr ?? ""].contains { bare(Normalizer.normalize($0).lowercased()) == text }
  }
}
