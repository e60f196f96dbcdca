import Foundation

/// How a cue's arguments are found (see lexicon/README.md).
public enum CueFrame: String, Codable, Sendable, Hashable {
  /// Active verb: subject is the source, object the target (SVO or VSO).
  case verb
  /// Verbal or event noun: the possessor/genitive is the source, the prepositional object the target.
  case noun
  /// Passive participle: the actor before is the target, the agent after ("من", "by") the source.
  case passive
  /// Agent phrase ("بدعم من X", "at the hands of X"): X is the source, the clause subject the target.
  case agent
  /// "Supporters/allies of X": X is the target, the other actors are the sources.
  case patron
  /// Symmetric event noun ("talks between X and Y"): every pair of participants.
  case joint
  /// Symmetric verb ("X met Y").
  case meet
  /// Active participle ("المناهضة لـ X", "loyal to X"): the actor it describes is the source,
  /// the one after it the target.
  case participle
  /// Demand noun ("انسحاب X", "withdrawal of X"): the clause subject before it is the source,
  /// the actor after it the target; never read verb-first.
  case demand
  /// Speech verb: sets the speaker for reported speech; no relation of its own.
  case speech
  /// Judgement ("غير مقبول", "unacceptable"): the sentence's speaker judges the actor named
  /// just before it ("قال X إن قرار مجلس الأمن غير مقبول").
  case verdict
}

/// One lexicon line: a relation, a frame and its written forms.
public struct CueEntry: Sendable, Hashable {
  public var relation: RelationType? {
    @inline(__always) get { fields.values.relation }
    set { change { $0.relation = newValue } }
  }
  public var frame: CueFrame {
    @inline(__always) get { fields.values.frame }
    set { change { $0.frame = newValue } }
  }
  public var confidence: Double {
    @inline(__always) get { fields.values.confidence }
    set { change { $0.confidence = newValue } }
  }
  /// The form as written in the lexicon (for explanations).
  public var form: String {
    @inline(__always) get { fields.values.form }
    set { change { $0.form = newValue } }
  }
  public var language: String {
    @inline(__always) get { fields.values.language }
    set { change { $0.language = newValue } }
  }
  /// Lexicon file and line, for `--explain`.
  public var origin: String {
    @inline(__always) get { fields.values.origin }
    set { change { $0.origin = newValue } }
  }
  /// What a refusal of the cue means ("refused to support X", "رفض التفاوض مع X": opposes);
  /// nil: a negated cue gives no relation.
  public var whenRefused: RelationType? {
    @inline(__always) get { fields.values.whenRefused }
    set { change { $0.whenRefused = newValue } }
  }
  /// What the cue means when aimed at a person, party or organisation ("هاجم" a politician:
  /// opposes); nil: the same relation.
  public var towardPolitics: RelationType? {
    @inline(__always) get { fields.values.towardPolitics }
    set { change { $0.towardPolitics = newValue } }
  }
  /// A second relation the cue states between the same two actors: fighting is a use of force
  /// and a stance ("قاتل", "war against": strikes and opposes); nil: none.
  public var alsoStates: RelationType? {
    @inline(__always) get { fields.values.alsoStates }
    set { change { $0.alsoStates = newValue } }
  }
  /// The only kind of actor the cue can be aimed at ("انسحبت النيجر من إيكواس", "quit
  /// ECOWAS": leaving an organisation opposes it; leaving a town or a country does not); nil:
  /// any.
  public var targetKind: ActorKind? {
    @inline(__always) get { fields.values.targetKind }
    set { change { $0.targetKind = newValue } }
  }
  /// A word of this marker list must follow the cue in its sentence (within `needsReach`
  /// words): "حمّل X Y المسؤولية", "held X responsible".
  var needs: Marker? {
    @inline(__always) get { fields.values.needs }
    set { change { $0.needs = newValue } }
  }
  /// The same for a list read by name (its bit in `TokenLex.namedMarkers`; 0 for none):
  /// "قطعت X علاقاتها مع Y" needs a word of `ties`.
  var needsNamed: Marker.NamedBits {
    @inline(__always) get { fields.values.needsNamed }
    set { change { $0.needsNamed = newValue } }
  }
  static let needsReach = 12
  /// A compound written after a name with a hyphen ("-backed" in "Turkish-backed GNA forces").
  var isCompound: Bool { fields.isCompound }
  /// A twin of an Arabic form ending in ة, written with ت as before a pronoun suffix
  /// ("معارضتها"): it matches only a word that carries one.
  var suffixOnly: Bool {
    @inline(__always) get { fields.values.suffixOnly }
    set { change { $0.suffixOnly = newValue } }
  }
  /// An Arabic verb form of the first person plural ("ندين", "رفضنا"): its subject is the
  /// speaker.
  var firstPerson: Bool {
    @inline(__always) get { fields.values.firstPerson }
    set { change { $0.firstPerson = newValue } }
  }
  /// Whether the form is an Arabic future (س + the imperfect, `ArabicInflection.futureForms`):
  /// what it tells has not happened.
  var future: Bool {
    @inline(__always) get { fields.values.future }
    set { change { $0.future = newValue } }
  }

  /// The fields of a cue, as plain values.
  private struct Values: Sendable {
    var relation: RelationType?
    var frame: CueFrame
    var confidence: Double
    var form: String
    var language: String
    var origin: String
    var whenRefused: RelationType? = nil
    var towardPolitics: RelationType? = nil
    var alsoStates: RelationType? = nil
    var needs: Marker? = nil
    var needsNamed: Marker.NamedBits = 0
    var suffixOnly = false
    var firstPerson = false
    var future = false
    var targetKind: ActorKind? = nil
  }

  /// The fields, held by one reference and never changed once made (a setter makes new ones):
  /// a cue is copied often while cues are found and read (`Lexicon.Match`), and one reference
  /// copied is cheaper than all the fields.
  private final class Fields: Sendable {
    let values: Values
    let isCompound: Bool

    init(_ values: Values) {
      self.values = values
      // (The first byte tested first: `hasPrefix` compares Characters, at some 600
      // instructions a form.)
      self.isCompound = values.form.utf8.first == 0x2D && values.form.hasPrefix("-")
    }
  }

  private var fields: Fields

  /// Makes new fields with `edit` applied (cues change only while the lexicon is built, and
  /// where a cue finder reads a cue anew).
  private mutating func change(_ edit: (inout Values) -> Void) {
    var values = fields.values
    edit(&values)
    fields = Fields(values)
  }

