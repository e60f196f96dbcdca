import Foundation

/// Finds people introduced by a title ("وزير الخارجية التركي X", "President X", "spokesman for
/// the LNA, X") and makes them person actors affiliated to what the title names. A later surname
/// alone, in the same document, refers to the same person.
public struct TitleRecognizer: Sendable {
  struct Title: Sendable {
    var tokens: [String]
  }

  private(set) var arabic: [String: [Title]] = [:]
  private(set) var english: [String: [Title]] = [:]
  /// Folded words compared by their bytes (`FoldedKey`).
  private var nameStopAr: Set<FoldedKey> = []
  /// The first words of the Arabic titles (the keys of `arabic`).
  private var arabicFirstWords: Set<FoldedKey> = []
  /// Folded titles of rank ("الملك", "الجنرال") that may follow another title and its
  /// affiliation before the name (`ranks_ar` of titles.json).
  private var ranksAr: Set<FoldedKey> = []
  private var particlesEn: Set<String> = []
  /// Codes of the international bodies (the gazetteer's organisations), set by the extractor:
  /// "Myanmar's U.N. envoy" is Myanmar's envoy at the body, not the body's.
  var bodies: Set<String> = []
  /// Codes of the gazetteer's states, set by the extractor.
  var states: Set<String> = []
  /// English title words of a state's envoy at a body.
  static let envoyWords: Set<String> = ["ambassador", "envoy", "representative", "delegate"]

  /// What `recognise` finds in a sentence: its mentions with the people titles introduce, the
  /// people, and the title phrases whose holder no actor names. (A struct, not a tuple: the
  /// extractor's optional of a tuple was destroyed through the runtime's generic witnesses at
  /// every sentence.)
  public struct Recognised: Sendable {
    public var mentions: [Mention]
    public var people: [Person]
    public var unaffiliated: [Range<Int>]
  }

  /// A person found through a title.
  public struct Person: Sendable, Hashable {
    public var code: String
    public var name: String
    public var affiliation: String
    /// Folded surname used to find later mentions.
    public var surname: String
  }

  public init(data: Data) throws {
    let obj = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    func load(_ key: String) -> [String: [Title]] {
      var forms: [[String]] = []
      for form in obj[key] as? [String] ?? [] {
        let toks = Tokenizer.norms(text: form)
        if !toks.isEmpty { forms.append(toks) }
      }
      // Each word's titles longest first, equally long ones in file order (what a stable sort of
      // each list by length gave, some three million instructions): added longest first.
      var out: [String: [Title]] = [:]
      let longest = forms.reduce(0) { max($0, $1.count) }
      for length in stride(from: longest, through: 1, by: -1) {
        for toks in forms where toks.count == length {
          out[toks[0], default: []].append(Title(tokens: toks))
        }
      }
      return out
    }
    arabic = load("ar")
    english = load("en")
    nameStopAr = Set(
      (obj["name_stop_ar"] as? [String] ?? []).map { FoldedKey(Normalizer.normalize($0)) })
    arabicFirstWords = Set(arabic.keys.map { FoldedKey($0) })
    ranksAr = Set(
      (obj["ranks_ar"] as? [String] ?? []).map { FoldedKey(Normalizer.normalize($0)) })
    particlesEn = Set((obj["particles_en"] as? [String] ?? []).map(Normalizer.normalize))
  }

  /// The mention of a known person (a gazetteer person, one of `personCodes`) that
  /// starts at token `start`, or after one nisba mention there, when `start` follows the title's
  /// affiliation `a`; nil otherwise.
  private func knownHolder(
    _ ms: [Mention], after a: Int, at start: Int, personCodes: Set<String>
  ) -> Int? {
    guard var p = ms.firstIndex(where: { $0.tokenStart == start }) else { return nil }
    if ms[p].form == .adjective, p != a, p + 1 < ms.count, ms[p + 1].tokenStart == ms[p].tokenEnd {
      p += 1
    }
    return p != a && ms[p].form == .name && ms[p].actor != ms[p].code && !ms[p].code.isEmpty
      && personCodes.contains(ms[p].actor) ? p : nil
  }

  /// "الخاص", "الخاصة" (special), folded: the adjective of an envoy's title before the post.
  /// (Keys compared by their bytes, `FoldedKey`: a String is hashed by its normalised form, some
  /// 1,500 instructions a look-up of an Arabic word.)
  static let special: Set<FoldedKey> = Set(
    ["الخاص", "الخاصة"].map { FoldedKey(Normalizer.normalize($0)) })