  init(
    relation: RelationType?, frame: CueFrame, confidence: Double, form: String, language: String,
    origin: String, whenRefused: RelationType? = nil, towardPolitics: RelationType? = nil,
    alsoStates: RelationType? = nil, needs: Marker? = nil, needsNamed: Marker.NamedBits = 0,
    suffixOnly: Bool = false, firstPerson: Bool = false, future: Bool = false,
    targetKind: ActorKind? = nil
  ) {
    fields = Fields(
      Values(
        relation: relation, frame: frame, confidence: confidence, form: form,
        language: language, origin: origin, whenRefused: whenRefused,
        towardPolitics: towardPolitics, alsoStates: alsoStates, needs: needs,
        needsNamed: needsNamed, suffixOnly: suffixOnly, firstPerson: firstPerson,
        future: future, targetKind: targetKind))
  }

  /// Equal when every field is, as the synthesized equality said when the strings were fields.
  public static func == (a: CueEntry, b: CueEntry) -> Bool {
    a.relation == b.relation && a.frame == b.frame && a.confidence == b.confidence
      && (a.fields === b.fields
        || a.form == b.form && a.language == b.language && a.origin == b.origin)
      && a.whenRefused == b.whenRefused && a.towardPolitics == b.towardPolitics
      && a.alsoStates == b.alsoStates && a.targetKind == b.targetKind
      && a.needs == b.needs && a.needsNamed == b.needsNamed && a.suffixOnly == b.suffixOnly
      && a.firstPerson == b.firstPerson
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(relation)
    hasher.combine(frame)
    hasher.combine(confidence)
    hasher.combine(form)
    hasher.combine(language)
    hasher.combine(origin)
    hasher.combine(whenRefused)
    hasher.combine(towardPolitics)
    hasher.combine(alsoStates)
    hasher.combine(targetKind)
    hasher.combine(needs)
    hasher.combine(needsNamed)
    hasher.combine(suffixOnly)
    hasher.combine(firstPerson)
  }
}

/// The relation lexicon: cue patterns and marker words, loaded from Resources/lexicon.
public struct Lexicon: Sendable {
  struct Pattern: Sendable {
    var tokens: [String]
    var entry: CueEntry
    /// A one-letter proclitic the next word must carry ("الموالية لـ" + "لحفتر").
    var nextProclitic: String?
  }

  /// The string-keyed tables, held by one reference: every sentence's context holds a copy of
  /// the lexicon, and one reference count is cheaper than four. Copied before a change when
  /// another lexicon shares them (`tablesForChange`), so a Lexicon stays a value; they change
  /// only while the lexicon is built.
  private final class Tables: @unchecked Sendable {
    var patterns: [FoldedKey: [Pattern]] = [:]
    /// The keys of `patterns` in the order they were first added (the lexicon's line order):
    /// the compiled table numbers patterns in it, the same on every run.
    var keyOrder: [FoldedKey] = []
    var markers: [String: Set<FoldedKey>] = [:]
    /// The lists of each `Marker` (by `rawValue`): Arabic, English.
    var markerLists: [(ar: Set<FoldedKey>, en: Set<FoldedKey>)] = []

    init() {}

    init(copying t: Tables) {
      patterns = t.patterns
      keyOrder = t.keyOrder
      markers = t.markers
      markerLists = t.markerLists
    }
  }

  private var tables = Tables()

  /// `tables`, copied first when another lexicon shares them.
  private mutating func tablesForChange() -> Tables {
    if !isKnownUniquelyReferenced(&tables) { tables = Tables(copying: tables) }
    return tables
  }

  private(set) var patterns: [FoldedKey: [Pattern]] {
    get { tables.patterns }
    _modify { yield &tablesForChange().patterns }
  }
  private var keyOrder: [FoldedKey] {
    get { tables.keyOrder }
    _modify { yield &tablesForChange().keyOrder }
  }
  /// Every change makes the marker lists (`markerLists`) again.
  public private(set) var markers: [String: Set<FoldedKey>] {
    get { tables.markers }
    _modify {
      let t = tablesForChange()
      yield &t.markers
      t.markerLists = Marker.allCases.map { m in
        (t.markers[m.name + "_ar"] ?? [], t.markers[m.name + "_en"] ?? [])
      }
    }
  }
  private var markerLists: [(ar: Set<FoldedKey>, en: Set<FoldedKey>)] { tables.markerLists }

  /// One cue line as written (read by `LexiconLine`, or by `JSONDecoder` when it is not sure).
  struct Line: Decodable, Equatable {
    var relation: String
    var frame: CueFrame
    var forms: [String]?
    var past: [String]?
    var present: [String]?
    var lemmas: [String]?
    var confidence: Double?
    var refused: String?
    var politics: String?
    var also: String?
    var needs: String?
    /// The kind of actor the target must be (`ActorKind`'s raw value).
    var targets: String?
    /// The forms count only with a pronoun suffix ("استقباله", not "استقبال مهاجرين").
    var suffix: Bool?
  }

  /// The lexicon shipped with graphctl.
  public static func builtIn() throws -> Lexicon {
    guard let dir = Bundle.module.url(forResource: "lexicon", withExtension: nil) else {
      throw InputError(file: "lexicon", message: "built-in lexicon is missing")
    }
    var lex = Lexicon()
    for lang in ["ar", "en"] {
      let url = dir.appendingPathComponent("cues-\(lang).jsonl")
      let text = try ResourceText.read(url)
      try lex.addCues(text, language: lang, file: "cues-\(lang).jsonl")
    }
    let data = try Data(contentsOf: dir.appendingPathComponent("markers.json"))
    // The plain file read from its bytes; any other by `JSONSerialization`.
    var lists = data.withUnsafeBytes { MarkerFile.lists($0.bindMemory(to: UInt8.self)) }
    if lists == nil {
      let obj = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
      lists = obj.compactMap { k, v in (v as? [String]).map { (k, $0) } }
    }
    // Set once: every change of `markers` makes the marker lists again.
    var markers = lex.markers
    for (k, list) in lists ?? [] {
      markers[k] = Set(list.map { FoldedKey(Normalizer.normalize($0)) })
    }
    lex.markers = markers
    return lex
  }

  public init() {}

  /// The lines of `text` as `text.split(separator: "\n", omittingEmptySubsequences: false)`
  /// gives them, found in its bytes: a line ends at a line feed that does not follow a carriage
  /// return ("\r\n" is one Character, not "\n").
  static func lines(_ text: String) -> [Substring] {
    var text = text
    return text.withUTF8 { b in
      var out: [Substring] = []
      var start = 0
      // (A String's bytes cut at line feeds: valid UTF-8, not checked again.)
      func line(_ end: Int) -> Substring {
        Substring(String(validUTF8: UnsafeBufferPointer(rebasing: b[start..<end])))
      }
      for k in b.indices where b[k] == 0x0A && (k == 0 || b[k - 1] != 0x0D) {
        out.append(line(k))
        start = k + 1
      }
      out.append(line(b.count))
      return out
    }
  }

  /// `raw.trimmingCharacters(in: .whitespaces)`; without Foundation when the line starts and
  /// ends with an ASCII byte other than space and tab (nothing to trim).
  static func trimmed(_ raw: Substring) -> String {
    let u = raw.utf8
    if let f = u.first, let l = u.last, f < 0x80, l < 0x80, f != 0x20, f != 0x09, l != 0x20,
      l != 0x09
    {
      return String(raw)
    }
    return raw.trimmingCharacters(in: .whitespaces)
  }

  /// Adds cue lines (JSONL) for one language.
  public mutating func addCues(_ text: String, language: String, file: String) throws {
    let decoder = JSONDecoder()
    var lineNo = 0
    for raw in Self.lines(text) {
      lineNo += 1
      let line = Self.trimmed(raw)
      // (The first byte tested first: `hasPrefix` compares Characters.)
      if line.isEmpty || line.utf8.first == 0x23 && line.hasPrefix("#") { continue }
      let l: Line
      do {
        l = try LexiconLine.line(line) ?? decoder.decode(Line.self, from: Data(line.utf8))
      } catch {
        throw InputError(file: file, line: lineNo, message: "not a valid lexicon line")
      }
      let rel: RelationType? = l.relation == "none" ? nil : RelationType(rawValue: l.relation)
      if rel == nil && l.relation != "none" {
        throw InputError(file: file, line: lineNo, message: "unknown relation '\(l.relation)'")
      }
      var refused: RelationType?
      if let r = l.refused {
        guard let t = RelationType(rawValue: r) else {
          throw InputError(file: file, line: lineNo, message: "unknown relation '\(r)' in refused")
        }
        refused = t
      }
      var politics: RelationType?
      if let r = l.politics {
        guard let t = RelationType(rawValue: r) else {
          throw InputError(file: file, line: lineNo, message: "unknown relation '\(r)' in politics")
        }
        politics = t
      }
      var also: RelationType?
      if let r = l.also {
        guard let t = RelationType(rawValue: r) else {
          throw InputError(file: file, line: lineNo, message: "unknown relation '\(r)' in also")
        }
        also = t
      }
      var targetKind: ActorKind?
      if let k = l.targets {
        guard let t = ActorKind(rawValue: k) else {
          throw InputError(
            file: file, line: lineNo, message: "unknown actor kind '\(k)' in targets")
        }
        targetKind = t
      }
      var needs: Marker?
      var needsNamed: Marker.NamedBits = 0
      if let n = l.needs {
        if let m = Marker(name: n) {
          needs = m
        } else if let bit = Marker.namedMask(n) {
          needsNamed = bit
        } else {
          throw InputError(file: file, line: lineNo, message: "unknown marker list '\(n)' in needs")
        }
      }
      var forms = l.forms ?? []
      var firstPerson: [String] = []
      var future = 0..<0  // where `forms` holds the future forms
      if language == "ar" {
        firstPerson = ArabicInflection.firstPersonFormList(
          past: l.past ?? [], present: l.present ?? [])
        forms += ArabicInflection.pastForms(l.past ?? [])
        forms += ArabicInflection.presentForms(l.present ?? [])
        let start = forms.count
        forms += ArabicInflection.futureForms(l.present ?? [])
        future = start..<forms.count
      } else {
        forms += EnglishInflection.forms(l.lemmas ?? [])
      }
      let origin = "\(file):\(lineNo)"
      // The first-person forms by their bytes: String hashing normalised every Arabic form.
      // Two plain strings (in NFC, `StringIDs.isPlain`) are equal as Strings exactly when their
      // bytes are; any other form is looked up as a String, in a set of Strings made only then
      // (a Set of the forms hashed every form, normalising it).
      let plainFirstPerson = firstPerson.allSatisfy { StringIDs.isPlain($0) }
      let firstPersonBytes = plainFirstPerson ? Set(firstPerson.map(FoldedKey.init)) : []
      var firstPersonStrings: Set<String>?
      func isFirstPerson(_ f: String) -> Bool {
        if firstPerson.isEmpty { return false }
        if plainFirstPerson, StringIDs.isPlain(f) {
          return firstPersonBytes.contains(FoldedKey(f))
        }
        let strings = firstPersonStrings ?? Set(firstPerson)
        firstPersonStrings = strings
        return strings.contains(f)
      }
      for (n, f) in forms.enumerated() {
        let entry = CueEntry(
          relation: rel, frame: l.frame, confidence: l.confidence ?? 0.8, form: f,
          language: language, origin: origin, whenRefused: refused,
          towardPolitics: politics, alsoStates: also, needs: needs, needsNamed: needsNamed,
          suffixOnly: l.suffix ?? false, firstPerson: isFirstPerson(f),
          future: future.contains(n), targetKind: targetKind)
        add(f, entry)
      }
    }
    if language == "ar" { addSuffixTwins() }
    // Longest first; equally long ones in the order of the lexicon's lines (the standard
    // library's sort is stable).
    patterns.sortValues { $0.tokens.count > $1.tokens.count }
  }