  /// "إلى", "لدى", folded: the prepositions of an envoy's post.
  static let postPrepositions: Set<FoldedKey> = Set(
    ["إلى", "لدى"].map { FoldedKey(Normalizer.normalize($0)) })

  public static func builtIn() throws -> TitleRecognizer {
    guard let dir = Bundle.module.url(forResource: "lexicon", withExtension: nil) else {
      throw InputError(file: "lexicon", message: "built-in lexicon is missing")
    }
    return try TitleRecognizer(data: Data(contentsOf: dir.appendingPathComponent("titles.json")))
  }

  /// The title tables keyed by the ids of the extractor's `WordIndex` (see `compile`).
  private var compiled: Compiled?

  /// Titles by the id of their first word (Arabic and English tables), with their words' ids.
  final class Compiled: Sendable, WordIndexHolder {
    let index: WordIndex
    /// `index.storesHits`, read once.
    let storesHits: Bool
    let arabic: IDLists
    let english: IDLists
    /// Word ids of title k: `ids[start[k]..<start[k + 1]]`.
    let start: [Int32]
    let ids: [Int32]
    /// The titles' word ids as a trie (title numbers as above).
    let trie: IDTrie
    /// Titles below this number are the Arabic table's, the others the English table's.
    let arabicCount: Int

    init(_ r: TitleRecognizer, _ index: WordIndex) {
      self.index = index
      self.storesHits = index.storesHits
      var start: [Int32] = [0]
      var ids: [Int32] = []
      func lists(_ table: [String: [Title]]) -> IDLists {
        var byFirst: [Int32: [Int32]] = [:]
        for (key, list) in table {
          let first = index.find(key)
          for t in list {
            byFirst[first, default: []].append(Int32(start.count - 1))
            ids += t.tokens.map { index.find($0) }
            start.append(Int32(ids.count))
          }
        }
        return IDLists(count: index.count, lists: byFirst)
      }
      arabic = lists(r.arabic)
      arabicCount = start.count - 1
      english = lists(r.english)
      self.start = start
      self.ids = ids
      self.trie = IDTrie(vocabulary: index.count, ids: ids, start: start)
    }
  }

  /// Keys the title tables by the ids of `index`, for tokens that `index` looked up.
  mutating func compile(with index: WordIndex) {
    compiled = Compiled(self, index)
  }

  /// Length of a title starting at token `i`, or nil.
  func titleLength(_ tokens: [Token], at i: Int, limit: Int) -> Int? {
    guard tokens[i].lex.may(TokenLex.title) else { return nil }
    if let c = compiled, tokens[i].lex.index == c.index.tag {
      return titleLength(c, tokens, at: i, limit: limit)
    }
    let t = tokens[i]
    let table = t.kind == .arabic ? arabic : english
    var keys = [t.norm]
    if t.kind == .arabic {
      keys = t.readings(for: .title).map(\.stem)
    }
    for key in keys {
      for title in table[key] ?? [] where i + title.tokens.count <= limit {
        if (1..<max(title.tokens.count, 1)).allSatisfy({ k in
          k >= title.tokens.count || tokens.norm(i + k) == title.tokens[k]
        }) {
          return title.tokens.count
        }
      }
    }
    return nil
  }

  /// `titleLength` for a token looked up by the compiled tables' index: the same titles in the
  /// same order, words compared by id.
  private func titleLength(_ c: Compiled, _ tokens: [Token], at i: Int, limit: Int) -> Int? {
    let arabic = tokens[i].kind == .arabic
    var hits = WordIndex.Hits(tokens, i, arabic ? tokens[i].lex.hits.title : 0, c.storesHits)
    var latin: Int32? = arabic ? nil : tokens[i].lex.id
    let table = arabic ? c.arabic : c.english
    // Keys in order: the word itself (Latin), or the stem of each reading that starts a title.
    while let key = latin ?? hits.next(in: c, tokens)?.stem {
      latin = nil
      guard !table.range(key).isEmpty else { continue }
      // The first title (in table order) whose words are the next tokens' ids.
      var first: Int?
      var node = c.trie.root(key)
      var depth = 1
      while node >= 0 {
        for e in c.trie.ends(node) {
          let t = c.trie.pattern(e)
          guard (t < c.arabicCount) == arabic else { continue }
          if first.map({ t < $0 }) ?? true { first = t }
        }
        guard i + depth < limit else { break }
        node = c.trie.child(node, tokens[i + depth].lex.id)
        depth += 1
      }
      if let t = first { return Int(c.start[t + 1] - c.start[t]) }
    }
    return nil
  }