  /// A noun ending in ة writes it ت before a pronoun suffix ("معارضة" -> "معارضتها",
  /// "مساندته"), and one ending in a hamza puts it on ي or و ("لقاء" -> "لقائه", "لقاؤه"): each
  /// Arabic noun pattern whose last word ends so gets twins with those letters there, matched
  /// only with a suffix, unless a pattern has those words already ("ادانت" is the verb أدانت).
  private mutating func addSuffixTwins() {
    let taMarbuta = "\u{0647}"
    let ta = "\u{062A}"
    let hamza = "\u{0621}"
    let hamzaOnYa = "\u{0626}"
    let hamzaOnWaw = "\u{0624}"
    let yeh = "\u{064A}"  // ى folds to ي
    let alif = "\u{0627}"
    /// The letters put in place of the last one of `p`'s last word, empty when `p` gets no twins.
    func ends(_ p: Pattern) -> [String] {
      guard p.entry.language == "ar", !p.entry.suffixOnly,
        p.entry.frame != .verb && p.entry.frame != .meet && p.entry.frame != .speech,
        let last = p.tokens.last, last.unicodeScalars.count >= 3
      else { return [] }
      // ة is written ت before a suffix; a final hamza sits on ي or و ("لقاء" -> "لقائه",
      // "لقاؤه").
      if last.hasByteSuffix(taMarbuta) { return [ta] }
      if last.hasByteSuffix(hamza) { return [hamzaOnYa, hamzaOnWaw] }
      // The defective verb that ends an agent phrase writes its ى as ا before a pronoun
      // ("في هجوم تبنى" -> "في هجوم تبناه").
      if p.entry.frame == .agent, p.tokens.count > 1, last.hasByteSuffix(yeh) { return [alif] }
      return []
    }
    /// Whether a pattern has the words `tokens`, compared by their bytes (String equality would
    /// normalise every Arabic word). Every pattern is kept under its first word.
    func isPattern(_ tokens: [String]) -> Bool {
      guard let list = patterns[FoldedKey(tokens[0])] else { return false }
      return list.contains { p in
        p.tokens.count == tokens.count
          && p.tokens.indices.allSatisfy { p.tokens[$0].sameBytes(tokens[$0]) }
      }
    }
    // The twins made so far, their words joined by a space (words hold no space), by bytes.
    var taken = Set<FoldedKey>()
    var twins: [Pattern] = []
    // Keys in byte order: the same twins in the same order on every run. Only the keys with a
    // pattern that gets twins are sorted (by their bytes copied out once: `bytesPrecede` at each
    // comparison read both Strings again).
    let keys = patterns.compactMap { key, list in list.contains { !ends($0).isEmpty } ? key : nil }
    let keyBytes = keys.map { Array($0.string.utf8) }
    // Compared by their first eight bytes as one big-endian integer (zero-padded: a key that
    // ends before is a prefix of the other, and precedes it), the rest by `memcmp` when those
    // are the same. (The generic `lexicographicallyPrecedes`, and `memcmp` at every
    // comparison, cost some five million instructions at start-up.)
    let heads = keyBytes.map { b -> UInt64 in
      var h: UInt64 = 0
      for k in 0..<8 { h = h << 8 | (k < b.count ? UInt64(b[k]) : 0) }
      return h
    }
    let byteOrder = keys.indices.sorted {
      heads[$0] != heads[$1] ? heads[$0] < heads[$1] : Self.bytesPrecede(keyBytes[$0], keyBytes[$1])
    }
    for key in byteOrder.map({ keys[$0] }) {
      for p in patterns[key] ?? [] {
        let ends = ends(p)
        guard let last = p.tokens.last else { continue }
        for end in ends {
          var tokens = p.tokens
          tokens[tokens.count - 1] = String(last.unicodeScalars.dropLast()) + end
          guard !isPattern(tokens), taken.insert(FoldedKey(tokens.joined(separator: " "))).inserted
          else { continue }
          var entry = p.entry
          entry.suffixOnly = true
          twins.append(Pattern(tokens: tokens, entry: entry, nextProclitic: p.nextProclitic))
        }
      }
    }
    for t in twins {
      if patterns[FoldedKey(t.tokens[0])] == nil { keyOrder.append(FoldedKey(t.tokens[0])) }
      patterns[FoldedKey(t.tokens[0]), default: []].append(t)
    }
  }

  /// `a.lexicographicallyPrecedes(b)`, by `memcmp`.
  private static func bytesPrecede(_ a: [UInt8], _ b: [UInt8]) -> Bool {
    a.withUnsafeBufferPointer { pa in b.withUnsafeBufferPointer { pb in Graph.bytesPrecede(pa, pb) }
    }
  }

  private mutating func add(_ form: String, _ entry: CueEntry) {
    var toks = Tokenizer.norms(text: form)
    // A trailing one-letter proclitic ("لـ") must be on the next word; the actor matcher
    // reads it off that word.
    var nextProclitic: String?
    if toks.count > 1, let last = toks.last, last.unicodeScalars.count == 1,
      Normalizer.isArabicLetter(last.unicodeScalars.first ?? " ")
    {
      nextProclitic = last
      toks.removeLast()
    }
    guard let first = toks.first else { return }
    let key = FoldedKey(first)
    // One look-up of the key (its place), then its list read and grown in place.
    let t = tablesForChange()
    guard let k = t.patterns.index(forKey: key) else {
      t.keyOrder.append(key)
      t.patterns[key] = [Pattern(tokens: toks, entry: entry, nextProclitic: nextProclitic)]
      return
    }
    // The enum fields first: most patterns of a word differ there, without comparing words.
    if t.patterns.values[k].contains(where: {
      $0.entry.relation == entry.relation && $0.entry.frame == entry.frame
        && $0.entry.needs == entry.needs && $0.entry.needsNamed == entry.needsNamed
        && $0.nextProclitic == nextProclitic && $0.tokens == toks
    }) {
      return
    }
    t.patterns.values[k].append(Pattern(tokens: toks, entry: entry, nextProclitic: nextProclitic))
  }

  /// True when the folded word is in the Arabic (`arabic`) or English list of `marker`
  /// (`isMarker(word, marker.name + "_ar")`, without looking the list up by name).
  func isMarker(_ word: String, _ marker: Marker, arabic: Bool) -> Bool {
    guard marker.rawValue < markerLists.count else { return false }
    let lists = markerLists[marker.rawValue]
    return (arabic ? lists.ar : lists.en).contains(FoldedKey(word))
  }

  /// True when the folded word is in the marker list `name` (see markers.json).
  public func isMarker(_ word: String, _ name: String) -> Bool {
    markers[name]?.contains(FoldedKey(word)) ?? false
  }

  /// True when one of the token's readings (proclitics off) is in the marker list `name` of the
  /// token's language (`name_ar` or `name_en`).
  public func isMarker(_ token: Token, _ name: String) -> Bool {
    if token.lex.isAnalyzed {
      // The lists read by name first: rules ask for them in loops.
      if let bit = Marker.namedMask(name) { return token.lex.namedMarkers & bit != 0 }
      if let m = Marker(name: name) { return isMarker(token, m) }
    }
    return isMarkerByReadings(token, name)
  }

  /// `isMarker(token, marker.name)`: a bit test for a looked-up token.
  @inline(__always)
  func isMarker(_ token: Token, _ marker: Marker) -> Bool {
    guard token.lex.isAnalyzed else { return isMarkerByReadings(token, marker.name) }
    return token.lex.markers & marker.mask != 0
  }

  /// `isMarker(tokens[i], marker)`, the look-up's bits read in place: passing `tokens[i]`
  /// copies the token. (The rare token that was not looked up is read out of line: inlined
  /// where it is called, the test then needs no frame for a copy of the token.)
  @inline(__always)
  func isMarker(_ tokens: [Token], _ i: Int, _ marker: Marker) -> Bool {
    // (The token's flags and bits read in one access, one bounds check.)
    let (analyzed, markers) = tokens.withToken(i) { ($0.lex.isAnalyzed, $0.lex.markers) }
    guard analyzed else { return isMarkerByReadings(tokens, i, marker) }
    return markers & marker.mask != 0
  }

  /// `isMarker(tokens, i, marker)` for a token that was not looked up.
  @inline(never)
  private func isMarkerByReadings(_ tokens: [Token], _ i: Int, _ marker: Marker) -> Bool {
    isMarkerByReadings(tokens[i], marker.name)
  }

  /// `isMarker(tokens[i], name)`, read in place as `isMarker(_:_:_:)` with a `Marker`.
  func isMarker(_ tokens: [Token], _ i: Int, _ name: String) -> Bool {
    if tokens[i].lex.isAnalyzed {
      if let bit = Marker.namedMask(name) { return tokens[i].lex.namedMarkers & bit != 0 }
      if let m = Marker(name: name) { return isMarker(tokens, i, m) }
    }
    return isMarkerByReadings(tokens[i], name)
  }

  /// `isMarker(tokens, i, name)` for a list of `Marker.namedLists` whose bit the caller
  /// already holds (`Marker.namedMask(name)`), so hot loops skip the look-up by name.
  @inline(__always)
  func isMarker(_ tokens: [Token], _ i: Int, _ bit: Marker.NamedBits, _ name: String) -> Bool {
    // (Read in one access, as `isMarker(_:_:_:)` with a `Marker`.)
    let (analyzed, named) = tokens.withToken(i) { ($0.lex.isAnalyzed, $0.lex.namedMarkers) }
    guard analyzed else { return isMarkerByReadings(tokens[i], name) }
    return named & bit != 0
  }

  /// `isMarker(tokens[i], list.name)`, read by the list's bit.
  @inline(__always)
  func isMarker(_ tokens: [Token], _ i: Int, _ list: Marker.NamedList) -> Bool {
    isMarker(tokens, i, list.bit, list.name)
  }

  /// `isMarker(token, list.name)`, read by the list's bit.
  func isMarker(_ token: Token, _ list: Marker.NamedList) -> Bool {
    guard token.lex.isAnalyzed else { return isMarkerByReadings(token, list.name) }
    return token.lex.namedMarkers & list.bit != 0
  }

  /// True when the folded word of `tokens[i]` itself, no clitic taken off, is in `list` of the
  /// token's language: for lists of whole words ("وأعلنت" only when the list has it). An
  /// English word has no clitics, so this is `isMarker(tokens, i, list)` for it.
  func isWholeWordMarker(_ tokens: [Token], _ i: Int, _ list: Marker.NamedList) -> Bool {
    let arabic = tokens[i].kind == .arabic
    // (A token looked up by the compiled table's index: the bits of its whole word's id.)
    if let c = compiled, tokens[i].lex.isAnalyzed, tokens[i].lex.index == c.index.tag {
      return c.index.namedBits(of: tokens[i].lex.id, arabic: arabic) & list.bit != 0
    }
    let words = markers[list.name + (arabic ? "_ar" : "_en")]
    return words?.contains(FoldedKey(tokens.norm(i))) ?? false
  }

  /// Whether a word (Arabic or Latin) of `tokens[range]` is itself in `list`
  /// (`isWholeWordMarker`), with the compiled table bound once for the range and the tokens
  /// read in place: once a token, the table's look-up cost some 60 instructions.
  func containsWholeWordMarker(
    _ tokens: [Token], _ range: Range<Int>, _ list: Marker.NamedList
  ) -> Bool {
    guard let c = compiled else {
      return range.contains { tokens[$0].isWord && isWholeWordMarker(tokens, $0, list) }
    }
    // (The index read through the table, in place: bound to a constant, it was copied, its
    // arrays retained and released.)
    let tag = c.index.tag
    let bit = list.bit
    precondition(range.isEmpty || (range.lowerBound >= 0 && range.upperBound <= tokens.count))
    return tokens.withUnsafeBufferPointer { b in
      for i in range {
        let t = b.baseAddress.unsafelyUnwrapped + i
        let kind = t.pointee.kind
        guard kind == .arabic || kind == .latin else { continue }
        if t.pointee.lex.isAnalyzed, t.pointee.lex.index == tag {
          if c.index.namedBits(of: t.pointee.lex.id, arabic: kind == .arabic) & bit != 0 {
            return true
          }
        } else if isWholeWordMarker(tokens, i, list) {
          return true
        }
      }
      return false
    }
  }

  private func isMarkerByReadings(_ token: Token, _ name: String) -> Bool {
    guard let list = markers[name + (token.kind == .arabic ? "_ar" : "_en")] else { return false }
    return token.readings.contains { list.contains(FoldedKey($0.stem)) }
  }

  /// False only when no reading of the looked-up Arabic `token` with the article ال taken off
  /// (with `anyReading`, no reading of `articleReadings` at all) is in the `_ar` list of `marker`:
  /// a test that lets callers skip building the readings.
  @inline(__always)
  func mayBeMarker(_ token: Token, _ marker: Marker, anyReading: Bool) -> Bool {
    guard token.kind == .arabic, token.lex.isAnalyzed else { return true }
    let m = anyReading ? token.lex.markers | token.lex.articleMarkers : token.lex.articleMarkers
    return m & marker.mask != 0
  }

  /// `mayBeMarker(tokens[i], marker, anyReading:)`, read in place (without a copy of the token).
  @inline(__always)
  func mayBeMarker(_ tokens: [Token], _ i: Int, _ marker: Marker, anyReading: Bool) -> Bool {
    // (The fields read in one access: `let lex = tokens[i].lex` copied all of it.)
    let (arabic, analyzed, markers, article) = tokens.withToken(i) {
      ($0.kind == .arabic, $0.lex.isAnalyzed, $0.lex.markers, $0.lex.articleMarkers)
    }
    guard arabic, analyzed else { return true }
    let m = anyReading ? markers | article : article
    return m & marker.mask != 0
  }