  /// Name tokens starting at `i` (at most 3; particles such as "bin" may join them).
  func nameLength(_ tokens: [Token], at i: Int, limit: Int, known: (Int) -> Bool) -> Int {
    var n = 0
    while i + n < limit, n < 4 {
      if known(i + n) { break }
      // (The token read in place, field by field: `tokens[i + n]` copied the whole token.)
      let (kind, capitalized, allCaps, lex) = tokens.withToken(i + n) {
        ($0.kind, $0.capitalized, $0.allCaps, $0.lex)
      }
      if kind == .latin {
        if capitalized && !allCaps || (n > 0 && particlesEn.contains(tokens.norm(i + n))) {
          n += 1
          continue
        }
        break
      }
      if kind == .arabic {
        let norm = tokens.norm(i + n)
        // (The readings made once: the test of a derived verbal noun below reads them again.)
        // (`Token.readings` of an Arabic token.)
        let readings = ArabicClitics.readings(norm)
        // (The stems' keys made where they are asked, not listed first: a list made and freed
        // for each word.)
        if nameStopAr.contains(FoldedKey(norm))
          || (n == 0 && readings.contains(where: { nameStopAr.contains(FoldedKey($0.stem)) }))
        {
          break
        }
        // "و..." starts a new phrase; not a word of two letters, which no "و" and word make
        // ("كانغ كيونغ وا").
        if norm.startsWithLetter(0xD9, 0x88) && n > 0 && norm.scalarCount > 2 { break }
        // "العاهل السعودي الملك عبد الله بالقوات المسلحة المصرية": a common noun of the
        // lexicon's lists (forces, attacks, statements, ...) ends the name; no name word is one.
        if n > 0, (lex.markers | lex.articleMarkers) & Self.commonNounMarkers != 0 { break }
        // "الرئيس المصري والعاهل الأردني": و and a person's head word coordinate another
        // person; no name starts so.
        if n == 0, norm.startsWithLetter(0xD9, 0x88), lex.markers & Marker.personHead.mask != 0 {
          return 0
        }
        // A plural nisba ("الأوروبيين", "المسلحون") is no part of a name: after a title it is
        // a phrase ("الرئيس الأمريكي منح الأوروبيين مزيدا ..."), not a person.
        if norm.scalarCount > 4,
          norm.hasByteSuffix("\u{064A}\u{064A}\u{0646}")
            || norm.hasByteSuffix("\u{064A}\u{0648}\u{0646}")
        {
          return 0
        }
        // Another title.
        if readings.contains(where: { arabicFirstWords.contains(FoldedKey($0.stem)) }) { break }
        // "السفير الروسي اقتراح ...": a verbal noun of a derived verb (افتعال، انفعال، استفعال)
        // is what follows the title, not a name.
        if n == 0, readings.contains(where: { Self.isDerivedVerbalNoun($0.stem) }) { return 0 }
        // "استقبل الرئيس التركي وفدا من ...": a word of the lexicon's noun lists (envoys and
        // delegations, forces, attacks, statements, targets, heads such as "الحكومة", and
        // counterparts, "بنظيريه") is the verb's object, not a name.
        // So is a plural description of actors ("الرئيس العراقي الدول الثلاث", "البلدين").
        if n == 0,
          (lex.markers | lex.articleMarkers) & Self.commonNounMarkers != 0
            || lex.articleMarkers & Marker.anaphoricHead.mask != 0
            || lex.namedMarkers & Marker.NamedList.pluralAnaphor.bit != 0
        {
          return 0
        }
        n += 1
        if n == 3 { break }
        continue
      }
      break
    }
    // A particle cannot end a name.
    while n > 0, particlesEn.contains(tokens.norm(i + n - 1)) { n -= 1 }
    return n
  }

  /// The `Marker` lists of common nouns that never start a name after a title.
  static let commonNounMarkers: UInt64 =
    Marker.envoyHead.mask | Marker.forceNoun.mask | Marker.attackNoun.mask
    | Marker.contentNoun.mask | Marker.targetHead.mask | Marker.statementNoun.mask
    | Marker.anaphoricHead.mask | Marker.counterpart.mask