  /// True when a reading of Arabic `token` with the article ال taken off is in the `_ar` list of
  /// `marker` ("المعارضة" in `group_noun`).
  func isArticleMarker(_ token: Token, _ marker: Marker) -> Bool {
    guard token.kind == .arabic else { return false }
    if token.lex.isAnalyzed { return token.lex.articleMarkers & marker.mask != 0 }
    return token.articleReadings.contains { isMarker($0.stem, marker, arabic: true) }
  }

  /// False only when no reading of the looked-up Arabic `token` (`readings`), without a pronoun
  /// suffix (`ArabicClitics.splitEnclitic`), is in the `_ar` list of `marker`.
  @inline(__always)
  func mayBeMarkerWithoutSuffix(_ token: Token, _ marker: Marker) -> Bool {
    guard token.kind == .arabic, token.lex.isAnalyzed else { return true }
    return token.lex.strippedMarkers & marker.mask != 0
  }

  /// `mayBeMarkerWithoutSuffix(tokens[i], marker)`, read in place.
  @inline(__always)
  func mayBeMarkerWithoutSuffix(_ tokens: [Token], _ i: Int, _ marker: Marker) -> Bool {
    let (arabic, analyzed, stripped) = tokens.withToken(i) {
      ($0.kind == .arabic, $0.lex.isAnalyzed, $0.lex.strippedMarkers)
    }
    guard arabic, analyzed else { return true }
    return stripped & marker.mask != 0
  }

  /// A cue found in text.
  public struct Match: Sendable, Hashable {
    public var tokenStart: Int
    public var tokenEnd: Int
    public var entry: CueEntry
    /// Pronoun suffix on the cue's last word ("ها" in "تدعمها"), empty when none.
    public var enclitic: String
    /// Proclitics on the first word ("ل" in "لدعمها").
    public var proclitic: String
  }

  /// The cue table keyed by the ids of the extractor's `WordIndex` (see `compile`).
  private var compiled: Compiled?

  /// Whether `compile(with:)` was given `index`: the whole-word tests then read the bits
  /// `index` stored in its tokens (`isWholeWordMarker`).
  func isCompiled(with index: WordIndex) -> Bool {
    compiled?.index.tag == index.tag
  }

  /// Patterns by the id of their first word, each with its words' ids.
  final class Compiled: Sendable, WordIndexHolder {
    let index: WordIndex
    /// `index.storesHits`, read once.
    let storesHits: Bool
    let byFirst: IDLists
    /// Pattern k (in `byFirst` order): words `ids[start[k]..<start[k + 1]]`.
    let start: [Int32]
    let ids: [Int32]
    let flat: [Pattern]
    /// The patterns' word ids as a trie (pattern numbers as above).
    let trie: IDTrie

    init(_ patterns: [FoldedKey: [Pattern]], order keys: [FoldedKey], _ index: WordIndex) {
      self.index = index
      self.storesHits = index.storesHits
      var flat: [Pattern] = []
      var start: [Int32] = [0]
      var ids: [Int32] = []
      // The first word's id of each pattern (in pattern order).
      var byFirst: [Int32] = []
      // Keys in the order they were added: pattern numbers, and so the order of equally long
      // matches of one form in two lexicon lines, are the same on every run (dictionary order
      // is not).
      for key in keys {
        let list = patterns[key] ?? []
        let first = index.find(key.string)
        for p in list {
          byFirst.append(first)
          flat.append(p)
          // (The first word is the key, whose id is `first`.)
          ids.append(first)
          for t in p.tokens.dropFirst() { ids.append(index.find(t)) }
          start.append(Int32(ids.count))
        }
      }
      self.byFirst = IDLists(count: index.count, owners: byFirst)
      self.flat = flat
      self.start = start
      self.ids = ids
      self.trie = IDTrie(vocabulary: index.count, ids: ids, start: start)
    }
  }

  /// Keys the cue patterns by the ids of `index`, for tokens that `index` looked up.
  mutating func compile(with index: WordIndex) {
    compiled = Compiled(patterns, order: keyOrder, index)
  }

  /// The longest cue starting at token `i`, if any.
  public func match(_ tokens: [Token], at i: Int, limit: Int) -> [Match] {
    var scratch = MatchScratch()
    match(tokens, at: i, limit: limit, into: &scratch)
    return scratch.found
  }

  /// Working space of `match(_:at:limit:into:)`, kept by the caller between calls.
  struct MatchScratch {
    /// The matches found by the last call.
    var found: [Match] = []
    /// Patterns that end here: whether through a pronoun suffix, and the token after the match.
    var matched: [(pattern: Int, enclitic: Bool, end: Int)] = []
  }

  /// True when the token at `j` is an English adverb in -ly ("closely", "firmly") that may stand
  /// inside a cue of several words ("worked closely with"): lower case, five letters at least
  /// (not "ally", "rally"), and not "idly" ("stood idly by" is no support). The cue's next word
  /// must follow it.
  /// True for a quote mark at `j` between two English words ("would “pay a heavy price”", "a
  /// “flagrant violation” of"): a cue's words may stand on both sides of it.
  static func isInnerQuote(_ tokens: [Token], _ j: Int) -> Bool {
    j > 0 && j + 1 < tokens.count && tokens[j].kind == .quote && tokens[j - 1].kind == .latin
      && tokens[j + 1].kind == .latin
  }

  static func isInnerAdverb(_ tokens: [Token], _ j: Int) -> Bool {
    guard tokens[j].kind == .latin, !tokens[j].capitalized else { return false }
    // (`tokens.norm(j)`: `tokens[j].norm` copied the whole token first.)
    let w = tokens.norm(j)
    return w.utf8.count >= 5 && w.hasByteSuffix("ly") && w != "idly"
  }

  /// `match(_:at:limit:)` into `scratch.found` (emptied first), without allocating once the
  /// buffers have grown.
  func match(_ tokens: [Token], at i: Int, limit: Int, into scratch: inout MatchScratch) {
    scratch.found.clearKeepingCapacity()
    // (The token's fields read in one access.)
    let (may, index, kind) = tokens.withToken(i) {
      ($0.lex.may(TokenLex.cue), $0.lex.index, $0.kind)
    }
    guard may else { return }
    // Optional chaining reads the table in place (an `if let` copy of it costs more here).
    if index == compiled?.index.tag {
      // A Latin word or a quote mark that ends no cue with the words after it (most of them)
      // matches none: told by the trie's walk alone, without the compiled `match`'s set-up.
      if kind != .arabic, compiled?.endsNoCue(tokens, at: i, limit: limit) == true {
        return
      }
      compiled?.match(tokens, at: i, limit: limit, into: &scratch)
      // (Called only when there is something to drop: most words match one cue or none.)
      if !scratch.found.isEmpty { Self.dropBareSuffixTwins(&scratch.found) }
      if scratch.found.count > 1 { Self.preferPlain(&scratch.found) }
      return
    }
    scratch.found = matchByStrings(tokens, at: i, limit: limit)
  }

  /// `match` by the string-keyed tables, for tokens the compiled table's index did not look up.
  private func matchByStrings(_ tokens: [Token], at i: Int, limit: Int) -> [Match] {
    let t = tokens[i]
    var found: [Match] = []
    var bestLen = 0
    /// Tries the patterns under `key`; returns where the matches it added start in `found`.
    func tryPatterns(_ key: String, proclitic: String) -> Int {
      var start = found.count
      for p in patterns[FoldedKey(key)] ?? [] {
        let len = p.tokens.count
        guard i + len <= limit, len + 1 >= bestLen else { continue }
        var enclitic = ""
        var ok = true
        // Tokens passed over: one adverb inside an English cue ("worked closely with"), and up
        // to two quote marks between English words of one ("would “pay a heavy price”").
        var skip = 0
        var adverb = false
        var quotes = 0
        for k in 1..<max(len, 1) where k < len {
          guard i + k + skip < limit else {
            ok = false
            break
          }
          let u = tokens.norm(i + k + skip)
          if u.sameBytes(p.tokens[k]) { continue }
          if k == len - 1, tokens[i + k + skip].kind == .arabic,
            let e = ArabicClitics.splitEnclitic(u).first(where: { $0.stem.sameBytes(p.tokens[k]) })
          {
            enclitic = e.enclitic
            continue
          }
          let j = i + k + skip
          if !adverb, j + 1 < limit, Self.isInnerAdverb(tokens, j),
            tokens.norm(j + 1).sameBytes(p.tokens[k])
          {
            adverb = true
            skip += 1
            continue
          }
          if quotes < 2, j + 1 < limit, Self.isInnerQuote(tokens, j),
            tokens.norm(j + 1).sameBytes(p.tokens[k])
          {
            quotes += 1
            skip += 1
            continue
          }
          ok = false
          break
        }
        guard ok, len + skip >= bestLen else { continue }
        let end = i + len + skip
        if let pro = p.nextProclitic {
          guard end < limit, tokens.norm(end).hasBytePrefix(pro) else { continue }
        }
        if len + skip > bestLen {
          found.removeAll()
          start = 0
        }
        bestLen = len + skip
        found.append(
          Match(
            tokenStart: i, tokenEnd: end, entry: p.entry, enclitic: enclitic,
            proclitic: proclitic))
      }
      return start
    }
    if t.kind == .arabic {
      for r in t.readings(for: .cue) {
        for (stem, enc) in ArabicClitics.splitEnclitic(r.stem) {
          // A short stem read with both a proclitic and a pronoun suffix is too uncertain
          // ("وزارة" is not و + زار + ه); three letters before a longer suffix are not
          // ("لدعمها").
          let letters = stem.unicodeScalars.count
          if !enc.isEmpty && !r.proclitic.isEmpty
            && (letters <= 2 || (letters == 3 && enc.unicodeScalars.count == 1))
          {
            continue
          }
          // The article and a pronoun suffix do not go together ("الأسلحة" is no ال + أسلح + ه).
          if !enc.isEmpty && r.proclitic.hasByteSuffix(ArabicClitics.article) { continue }
          let from = tryPatterns(stem, proclitic: r.proclitic)
          if !enc.isEmpty {
            for k in from..<found.count where found[k].tokenEnd == i + 1 {
              found[k].enclitic = enc
            }
          }
        }
      }
    } else if t.kind == .latin || t.kind == .quote {
      _ = tryPatterns(t.norm, proclitic: "")
    }
    Self.dropBareSuffixTwins(&found)
    return Self.preferPlain(found)
  }

  /// Drops matches of a `suffixOnly` twin whose word carries no pronoun suffix.
  static func dropBareSuffixTwins(_ found: inout [Match]) {
    // (Tested by index, in place: `contains(where:)` copied each match.)
    if found.indices.contains(where: { found[$0].entry.suffixOnly }) {
      found.removeMatching { $0.entry.suffixOnly && $0.enclitic.isEmpty }
    }
  }

  /// One match per relation, frame, needed word and end: the first, which is the reading
  /// without clitics when several readings match the same pattern. A line that needs a word
  /// stays beside a plainer line of the same form ("captured X" and "captured ... from X").
  static func preferPlain(_ found: [Match]) -> [Match] {
    var found = found
    preferPlain(&found)
    return found
  }

  /// `preferPlain` in place (the lists are a few matches long: compared pairwise).
  static func preferPlain(_ found: inout [Match]) {
    guard found.count > 1 else { return }
    var kept = 0
    // (Read in place and kept by swapping: copying each match copied an entry and two
    // Strings. Places from `kept` to `k` hold dropped matches, never read again.)
    for k in found.indices {
      let seen = (0..<kept).contains { j in
        found[j].tokenEnd == found[k].tokenEnd && found[j].entry.relation == found[k].entry.relation
          && found[j].entry.frame == found[k].entry.frame
          && found[j].entry.needs == found[k].entry.needs
          && found[j].entry.needsNamed == found[k].entry.needsNamed
      }
      guard !seen else { continue }
      if kept != k { found.swapAt(kept, k) }
      kept += 1
    }
    // (Nothing to remove, most often: `removeSubrange` replaced the empty range even then.)
    found.removeLastKeepingCapacity(found.count - kept)
  }
}