  /// True for the shapes افتعال, انفعال and استفعال (folded, without clitics): "اقتراح",
  /// "انسحاب", "استهداف". Arabic names do not take them.
  /// (The scalars read as they come, up to the eighth: an array of them was made and freed for
  /// each reading.)
  static func isDerivedVerbalNoun(_ stem: String) -> Bool {
    let alif: UInt32 = 0x0627
    let ta: UInt32 = 0x062A
    // Scalars 1, 2, 4 and 5 (the first is alif) and the count, up to 8.
    var (w1, w2, w4, w5): (UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0)
    var count = 0
    for u in stem.unicodeScalars {
      switch count {
      case 0: guard u.value == alif else { return false }
      case 1: w1 = u.value
      case 2: w2 = u.value
      case 4: w4 = u.value
      case 5: w5 = u.value
      case 7: return false
      default: break
      }
      count += 1
    }
    switch count {
    case 6: return w4 == alif && (w2 == ta || w1 == 0x0646)
    case 7: return w1 == 0x0633 && w2 == ta && w5 == alif
    default: return false
    }
  }

  /// People introduced by titles in `tokens[range]`, as mentions; `mentions` are the gazetteer
  /// mentions of the sentence (the title's affiliation is one of them), `cues` the tokens of
  /// its cues (never part of a name). Returns the new mentions (replacing the affiliation
  /// mention they absorb) and the people found.
  public func recognise(
    _ tokens: [Token], range: Range<Int>, mentions: [Mention], cues: [Lexicon.Match],
    personCodes: Set<String> = []
  ) -> Recognised {
    recognise(
      tokens, range: range, mentions: mentions, cues: cues, personCodes: personCodes,
      flags: .none)
  }