extension Lexicon.Compiled {
  /// One step of the trie's walk over a cue, for `match` and `endsNoCue` alike: the child of
  /// `node` by word `id` at token `next`, or past one English adverb in -ly inside the cue
  /// ("worked closely with", "stood firmly by") or one quote mark between its English words
  /// ("would “pay a heavy price”"), up to two; `next` moves past the token (and the one passed
  /// over) read. (The kind is tested before the calls: most words are Arabic, and a call cost
  /// more than the test.)
  @inline(__always)
  func child(
    of node: Int32, id: Int32, _ tokens: [Token], next: inout Int, limit: Int,
    skipped: inout Bool, quotes: inout Int
  ) -> Int32 {
    var child = trie.child(node, id)
    if child < 0, !skipped, next + 1 < limit, tokens.kind(next) == .latin,
      Lexicon.isInnerAdverb(tokens, next)
    {
      child = trie.child(node, tokens[next + 1].lex.id)
      if child >= 0 {
        skipped = true
        next += 1
      }
    }
    if child < 0, quotes < 2, next + 1 < limit, tokens.kind(next) == .quote,
      Lexicon.isInnerQuote(tokens, next)
    {
      child = trie.child(node, tokens[next + 1].lex.id)
      if child >= 0 {
        quotes += 1
        next += 1
      }
    }
    next += 1
    return child
  }

  /// Whether `match` finds nothing at token `i`, no Arabic word (whose only key is its own
  /// id): no pattern ends on the trie's walk from it, as `match` walks it (a pronoun suffix
  /// on an Arabic word after it, one adverb in -ly, up to two quote marks).
  @inline(__always)
  func endsNoCue(_ tokens: [Token], at i: Int, limit: Int) -> Bool {
    var node = trie.root(tokens[i].lex.id)
    var next = i + 1
    var skipped = false
    var quotes = 0
    while node >= 0 {
      if !trie.ends(node).isEmpty { return false }
      guard next < limit else { break }
      let (id, enclitic, encliticStem) = tokens.withToken(next) { t in
        (t.lex.id, t.kind == .arabic ? t.lex.enclitic : 0, t.lex.encliticStem)
      }
      if enclitic > 0, !trie.ends(trie.child(node, encliticStem)).isEmpty { return false }
      node = child(
        of: node, id: id, tokens, next: &next, limit: limit, skipped: &skipped,
        quotes: &quotes)
    }
    return true
  }

  /// `match` for a token looked up by the compiled table's index: the same patterns in the same
  /// order, words compared by id.
  func match(
    _ tokens: [Token], at i: Int, limit: Int, into scratch: inout Lexicon.MatchScratch
  ) {
    var bestLen = 0
    let kind = tokens[i].kind
    guard kind == .arabic || kind == .latin || kind == .quote else { return }
    var hits = WordIndex.Hits(tokens, i, kind == .arabic ? tokens[i].lex.hits.cue : 0, storesHits)
    // Keys in order: the word itself (Latin), or per reading its stem, then the stem without
    // the pronoun suffix.
    var latin: Int32? = kind == .arabic ? nil : tokens[i].lex.id
    var pending: (key: Int32, span: ArabicClitics.Span)?
    func nextKey() -> (key: Int32, span: ArabicClitics.Span?, stripped: Bool)? {
      if let l = latin {
        latin = nil
        return (l, nil, false)
      }
      if let p = pending {
        pending = nil
        return (p.key, p.span, true)
      }
      guard let h = hits.next(in: self, tokens) else { return nil }
      if h.stripped >= 0 { pending = (h.stripped, h.span) }
      return (h.stem, h.span, false)
    }
    // Patterns whose words are the next tokens' ids (the last one may carry a pronoun
    // suffix), in table order.
    while let (key, span, stripped) = nextKey() {
      var from = scratch.found.count
      // The first pattern found held apart (`single`), `scratch.matched` used only from the
      // second on: most keys end one pattern or none, and the list's uniqueness checks cost
      // more than they. (In `matched`, the same patterns in the same order as before.)
      var single: (pattern: Int, enclitic: Bool, end: Int) = (-1, false, 0)
      var many = false
      func add(_ m: (pattern: Int, enclitic: Bool, end: Int)) {
        if single.pattern < 0 {
          single = m
          return
        }
        if !many {
          scratch.matched.clearKeepingCapacity()
          scratch.matched.append(single)
          many = true
        }
        scratch.matched.append(m)
      }
      var node = trie.root(key)
      // The next token to read, whether an adverb inside the cue was passed over, and how
      // many quote marks.
      var next = i + 1
      var skipped = false
      var quotes = 0
      while node >= 0 {
        for e in trie.ends(node) {
          add((pattern: trie.pattern(e), enclitic: false, end: next))
        }
        guard next < limit else { break }
        // (The look-up's three fields read in place: `let u = tokens[next].lex` copied all of
        // it, 81 bytes.)
        let (id, enclitic, encliticStem) = tokens.withToken(next) { t in
          (t.lex.id, t.kind == .arabic ? t.lex.enclitic : 0, t.lex.encliticStem)
        }
        if enclitic > 0 {
          for e in trie.ends(trie.child(node, encliticStem)) {
            add((pattern: trie.pattern(e), enclitic: true, end: next + 1))
          }
        }
        node = child(
          of: node, id: id, tokens, next: &next, limit: limit, skipped: &skipped,
          quotes: &quotes)
      }
      if many { scratch.matched.sort { $0.pattern < $1.pattern } }
      for k in 0..<(many ? scratch.matched.count : single.pattern < 0 ? 0 : 1) {
        let (p, viaEnclitic, end) = many ? scratch.matched[k] : single
        let len = end - i
        guard len >= bestLen else { continue }
        let enclitic =
          viaEnclitic
          ? ArabicClitics.encliticForms[Int(tokens[i + len - 1].lex.enclitic) - 1].string : ""
        if let pro = flat[p].nextProclitic {
          guard i + len < limit, tokens.norm(i + len).hasBytePrefix(pro) else { continue }
        }
        if len > bestLen {
          scratch.found.clearKeepingCapacity()
          from = 0
        }
        bestLen = len
        scratch.found.append(
          Lexicon.Match(
            tokenStart: i, tokenEnd: i + len, entry: flat[p].entry, enclitic: enclitic,
            proclitic: span.map { WordIndex.proclitic(of: tokens.norm(i), $0) } ?? ""))
      }
      // A match read without the pronoun suffix carries it when the cue is this one word.
      if stripped {
        let enc = ArabicClitics.encliticForms[Int(tokens[i].lex.enclitic) - 1].string
        for k in from..<scratch.found.count where scratch.found[k].tokenEnd == i + 1 {
          scratch.found[k].enclitic = enc
        }
      }
    }
  }
}