  /// `recognise(_:range:mentions:cues:personCodes:)` with the document's `flags` for its scans.
  func recognise(
    _ tokens: [Token], range: Range<Int>, mentions: [Mention], cues: [Lexicon.Match],
    personCodes: Set<String> = [], flags: TokenFlags
  ) -> Recognised {
    // Most sentences have no word that may start a title: nothing to look at then.
    // (The first such word found in one scan, where the loop below starts.)
    let firstTitle = flags.next(
      TokenLex.title, from: range.lowerBound, to: range.upperBound, in: tokens)
    guard firstTitle < range.upperBound else {
      return Recognised(mentions: mentions, people: [], unaffiliated: [])
    }
    var ms = mentions
    var people: [Person] = []
    var unaffiliated: [Range<Int>] = []
    // Per token of the sentence: 1 when in a mention (or a merged person), 2 when in a cue.
    // Made when the first title is found: most sentences with a word that may start one have
    // none.
    let lo = range.lowerBound
    var known: [UInt8] = []
    func covered(_ k: Int) -> Bool { known[k - lo] & 1 != 0 }
    var absorbed = false  // a known person took the title's body in
    var i = firstTitle
    while i < range.upperBound {
      // (Words that may start no title skipped in one scan.)
      i = flags.next(TokenLex.title, from: i, to: range.upperBound, in: tokens)
      guard i < range.upperBound else { break }
      guard let tl = titleLength(tokens, at: i, limit: range.upperBound) else {
        i += 1
        continue
      }
      if known.isEmpty {
        // (Copied from `repeatElement`: `Array(repeating:count:)` allocates through the
        // standard library's unspecialized buffer call, which looks the storage type up each
        // time, some 900 instructions more.)
        known = Array(repeatElement(0, count: range.count))
        // (The mentions and cues read in place: `for m in ms` copied each one, with its Strings.)
        for i in ms.indices { for k in ms.tokenStart(i)..<ms.tokenEnd(i) { known[k - lo] |= 1 } }
        cues.withUnsafeBufferPointer { b in
          for i in b.indices { for k in b[i].tokenStart..<b[i].tokenEnd { known[k - lo] |= 2 } }
        }
      }
      guard !covered(i) else {
        i += 1
        continue
      }
      var j = i + tl
      // Affiliation: a mention right after the title (nisba, "باسم X", "of X", "for X"),
      // after at most one word ("وزير خارجية حكومة الوفاق"), or a nisba right before it in English.
      // In English the nisba before the title wins ("US commander in Iraq"), and a mention
      // after it counts only through "of"/"for" ("spokesman for the LNA"): "in Iraq" is a place.
      var affiliation: Int?
      let latin = tokens[i].kind == .latin
      if latin,
        let k = ms.lastIndex(where: {
          $0.tokenEnd == i || $0.tokenEnd == i - 1 && tokens.norm(i - 1).equalsWord("'")
            // ("Pakistan's special envoy for Afghanistan, Mohammad Sadiq": the possessor.)
            || ($0.tokenEnd == i - 2 && tokens.kind(i - 2) == .quote
              && tokens.norm(i - 1).equalsWord("s"))
        })
      {
        affiliation = k
        // "Myanmar's U.N. envoy, Kyaw Tint Swe", "Russian U.N. Ambassador Vitaly Churkin": a
        // state before a body and an envoy's title is the envoy's.
        if k > 0, bodies.contains(ms[k].code),
          Self.envoyWords.contains(tokens.norm(i + tl - 1)),
          ms[k - 1].tokenEnd == ms[k].tokenStart
            || (ms[k - 1].tokenEnd == ms[k].tokenStart - 2
              && tokens.kind(ms[k].tokenStart - 2) == .quote
              && tokens.norm(ms[k].tokenStart - 1).equalsWord("s")),
          !bodies.contains(ms[k - 1].code)
        {
          affiliation = k - 1
        }
      }
      // "Ukrainian Infrastructure Minister Oleksandr Kubrakov", "Chinese Vice Foreign Minister He
      // Yafei", "France's Maritime Minister": capitalised words of the portfolio (at most three,
      // none an actor's or a cue's, no day) between the affiliation and the title.
      if latin, affiliation == nil {
        var b = i
        while b > range.lowerBound, i - b < 3, tokens[b - 1].kind == .latin,
          tokens[b - 1].capitalized, !tokens[b - 1].allCaps, known[b - 1 - lo] == 0,
          !SentenceContext.weekdays.contains(tokens.norm(b - 1))
        {
          b -= 1
        }
        if b < i,
          let k = ms.lastIndex(where: {
            $0.tokenEnd == b
              || ($0.tokenEnd == b - 2 && tokens.kind(b - 2) == .quote
                && tokens.norm(b - 1).equalsWord("s"))
          })
        {
          affiliation = k
        }
      }
      if affiliation == nil,
        let k = ms.firstIndex(where: {
          $0.tokenStart >= j && $0.tokenStart <= j + 2 && $0.form != .deictic
        })
      {
        let gap = j..<ms[k].tokenStart
        // ("أكد الرئيس المصري دعم مصر للحكومة": a cue between is no part of the title.)
        if gap.allSatisfy({ tokens[$0].isWord && known[$0 - lo] == 0 }),
          !latin || gap.allSatisfy({ ["of", "for", "the"].contains(tokens.norm($0)) })
        {
          affiliation = k
          j = ms[k].tokenEnd
        }
      }
      // "ambassador in Syria Ali Bakr", "envoy to Libya X": a place between title and name.
      if latin, j + 1 < range.upperBound, ["in", "to", "at"].contains(tokens.norm(j)),
        let place = ms.first(where: { $0.tokenStart == j + 1 })
      {
        j = place.tokenEnd
      }
      // "المبعوث الباكستاني الخاص لأفغانستان محمد صادق", "المبعوث الأمريكي الخاص إلى اليمن":
      // "الخاص" and the post's state (with ل, or after "إلى"/"لدى") before the name.
      if !latin, affiliation != nil, j + 2 < range.upperBound, tokens[j].kind == .arabic,
        Self.special.contains(FoldedKey(tokens.norm(j)))
      {
        var q = j + 1
        if q + 1 < range.upperBound, Self.postPrepositions.contains(FoldedKey(tokens.norm(q))) {
          q += 1
        }
        if let place = ms.first(where: { $0.tokenStart == q }),
          q > j + 1 || place.proclitic.hasSuffix("\u{0644}")
        {
          j = place.tokenEnd
        } else if q == j + 1, !ms.contains(where: { $0.tokenStart == q }) {
          j += 1  // "المبعوث الباكستاني الخاص محمد صادق": the adjective alone before the name.
        }
      }
      // "spokesman for the LNA, Ahmed X": skip a comma before the name.
      var nameStart = j
      if nameStart < range.upperBound, tokens[nameStart].kind == .comma,
        !tokens.norm(nameStart).equalsWord(":")
      {
        nameStart += 1
      }
      var nl = nameLength(
        tokens, at: nameStart, limit: range.upperBound, known: { known[$0 - lo] != 0 })
      // "العاهل السعودي الملك عبد الله": a second title between the first's affiliation and the
      // name is part of the same person's titles.
      if nl == 0, !latin, affiliation != nil, nameStart < range.upperBound,
        ranksAr.contains(FoldedKey(tokens.norm(nameStart))),
        let tl2 = titleLength(tokens, at: nameStart, limit: range.upperBound)
      {
        let n2 = nameLength(
          tokens, at: nameStart + tl2, limit: range.upperBound, known: { known[$0 - lo] != 0 })
        if n2 > 0 {
          nameStart += tl2
          nl = n2
        }
      }
      // "المتحدث باسم حزب العدالة والتنمية التركي عمر جليك", "AKP spokesman Omer Celik": a
      // known person named after the title is the one who holds it; the body of the title
      // (and a nisba after it) is no actor of its own.
      // (Only when the body is another actor than the one the person rolls up to.)
      if nl == 0, let a = affiliation,
        let p = knownHolder(ms, after: a, at: nameStart, personCodes: personCodes),
        ms[p].code != ms[a].code, ms[a].actor == ms[a].code,
        // ("والتقى الرئيس التشادي تياني": a state's title before another state's known person
        // is a subject and its object.)
        !(states.contains(ms[a].code) && states.contains(ms[p].code)),
        !ms[p].proclitic.startsWithLetter(0xD9, 0x88)
      {
        var holder = ms[p]
        holder.tokenStart = min(i, ms[a].tokenStart)
        holder.proclitic = ms[a].tokenStart <= i ? ms[a].proclitic : ""
        let span = holder.tokenStart..<holder.tokenEnd
        ms.removeAll { span.contains($0.tokenStart) }
        ms.insert(holder, at: ms.firstIndex { $0.tokenStart > holder.tokenStart } ?? ms.count)
        for k in span { known[k - lo] |= 1 }
        absorbed = true
        i = span.upperBound
        continue
      }
      guard let a = affiliation, nl > 0, !ms[a].code.isEmpty else {
        if nl > 0 && affiliation == nil { unaffiliated.append(i..<(nameStart + nl)) }
        i += tl
        continue
      }
      // If the affiliation mention is itself a known person, keep it.
      if ms[a].actor != ms[a].code {
        i = j
        continue
      }
      let nameTokens = tokens[nameStart..<(nameStart + nl)]
      let name = nameTokens.map(\.norm).joined(separator: " ")
      let surname = nameTokens.last?.norm ?? name
      let code = Self.personCode(name)
      let person = Person(code: code, name: name, affiliation: ms[a].code, surname: surname)
      people.append(person)
      let start = min(i, ms[a].tokenStart)
      let end = nameStart + nl
      let merged = Mention(
        tokenStart: start, tokenEnd: end, code: ms[a].code, actor: code, form: .name,
        proclitic: ms[a].tokenStart == start ? ms[a].proclitic : "")
      ms[a] = merged
      for k in start..<end { known[k - lo] |= 1 }
      i = end
    }
    // No person: the mentions are as they came (in order, none inside another).
    guard !people.isEmpty || absorbed else {
      return Recognised(mentions: mentions, people: people, unaffiliated: unaffiliated)
    }
    ms.sort { $0.tokenStart < $1.tokenStart }
    // Drop mentions swallowed by a merged one.
    var out: [Mention] = []
    for m in ms {
      if let last = out.last, m.tokenStart < last.tokenEnd { continue }
      out.append(m)
    }
    return Recognised(mentions: out, people: people, unaffiliated: unaffiliated)
  }

  /// Mentions of people met earlier in the document by their surname alone.
  public func surnameMentions(
    _ tokens: [Token], range: Range<Int>, people: [String: Person], existing: [Mention]
  ) -> [Mention] {
    var byKey: [FoldedKey: Person] = [:]
    for (k, p) in people { byKey[FoldedKey(k)] = p }
    return surnameMentions(
      tokens, range: range, people: byKey, endings: SurnameEndings(people.keys),
      existing: existing)
  }

  /// `surnameMentions` with the endings of `people`'s surnames made already.
  func surnameMentions(
    _ tokens: [Token], range: Range<Int>, people: [FoldedKey: Person], endings: SurnameEndings,
    existing: [Mention]
  ) -> [Mention] {
    guard !people.isEmpty else { return existing }
    // Whether token i is inside an existing mention: with the mentions in order of their
    // starts (as they come), the furthest end of those starting at or before i says it, and no
    // table of the sentence's tokens is made.
    let inOrder = existing.indices.dropFirst().allSatisfy {
      existing[$0 - 1].tokenStart <= existing[$0].tokenStart
    }
    var covered: [Bool] = []
    if !inOrder {
      covered = Array(repeatElement(false, count: range.count))
      for m in existing {
        for k in m.tokenStart..<m.tokenEnd where range.contains(k) {
          covered[k - range.lowerBound] = true
        }
      }
    }
    var out = existing
    // The tokens and the endings' bits read in place, the bounds checked once: this runs for
    // nearly every word of every sentence once the document has named a person.
    endings.withQuads { quads in
      tokens.withUnsafeBufferPointer { tb in
        precondition(range.lowerBound >= 0 && range.upperBound <= tb.count, "Index out of range")
        let base = tb.baseAddress.unsafelyUnwrapped
        /// The mention token `i` (inside no existing mention) is by a surname, if any, with
        /// `quads` (the endings' bits, or nil when they say nothing) passed so that each loop
        /// below tests it once. (It changes no variable of the caller's: one it changed would
        /// be read through a checked access at each call.)
        @inline(__always) func visit(_ i: Int, _ quads: UnsafePointer<UInt64>?) -> Mention? {
          // Only the fields tested are read here; the token is copied only for a word that
          // may end in a surname.
          let t = base + i
          // Every reading's stem is an ending of the word (or ا and one): most words end in no
          // surname and need no readings. The last four bytes first, by the token's
          // `normQuad` (no String read), when every ending has four bytes or more; this rules
          // out most words, so it is asked before the word's kind.
          if let quads {
            let q = Int(t.pointee.normQuad) - 1
            guard q >= 0, quads[(q >> 6) & 15] & (1 << UInt64(q & 63)) != 0 else { return nil }
          }
          let kind = t.pointee.kind
          guard kind == .arabic || kind == .latin && t.pointee.capitalized else { return nil }
          guard endings.mayEnd(t.pointee.norm) else { return nil }
          return Self.surnameMention(t.pointee, at: i, people: people)
        }
        guard inOrder else {
          for i in range where !covered[i - range.lowerBound] {
            if let m = visit(i, quads) { out.append(m) }
          }
          return
        }
        // The tokens between the mentions, a stretch at a time: the furthest end of the
        // mentions that start at or before a token says whether it is inside one, and the
        // tokens up to the next mention's start are inside none.
        var next = 0
        var coveredEnd = Int.min
        var i = range.lowerBound
        while i < range.upperBound {
          while next < existing.count && existing[next].tokenStart <= i {
            coveredEnd = max(coveredEnd, existing[next].tokenEnd)
            next += 1
          }
          if i < coveredEnd {
            i = coveredEnd
            continue
          }
          let stop =
            next < existing.count
            ? min(existing[next].tokenStart, range.upperBound) : range.upperBound
          if let quads {
            for j in i..<stop { if let m = visit(j, quads) { out.append(m) } }
          } else {
            for j in i..<stop { if let m = visit(j, nil) { out.append(m) } }
          }
          i = stop
        }
      }
    }
    // `existing` is in order: only new mentions need sorting in.
    return out.count == existing.count ? out : out.sorted { $0.tokenStart < $1.tokenStart }
  }

  /// The mention of one of `people` that token `t` (at `i`) is, read by its surname.
  @inline(never)
  static func surnameMention(_ t: Token, at i: Int, people: [FoldedKey: Person]) -> Mention? {
    let readings =
      t.kind == .arabic
      ? t.readings : [ArabicClitics.Reading(stem: t.norm, proclitic: "")]
    guard let r = readings.first(where: { people[FoldedKey($0.stem)] != nil }),
      let p = people[FoldedKey(r.stem)]
    else { return nil }
    return Mention(
      tokenStart: i, tokenEnd: i + 1, code: p.affiliation, actor: p.code, form: .name,
      proclitic: r.proclitic)
  }
}

/// The byte endings a word must have for one of its readings to be one of `surnames`: each
/// surname, and without its first letter when that is the ا that "لل" readings put back.
/// Compared by their last (up to) seven bytes, in a small open-addressing table.
/// Adding more surnames keeps the endings of the earlier ones: a table that says "may end" for
/// a word no longer among the surnames only costs a look-up by the caller.
struct SurnameEndings {
  // (Both made from `repeatElement`, not `Array(repeating:count:)`: see `recognise`.)
  private var slots = Array(repeatElement(UInt64(0), count: 64))
  private var used = 0
  /// The tail lengths in use (bit L for length L).
  private var lengths: UInt8 = 0
  /// Bit `quadBit` of the last four bytes of every ending, when every ending has four bytes or
  /// more (`short` false): one bit test rules out most words before the table is read.
  private var quads = Array(repeatElement(UInt64(0), count: 16))
  /// Some ending is shorter than four bytes (then `quads` says nothing).
  private var short = false

  init(_ surnames: some Sequence<String>) {
    add(surnames)
  }

  /// Adds the endings of `surnames` to those already in.
  mutating func add(_ surnames: some Sequence<String>) {
    for s in surnames { add(s) }
  }

  /// Adds the endings of one surname.
  mutating func add(_ surname: String) {
    var s = surname
    s.withUTF8 { b in
      add(b, 0)
      if b.count >= 2 && b[0] == 0xD8 && b[1] == 0xA7 { add(b, 2) }
    }
  }

  /// The bit of `quads` for the four bytes ending at `end` (exclusive) in `base`.
  @inline(__always)
  static func quadBit(_ base: UnsafePointer<UInt8>, _ end: Int) -> Int {
    var q: UInt64 = 0
    for k in (end - 4)..<end { q = q << 8 | UInt64(base[k]) }
    return Int(truncatingIfNeeded: (q &* 0x9E37_79B9_7F4A_7C15) >> 54)
  }

  private mutating func add(_ b: UnsafeBufferPointer<UInt8>, _ from: Int) {
    let n = min(b.count - from, 7)
    guard n > 0, let base = b.baseAddress else { return }
    lengths |= 1 << UInt8(n)
    if n < 4 {
      short = true
    } else {
      let bit = Self.quadBit(base, b.count)
      quads[bit >> 6] |= 1 << UInt64(bit & 63)
    }
    let t = Self.tail(b, n)
    if contains(t) { return }
    if (used + 1) * 2 > slots.count {
      let old = slots
      slots = [UInt64](repeating: 0, count: old.count * 2)
      used = 0
      for v in old where v != 0 { insert(v) }
    }
    insert(t)
  }

  private mutating func insert(_ t: UInt64) {
    let mask = slots.count - 1
    var i = Self.slot(t) & mask
    while slots[i] != 0 { i = (i + 1) & mask }
    slots[i] = t
    used += 1
  }

  @inline(__always)
  private static func slot(_ t: UInt64) -> Int {
    Int(truncatingIfNeeded: (t &* 0x9E37_79B9_7F4A_7C15) >> 40)
  }

  @inline(__always)
  private func contains(_ t: UInt64) -> Bool {
    let mask = slots.count - 1
    var i = Self.slot(t) & mask
    while slots[i] != 0 {
      if slots[i] == t { return true }
      i = (i + 1) & mask
    }
    return false
  }

  /// The last `n` bytes of `b` and `n` (never 0), in one integer.
  @inline(__always)
  private static func tail(_ b: UnsafeBufferPointer<UInt8>, _ n: Int) -> UInt64 {
    var t = UInt64(n)
    for k in (b.count - n)..<b.count { t = t << 8 | UInt64(b[k]) }
    return t
  }

  /// `body` with the bits of the last four bytes of every ending (`quadBit`, sixteen words),
  /// read in place; nil when some ending is shorter than four bytes (the bits then say nothing).
  @inline(__always)
  func withQuads<R>(_ body: (UnsafePointer<UInt64>?) -> R) -> R {
    if short { return body(nil) }
    return quads.withUnsafeBufferPointer {
      precondition($0.count == 16, "quads has sixteen words")
      return body($0.baseAddress)
    }
  }

  /// False when no reading of `word` can be a surname.
  func mayEnd(_ word: String) -> Bool { word.withBytes { mayEnd($0) } }

  /// False when no reading of the word with UTF-8 bytes `b` can be a surname.
  @inline(__always)
  func mayEnd(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
    guard used > 0, let base = b.baseAddress else { return false }
    // Every ending has four bytes or more: the word's last four are one of theirs.
    if !short {
      guard b.count >= 4 else { return false }
      let bit = Self.quadBit(base, b.count)
      guard quads[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return false }
    }
    // The tails of lengths 1...7 grow by one byte each, so build them from the end once
    // instead of re-reading the last n bytes for every length (`tail`); this runs for nearly
    // every word of every sentence.
    let longest = min(b.count, 7)
    var bytes: UInt64 = 0
    var n = 0
    while n < longest {
      bytes |= UInt64(base[b.count - 1 - n]) << (8 * UInt64(n))
      n += 1
      if lengths & (1 << UInt8(n)) != 0, contains(UInt64(n) << (8 * UInt64(n)) | bytes) {
        return true
      }
    }
    return false
  }
}
