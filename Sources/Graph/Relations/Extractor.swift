/// Reads documents and returns typed relations with provenance (the extraction pipeline).
public struct Extractor: Sendable {
  public let matcher: ActorMatcher
  public let lexicon: Lexicon
  public let titles: TitleRecognizer?
  /// The words of all three dictionaries, looked up once per token.
  let index: WordIndex
  /// Codes of the gazetteer's persons.
  let personCodes: Set<String>
  /// The bare opposition and government words' reader, made once (it lists the entries it
  /// searches).
  let oppositions: StateOpposition

  public init(gazetteer: Gazetteer, lexicon: Lexicon, titles: TitleRecognizer? = nil) {
    var matcher = ActorMatcher(gazetteer: gazetteer)
    matcher.phraseOpeners = Set(
      ["complementizer", "preposition", "relative", "request", "warning", "light_verb"].flatMap {
        list in
        ["_ar", "_en"].flatMap { lexicon.markers[list + $0] ?? [] }
      })
    var lexicon = lexicon
    var titles = titles
    let index = WordIndex(matcher: matcher, lexicon: lexicon, titles: titles)
    matcher.compile(with: index)
    lexicon.compile(with: index)
    titles?.compile(with: index)
    titles?.bodies = Set(
      gazetteer.entries.lazy.filter { $0.kind == .organisation }.map(\.code))
    titles?.states = Set(gazetteer.entries.lazy.filter { $0.kind == .state }.map(\.code))
    self.matcher = matcher
    self.lexicon = lexicon
    self.titles = titles
    self.index = index
    // (The codes read in place: `filter` copied every person's entry.)
    let entries = gazetteer.entries
    var persons: [String] = []
    for i in entries.indices where entries[i].kind == .person { persons.append(entries[i].code) }
    self.personCodes = Set(persons)
    self.oppositions = StateOpposition(gazetteer: matcher.gazetteer, lexicon: lexicon)
  }

  /// The built-in gazetteer (plus `extraActors`) and lexicon.
  public static func standard(extraActors: [GazetteerEntry] = []) throws -> Extractor {
    var g = try Gazetteer.builtIn()
    g.merge(extraActors)
    return Extractor(
      gazetteer: g, lexicon: try Lexicon.builtIn(), titles: try TitleRecognizer.builtIn())
  }

  /// All relations found in `doc`, in reading order. Negated statements yield no relation.
  public func extract(_ doc: Document) -> [Relation] {
    trace(doc, unmatched: false).relations
  }

  /// Relations of `doc` and what was left unmatched (nothing unless `collectUnmatched`).
  public func trace(_ doc: Document, unmatched collectUnmatched: Bool = true) -> DocumentTrace {
    // The tokenizer reads the text's UTF-8; texts of tokens are cut from the same bytes.
    let bytes = doc.utf8
    // (The index bound first: read in the closure, it made the closure copy the whole
    // extractor.)
    let index = self.index
    // (With the tokens that may end or start a sentence listed as they are made: the splitter
    // does not scan every token for them.)
    var breaks: [Int] = []
    var tokenList = bytes.withUnsafeBufferPointer {
      Tokenizer.tokenize(utf8: $0, index: index, breaks: &breaks)
    }
    let sentences = SentenceSplitter.split(marking: &tokenList, breaks: breaks)
    let tokens = tokenList
    // The tokens' look-up flags, one byte a token, for the scans of the matchers below.
    let flags = TokenFlags(tokens)
    /// The text from the start of token `a` to the end of token `b`.
    /// (The document's bytes are valid UTF-8 and tokens start and end at scalar boundaries: the
    /// String is made without checking them again.)
    func text(_ a: Int, _ b: Int) -> String {
      let r = Int(tokens[a].byteStart)..<Int(tokens[b].byteEnd)
      return bytes.withUnsafeBufferPointer {
        String(validUTF8: UnsafeBufferPointer(rebasing: $0[r]))
      }
    }
    var speaker: Argument?
    var out: [Relation] = []
    var unmatched: [Unmatched] = []
    // By surname; folded words compare by their bytes (`FoldedKey`).
    // (Room for a document's people at once: growing one entry at a time cost more.)
    var people: [FoldedKey: TitleRecognizer.Person] = Dictionary(minimumCapacity: 16)
    // The word endings of `people`'s surnames, added to when `people` gains one (a name that
    // left `people` keeps its endings: the look-up in `people` then finds nothing).
    var surnameEndings = SurnameEndings([String]())
    var clashingNames = Set<FoldedKey>()
    var cueScratch = CueScratch()
    // (Room for a word's matches at once: the two lists grew a place at a time in each document.)
    cueScratch.match.found.reserveCapacity(8)
    cueScratch.match.matched.reserveCapacity(8)
    // The sentence's cues, in one list from sentence to sentence (its memory kept).
    var cues: [Lexicon.Match] = []
    // The relations a sentence gave, by their sides and type (see below).
    var seen: [SeenRelation] = []
    // Working space of `matcher.mentions`, kept from sentence to sentence.
    var foundPatterns: [Int] = []
    var blockedForms: [Mention] = []
    let anaphora = DefiniteAnaphora(gazetteer: matcher.gazetteer, lexicon: lexicon)
    var named = DefiniteAnaphora.Memory()
    var lastAttack: AttackMemory?
    // The attack told before the last one, for a reaction that names it by its target.
    var olderAttack: AttackMemory?
    var lastAct: ActMemory?
    // `lastAct?.sentence.index`, -1 for none, set with `lastAct`: read through the optional,
    // the memory was copied and destroyed (through its metadata) at each test.
    var lastActSentence = -1
    var lastMeeting: MeetingMemory?
    var lastGroup: GroupMemory?
    var lastCoup: CoupMemory?
    var lastDecision: DecisionMemory?
    var lastForces = ForceMemory.Last()
    // The act the document's lead told (its first or second sentence), for a later reaction
    // to "the move" or "the decision" (`leadReactionPairs`).
    var leadAct: ActMemory?
    // The offices at a body that titles gave the document's persons (`applyBodyOffices`).
    var bodyOffices: [String: Mention] = [:]
    // Persons the document has named so far, whose ambiguous forms then name them.
    var seenPeople: Set<Int> = []
    // The document's longer group names, for the shorter forms after them.
    var longerNames = LongerNames()
    // The source of the first relation a sentence gave, read in its own sentence.
    var firstSource: (argument: Argument, sentence: Int)?
    // The last sentence that read cues, for the subject of its first clause (`OpeningSource`),
    // and a second context to find it in, made at the first one asked for.
    var lastRead = OpeningSource()
    var openingContext: SentenceContext?
    let forces = DomesticForces(lexicon: lexicon, gazetteer: matcher.gazetteer)
    var states = DomesticForces.Memory()
    let oppositions = self.oppositions
    // One context for the document's sentences (`SentenceContext.reset`): the lexicon, the
    // gazetteer and the person codes copied once, not once a sentence.
    var ctx = SentenceContext(tokens: tokens, range: 0..<0, mentions: [], lexicon: lexicon)
    ctx.personCodes = personCodes
    ctx.gazetteer = matcher.gazetteer
    // The subject the verb frame found for a cue, for the partial attack read after it.
    let verbSubject = FoundSubject()
    // The date every relation of the document carries, made once.
    let day = doc.date.map { String($0.prefix(10)) }
    // The tokens were looked up by the index the lexicon was compiled with: sentence bits then
    // rule out whole-word markers (`SentenceBits.mayHoldWholeWord`).
    let wholeWordBits = lexicon.isCompiled(with: index)
    for s in sentences {
      // The sentence's text, made only when a relation or an unmatched item needs it.
      var evidenceText: String?
      func evidence() -> String {
        if let e = evidenceText { return e }
        let e = text(s.tokenRange.lowerBound, s.tokenRange.upperBound - 1)
        evidenceText = e
        return e
      }
      func note(_ kind: Unmatched.Kind, _ a: Int, _ b: Int, _ actors: [String]) {
        guard collectUnmatched else { return }
        unmatched.append(
          Unmatched(
            kind: kind, doc: doc.id, sentence: s.index,
            text: text(a, b - 1), actors: actors,
            evidence: evidence(), span: [s.start, s.end]))
      }
      // The sentence's look-up bits, OR-ed: the rules below that look for words by bits none
      // of its words has are not run (they would find nothing).
      let bits = SentenceBits(tokens, s.tokenRange)
      var found =
        bits.may(TokenLex.actor)
        ? matcher.mentions(
          in: tokens, range: s.tokenRange, date: doc.date, found: &foundPatterns,
          blocked: &blockedForms, lexicon: lexicon,
          mainState: states.mainCode, namedStates: states.first, seenPeople: seenPeople,
          flags: flags) : []
      if !found.isEmptyInPlace {
        matcher.notePeople(found, into: &seenPeople)
        longerNames.apply(&found, tokens, gazetteer: matcher.gazetteer)
      }
      // "NATO Secretary General Mark Rutte": a body's officer speaks for the body.
      if !found.isEmptyInPlace { matcher.applyBodyOffices(&found, tokens, offices: &bodyOffices) }
      let places = matcher.placeNisbas(found, tokens, lexicon: lexicon)
      var ms = matcher.dropModifiers(found, tokens, lexicon: lexicon)
      if s.index == 0, let place = ms.first, place.tokenStart == s.tokenRange.lowerBound,
        let d = Dateline.end(tokens, range: s.tokenRange, placeEnd: place.tokenEnd)
      {
        ms.removeMatching { $0.tokenEnd <= d }
      }
      // "كلاوس" is no "ك + لاوس": a short name read with the proclitic ك (as, like) is rare
      // and usually a foreign name's first letter.
      // (Both filters first test the mentions in place, by index: `contains(where:)` on the
      // array copied each, three Strings. A proclitic whose last character is ك ends in its
      // bytes D9 83.)
      // (Read in place, by `form(_:)` and `proclitic(_:)`; a proclitic whose last letter is ك
      // ends in its bytes, which the removal below needs.)
      // (A plain loop, an empty proclitic told first: most mentions have none, and the closure
      // and the suffix test cost some seventy instructions a mention.)
      var kafName = false
      var mk = 0
      while mk < ms.countInPlace {
        if ms.form(mk) == .name, case let p = ms.proclitic(mk), !p.isEmpty,
          p.hasByteSuffix("\u{0643}")
        {
          kafName = true
          break
        }
        mk += 1
      }
      if kafName {
        ms.removeMatching { m in
          m.form == .name && m.proclitic.last == "\u{0643}"
            && tokens.norm(m.tokenStart).scalarCount - m.proclitic.scalarCount
              <= 4
        }
      }
      // "(الفرنسية)", "(AFP)": a news agency's credit in brackets names no actor.
      // (A plain loop, as the test before.)
      var credit = false
      mk = 0
      while mk < ms.countInPlace {
        if ms.form(mk) == .adjective, ms.tokenStart(mk) > s.tokenRange.lowerBound,
          ms.tokenEnd(mk) < s.tokenRange.upperBound,
          tokens.kind(ms.tokenStart(mk) - 1) == .comma,
          tokens.norm(ms.tokenStart(mk) - 1) == "(", tokens.norm(ms.tokenEnd(mk)) == ")"
        {
          credit = true
          break
        }
        mk += 1
      }
      if credit {
        ms.removeMatching { m in
          m.form == .adjective && m.tokenStart > s.tokenRange.lowerBound
            && m.tokenEnd < s.tokenRange.upperBound && tokens.norm(m.tokenStart - 1) == "("
            && tokens.norm(m.tokenEnd) == ")"
        }
      }
      // "جماعة أنصار الله (الحوثيين)", "قوات سوريا الديمقراطية (قسد)": another name of the same
      // actor in brackets right after it belongs to its mention.
      // (Also past the quote mark that closes the first name: `"قوات سوريا الديمقراطية" (قسد)`.)
      var bi = 1
      while bi < ms.countInPlace {
        // (The codes compared last: reading them copied both mentions.)
        // (Places read in place: `ms[bi].tokenEnd` copied the whole mention.)
        let open =
          ms.tokenEnd(bi - 1) + 1 < s.tokenRange.upperBound
            && tokens.kind(ms.tokenEnd(bi - 1)) == .quote
            && tokens.norm(ms.tokenEnd(bi - 1)).sameBytes("\"")
          ? ms.tokenEnd(bi - 1) + 1 : ms.tokenEnd(bi - 1)
        if ms.tokenStart(bi) == open + 1,
          ms.tokenEnd(bi) < s.tokenRange.upperBound,
          tokens.kind(open) == .comma, tokens.norm(open) == "(",
          tokens.kind(ms.tokenEnd(bi)) == .comma, tokens.norm(ms.tokenEnd(bi)) == ")",
          ms.code(bi) == ms.code(bi - 1),
          // (A relative pronoun after the brackets is read with the bracketed name, as before:
          // "قادة حركة المقاومة الاسلامية (حماس) الذين اعتقلتهم اسرائيل".)
          !(ms.tokenEnd(bi) + 1 < s.tokenRange.upperBound
            && lexicon.isMarker(tokens, ms.tokenEnd(bi) + 1, .relative))
        {
          ms[bi - 1].tokenEnd = ms.tokenEnd(bi) + 1
          ms.remove(at: bi)
        } else {
          bi += 1
        }
      }
      // "Russia sent Iranian weapons to Syria": the maker of the thing given is no actor.
      // (Plain loops: a closure that calls a method here copies the whole extractor per
      // sentence.)
      var gi = 0
      while gi < ms.countInPlace {
        if isGivenThingNisba(ms, gi, tokens, s.tokenRange) { ms.remove(at: gi) } else { gi += 1 }
      }
      if bits.may(TokenLex.cue) {
        findCues(tokens, s.tokenRange, ms, scratch: &cueScratch, into: &cues, flags: flags)
      } else {
        cues.clearKeepingCapacity()
      }
      // "transferred seized Iranian weapons to Ukraine": the participle qualifies the thing.
      gi = 0
      while gi < cues.countInPlace {
        if isGivenThingModifier(cues, gi, tokens, s.tokenRange) {
          cues.remove(at: gi)
        } else {
          gi += 1
        }
      }
      // Optional chaining calls the recognizer in place (an `if let` copies it per sentence).
      var surnamed = titles?.surnameMentions(
        tokens, range: s.tokenRange, people: people, endings: surnameEndings, existing: ms)
      // "تبنى دوكو عمروف التفجيرين ... وقال عمروف": a one-word mention the gazetteer gives
      // another person ("عمروف", Rustem Umerov) is the person this document named in full by
      // that surname.
      if !people.isEmpty, let before = surnamed {
        var found: [Mention]?
        for k in before.indices where before.tokenEnd(k) == before.tokenStart(k) + 1 {
          let i = before.tokenStart(k)
          // (Most words end in no surname the document named: the endings' bits say so, and
          // the mention is not read.)
          guard surnameEndings.mayEnd(tokens.norm(i)) else { continue }
          let (actor, code, proclitic) = before.withMention(k) {
            ($0.actor, $0.code, $0.proclitic)
          }
          // (Read as the matcher read the word: "كلينتون" is no "ك" and a surname.)
          guard actor != code,
            let p = TitleRecognizer.surnameMention(tokens[i], at: i, people: people),
            p.actor != actor, p.proclitic == proclitic,
            matcher.gazetteer.kind(actor) == .person
          else { continue }
          if found == nil { found = before }
          found?[k].code = p.code
          found?[k].actor = p.actor
        }
        if let found { surnamed = found }
      }
      // "الرئيس بري", "رئيس الوزراء المالكي": a word the gazetteer keeps ambiguous names the
      // person right after a title; later in the document the word alone does too.
      let mayTitle = bits.may(TokenLex.title)
      if let before = surnamed, mayTitle {
        let titled = titledPeople(tokens, s.tokenRange, before, date: doc.date, flags: flags)
        if !titled.isEmptyInPlace {
          for m in titled {
            let name = tokens[m.tokenStart..<m.tokenEnd].map(\.norm).joined(separator: " ")
            people[FoldedKey(name)] = TitleRecognizer.Person(
              code: m.actor, name: name, affiliation: m.code, surname: name)
            surnameEndings.add(name)
          }
          surnamed = (before + titled).sorted { $0.tokenStart < $1.tokenStart }
        }
      }
      // (With no word that may start a title, `recognise` gives the mentions back as they are.)
      if let surnamed,
        let found = mayTitle
          ? titles?.recognise(
            tokens, range: s.tokenRange, mentions: surnamed, cues: cues, personCodes: personCodes,
            flags: flags)
          : TitleRecognizer.Recognised(mentions: surnamed, people: [], unaffiliated: [])
      {
        ms = found.mentions
        for p in found.people {
          people[FoldedKey(p.surname)] = p
          surnameEndings.add(p.surname)
        }
        learnShortNames(
          ms, tokens, into: &people, clashes: &clashingNames, endings: &surnameEndings)
        for r in found.unaffiliated { note(.unknownNameAfterTitle, r.lowerBound, r.upperBound, []) }
        if !found.people.isEmptyInPlace {
          // Cue words inside a title phrase ("المتحدث باسم") belong to the person now.
          cues.removeMatching { c in
            ms.contains { $0.tokenStart < c.tokenEnd && c.tokenStart < $0.tokenEnd }
          }
        }
      }
      // After the titles, which read their own place phrases ("ambassador in Syria Ali Bakr").
      // (A posting needs an envoy's title: `isPosting`.)
      if bits.mayBe(.envoyHead) { ms = dropPostings(ms, tokens, s.tokenRange, cues: cues) }
      // (A wing joins its movement by a word of `wing_head` between: none, nothing to join.)
      if !wholeWordBits || bits.mayHoldWholeWord(.wingHead, index) {
        ms = mergeWings(ms, tokens)
      }
      // (Both drop a mention only after an English "'s" between two mentions: with none, the
      // sentence's mentions are not handed to them.)
      if Self.hasPlacingPossessor(ms, tokens) {
        ms = Self.dropPlacingPossessors(dropForeignOrgans(ms, tokens), tokens)
      }
      ms = anaphora.resolve(
        tokens, range: s.tokenRange, sentence: s.index, mentions: ms, memory: &named,
        flags: flags)
      // The main state is the earlier sentences': this one's may all be foreign.
      let stated = ms
      if bits.mayBeIn(Marker.NamedList.domesticForce.bit) {
        ms = forces.resolve(tokens, range: s.tokenRange, mentions: ms, memory: states)
      }
      if bits.mayBeIn(Marker.NamedList.oppositionWord.bit | Marker.NamedList.governmentWord.bit) {
        ms = oppositions.resolve(tokens, range: s.tokenRange, mentions: ms)
      }
      forces.learn(stated, tokens, range: s.tokenRange, into: &states)
      // The cues read the group of the sentences before (`lastGroup`); this sentence's group
      // is remembered when the sentence is done (not copied aside once a sentence: a copy
      // and destroy of the optional went through the runtime, some 500 instructions).
      let grouped = ms
      defer { GroupMemory.update(&lastGroup, s, grouped) }
      // What is left reads cues: a sentence without a speech cue, and without an actor or a
      // relation cue, yields nothing more (and changes nothing for later sentences) unless the
      // unmatched items are wanted. A speech cue always counts, even with no actor: it may name
      // a new speaker ("وقال وزير الدولة لشؤون الإعلام:"), which changes who "we" is after it.
      // A joint act may name the actors of an earlier sentence with a plural description
      // ("the two countries": `pairsFromGroup`).
      // The cues are tested in place: `contains(where:)` on the array copied each. (One plain
      // loop for the three tests: three calls with their closures cost more than it.)
      var speechCue = false
      var relationCue = false
      var groupFrameCue = false
      cues.withUnsafeBufferPointer { b in
        for k in b.indices {
          let frame = b[k].entry.frame
          if frame == .speech { speechCue = true }
          if b[k].entry.relation != nil {
            relationCue = true
            if frame == .joint || frame == .meet || frame == .verb { groupFrameCue = true }
          }
        }
      }
      let groupCue = lastGroup != nil && groupFrameCue
      let readsCues = speechCue || (!ms.isEmptyInPlace && relationCue) || groupCue
      // "وجاءت الغارات في وقت حساس": a sentence with no actor that names the attack told before
      // again by a bare noun keeps it the topic (read here: such a sentence reads no cue).
      if ms.isEmptyInPlace, lastAttack?.mayBeNamedAgain(in: s.index) == true,
        let ci = (0..<cues.countInPlace).first(where: {
          cues.relation($0) == .strikes && cues.frame($0) == .noun
        })
      {
        ctx.reset(range: s.tokenRange, mentions: ms)
        lastAttack?.noteNamedAgain(at: cues[ci].tokenStart, in: ctx, sentence: s.index)
      }
      // "President Joe Biden said the strikes were a clear message": an English definite
      // attack noun names the attack told before again, whatever actors the sentence has.
      if !ms.isEmpty, lastAttack?.mayBeNamedAgain(in: s.index) == true,
        tokens.kind(s.tokenRange.lowerBound) == .latin
      {
        ctx.reset(range: s.tokenRange, mentions: ms)
        for j in s.tokenRange
        where tokens.kind(j) == .latin && ctx.isMarker(j, .attackNoun) {
          lastAttack?.noteNamedAgain(at: j, in: ctx, sentence: s.index)
          if lastAttack?.namedAgain == s.index { break }
        }
      }
      // "Myanmar's military seized power": the author of a coup, for a later "condemned the
      // coup" (`CoupMemory`).
      let coup = !ms.isEmpty && bits.mayBeIn(Marker.NamedList.coupWord.bit)
      // "China's parliament approved a law", "أصدر مجلس الأمن قرارا": the authors of a
      // decision, for a later "condemned the law" (`DecisionMemory`).
      // (Owned decisions, "India's new law", "قرار مجلس الأمن", need no verb.)
      let decision = !ms.isEmpty && bits.mayBeIn(Marker.NamedList.decisionNoun.bit)
      // "القوة الأوغندية التابعة لبعثة الاتحاد الأفريقي": whose force, for a later welcome of
      // its arrival (`ForceMemory`).
      let force =
        !ms.isEmpty && bits.mayBeIn(Marker.NamedList.deployment.bit)
        && tokens.kind(s.tokenRange.lowerBound) == .arabic
      let memories = coup || decision || force
      if memories {
        // (One reset for the three memories. The gazetteer on: "the coup in Niger" asks whether
        // the actor is a state, and `reset` had turned it off, so that the place was never read.)
        ctx.reset(range: s.tokenRange, mentions: ms)
        ctx.gazetteerOn = true
      }
      if force, let (k, singular) = ctx.forceOwner() {
        let m = ForceMemory(sentence: s, owner: Argument(ms, k))
        if singular { lastForces.singular = m } else { lastForces.plural = m }
      }
      if coup, let k = ctx.coupAuthor() {
        lastCoup = CoupMemory(sentence: s, author: Argument(ms, k))
      }
      if decision, let a = ctx.decisionAuthors() {
        if a.isEmpty {
          // "كما قرر المجلس دعوة ...": a decision with no subject named is the same authors'
          // again.
          lastDecision?.sentence = s
        } else {
          // (Whom it may concern: the actors of its sentence and of the one before.)
          let before = lastRead.sentence == s.index - 1 ? lastRead.mentions : []
          lastDecision = DecisionMemory(
            sentence: s, authors: a,
            others: (before + ms).map(\.code).filter { c in
              !c.isEmpty && !a.contains { $0.code == c }
            })
        }
      }
      guard collectUnmatched || readsCues else { continue }
      // Speech verbs set the speaker before "بلاده" / first-person verbs are resolved.
      // (Right after the memories' reset, for the same range and mentions, its clauses stand.)
      if memories { ctx.resetAgain() } else { ctx.reset(range: s.tokenRange, mentions: ms) }
      let counted = ms
      var localSpeaker: Argument?
      // "أدان الرئيس التركي الهجوم. وأكد رفضه ...": the subject a verb opening the next
      // sentence leaves unsaid: that of the sentence before's first clause, when it read cues.
      // (Found at the first rule that asks: most sentences ask none.)
      var carried = CarriedSubject(available: lastRead.sentence == s.index - 1)
      // (A claim, "claimed responsibility", is a speech cue as well: "claimed" says.)
      // (The tests read the cue in place, `mayReportSpeech`: `cues[ci]` here copied it, three
      // reference-counted fields, at each read and destroyed the copy after.)
      for ci in (0..<cues.countInPlace) where ctx.mayReportSpeech(cues, ci) {
        let cue = cues[ci]
        if let k = ctx.speakerMention(of: cue) {
          speaker = Argument(ms, k)
          localSpeaker = speaker
          break
        }
        // "وكانت إسلام آباد قد شنت غارات ...، قالت إنها استهدفت": an Arabic speech verb
        // with no subject after a comma is the opening verb's subject's.
        if cue.entry.frame == .speech, ctx.isArabic(cue.tokenStart),
          let k = ctx.commaSharedSubject(cue, conjunction: false)
        {
          speaker = Argument(ms, k)
          localSpeaker = speaker
          break
        }
        // "وقال وزير الدولة لشؤون الإعلام:": a new speaker whom no actor names; a "we" or
        // "بلاده" after it is not the previous speaker's.
        if ctx.hasUnnamedSpeaker(cue) {
          speaker = nil
          break
        }
        // "وقال إن ...", "وأضاف": an Arabic speech verb that opens the sentence with no subject
        // is the speaker's again ("he said"); with no speaker known, the person of the sentence
        // before ("وكان الرئيس طالباني قد حذر ... . وقال إن ...").
        if cue.entry.frame == .speech, cue.tokenStart == s.tokenRange.lowerBound,
          ctx.isArabic(cue.tokenStart)
        {
          if !speaker.isSome, let p = named[named.lastPerson], p.sentence == s.index - 1 {
            speaker = Argument(code: p.code, actor: p.actor, tokenStart: p.start, tokenEnd: p.end)
          } else if !speaker.isSome, let f = firstSource, f.sentence == s.index - 1 {
            // "استقبل الرئيس المصري وزير الخارجية الأمريكي. وقال إن ...": a title without a
            // name; the subject of the sentence before acts again.
            speaker = f.argument
          } else if !speaker.isSome, let c = carried.value(lastRead, &openingContext, like: ctx) {
            // "أدانت السعودية الهجوم. وأكدت أنها تقف إلى جانب ...": with no relation told, the
            // subject of the sentence before's first clause.
            speaker = c
          }
          if speaker.isSome {
            localSpeaker = speaker
            break
          }
        }
      }
      if ms.contains(where: { $0.form == .deictic }) {
        // "ورحب رئيس غيانا بالقرار، مؤكداً أنه ملزم، فيما قالت نائبة الرئيس الفنزويلي ... إن
        // بلادها": each "بلاده" is the country of the latest speaker named before it in the
        // sentence, not of the first.
        var speakersBefore: [(start: Int, speaker: Argument)] = []
        for ci in (0..<cues.countInPlace) where ctx.mayReportSpeech(cues, ci) {
          let cue = cues[ci]
          if let k = ctx.speakerMention(of: cue), ms[k].form != .deictic {
            speakersBefore.append((cue.tokenStart, Argument(ms, k)))
          }
        }
        ms = ms.compactMap { m in
          guard m.form == .deictic else { return m }
          guard
            let sp = speakersBefore.last(where: { $0.start < m.tokenStart })?.speaker ?? speaker
          else { return nil }
          var r = m
          r.code = sp.code
          r.actor = sp.actor
          return r
        }
        ctx.mentions = ms
      }
      // (Only a sentence read for its cues counts, so the relations are the same whether or
      // not the unmatched items are collected.)
      // (Kept when the sentence is done: its rules read the sentence before's.)
      defer {
        if readsCues { lastRead.note(s.index, s.tokenRange, counted: counted, mentions: ms) }
      }
      ctx.gazetteerOn = true
      // The sentence's actors, for unmatched items only.
      let codes =
        collectUnmatched ? Array(Set(ms.map(\.code).filter { !$0.isEmpty })).sorted() : []
      let hasRelationCue = (0..<cues.countInPlace).contains { cues.relation($0) != nil }
      if !hasRelationCue && codes.countInPlace >= 2, let f = ms.first, let l = ms.last {
        note(.actorsWithoutCue, f.tokenStart, l.tokenEnd, codes)
      }
      guard ms.countInPlace >= 1 || groupCue else {
        // (By index, in place: `for c in cues` copied each cue.)
        for ci in 0..<cues.countInPlace where cues.relation(ci) != nil {
          note(.cueWithOneActor, cues.tokenStart(ci), cues.tokenEnd(ci), codes)
        }
        continue
      }
      // "هزم المنتخب السعودي نظيره الأرجنتيني": a sentence on sport tells no political relation.
      // (Read once, when a cue first gives a pair: few sentences do.)
      var sport: Bool? = nil
      // A sentence gives a few relations: a list compared one by one costs less than a Set
      // (no hashing of the codes, no table made).
      // (One list for the document, emptied for each sentence: one made for each sentence
      // with a relation was made again as it grew.)
      seen.clearKeepingCapacity()
      var previousSubject: [Argument] = []
      // The pairs of the sentence's last act of force, for a backing named after it.
      var struck: [Candidate] = []
      // A cue is copied only when it has a relation (most have none).
      for ci in (0..<cues.countInPlace) {
        // (The relation read in place first: most cues have none, and `cues[ci]` copied the
        // match.)
        guard cues.relation(ci) != nil else { continue }
        let cue = cues[ci]
        guard let type = cue.entry.relation else { continue }
        // "China vetoed a UN resolution condemning Syria": what a vetoed text says, no one does.
        if ctx.describesVetoedText(cue) { continue }
        var candidates: [Candidate]
        switch cue.entry.frame {
        case .verb:
          // (Kept for this cue only: the partial attack reads it for a verb.)
          verbSubject.forget()
          // "accused the two countries": the object is a group named before.
          // ("vetoed a US-drafted resolution": the text's author, `vetoPairs`.)
          candidates =
            ctx.isVetoCue(cue) ? ctx.vetoPairs(cue) : ctx.pairsToGroupObject(cue, s, lastGroup)
          if candidates.isEmptyInPlace, !ctx.isVetoCue(cue) {
            // "... . وندد بالعدوان الإسرائيلي": an Arabic verb opening the sentence with no
            // subject of its own acts with the subject of the sentence before.
            let opener =
              !localSpeaker.isSome && ctx.isArabic(cue.tokenStart) && ctx.opensSentence(cue)
                && ctx.noSubjectFollows(cue)
              ? carried.value(lastRead, &openingContext, like: ctx) : nil
            candidates = ctx.verbRule(
              cue, speaker: opener ?? speaker, localSpeaker: localSpeaker,
              previousSubject: previousSubject, found: verbSubject)
          }
          // (The first candidate's source read in place: `candidates.first` copied the whole
          // candidate, and destroyed it through its metadata.)
          if !candidates.isEmptyInPlace {
            previousSubject = Self.sharedSources(candidates)
          } else if ctx.isArabic(cue.tokenStart), let found = verbSubject.subject(of: cue),
            let (group, _) = found, let k = group.first
          {
            // "رحبت وزارة الخارجية السورية برفع العقوبات، ... وثمّنت الدور الذي لعبته
            // السعودية": a verb's own subject after it, though it found no object, is the one a
            // coordinated verb after it shares; so is one before it ("وكانت مقديشو قد اعتبرت
            // مذكرة التفاهم اعتداء على سيادتها وطردت السفير الإثيوبي").
            previousSubject = [Argument(ms, k)]
          }
          // "thanked Egypt for its support", "شكر واشنطن على دعمها": the one thanked supports
          // the subject as well.
          if type == .supports {
            candidates.appendUnlessEmpty(ctx.praisedSupportPairs(cue))
          }
        case .noun:
          candidates = ctx.nounRule(cue)
          if candidates.isEmptyInPlace {
            candidates = ctx.speakerVisitRule(cue, speaker: speaker, localSpeaker: localSpeaker)
          }
          // "India pledged full support to Kathmandu and described the Maoists as terrorists": an
          // English noun whose source is the sentence's subject leaves it to a coordinated verb
          // after it, as a verb does.
          if !candidates.isEmptyInPlace, !ctx.isArabic(cue.tokenStart),
            let k = ctx.mainSubject(before: cue.tokenStart),
            candidates[0].source.code == ctx.mentions.code(k),
            candidates[0].source.tokenEnd <= cue.tokenStart
          {
            previousSubject = Self.sharedSources(candidates)
          }
          // "وانضمت روسيا والصين إلى طهران في رفض القرار": the joiners back the one joined.
          candidates += ctx.joinedStanceSupport(cue)
          // "عند اغتيال النائب بيار الجميل قامت قوى 14 آذار ...": a person after an act whose
          // genitive is its victim (named list `victim_genitive`) is no author of it.
          if !candidates.isEmptyInPlace,
            ctx.lexicon.isMarker(tokens, cue.tokenStart, .victimGenitive)
          {
            // "غضبا لاغتيال ...", "احتجاجا على اغتيال ...": those who protest the act are not its
            // authors either.
            let protested = ctx.protestsAct(before: cue.tokenStart)
            candidates.removeAll {
              ($0.source.tokenStart >= cue.tokenEnd
                && ctx.gazetteer?.kind($0.source.actor) == .person)
                || (protested && $0.source.tokenEnd <= cue.tokenStart)
            }
          }
        case .passive: candidates = ctx.passiveRule(cue)
        case .participle: candidates = ctx.participleRule(cue)
        case .agent:
          candidates = ctx.agentRule(cue, speaker: localSpeaker)
          if type == .supports, !struck.isEmptyInPlace, !candidates.isEmptyInPlace {
            candidates = Self.backAttacker(candidates, struck: struck)
          }
        case .patron: candidates = ctx.patronRule(cue)
        case .joint:
          // ("محاولتي اغتيال الوزيرين مروان حمادة والياس المر": the two are victims, not parties.)
          candidates =
            cue.tokenStart > s.tokenRange.lowerBound
              && ctx.lexicon.isMarker(tokens, cue.tokenStart - 1, .victimGenitive)
            ? [] : ctx.jointRule(cue)
          if candidates.isEmptyInPlace, let sp = localSpeaker {
            candidates = ctx.speakerMeetingPairs(cue, speaker: sp)
          }
          if candidates.isEmptyInPlace { candidates = ctx.attendedMeetingPairs(cue) }
        case .meet: candidates = ctx.meetRule(cue, speaker: speaker)
        case .demand:
          candidates = ctx.demandRule(
            cue,
            opener: !localSpeaker.isSome ? carried.value(lastRead, &openingContext, like: ctx) : nil
          )
        case .speech: candidates = []
        case .verdict: candidates = ctx.verdictRule(cue, speaker: localSpeaker)
        }
        // "قتل جنديان عراقيان وجرح 12 آخرون بهجوم انتحاري استهدف ثكنة": the nisba of those a
        // verb of force before kills is its victim, not the author of a later act.
        if type == .strikes, !candidates.isEmptyInPlace,
          cue.entry.frame == .noun || cue.entry.frame == .verb
        {
          ctx.removeAll(from: &candidates) { ctx, c in
            c.source.tokenEnd <= cue.tokenStart && ctx.victimOfVerb(c.source, cues: cues[..<ci])
          }
        }
        if type == .strikes, cue.entry.frame != .agent, !candidates.isEmptyInPlace {
          struck = candidates
        }
        // "وانتقدت الجامعة العربية العملية العسكرية الإسبانية وأعلنت وقوفها إلى جانب المغرب":
        // the pronoun on a noun right after a verb with no subject of its own is the opening
        // subject's, not that of the actor the clause before ended with (read below).
        if !candidates.isEmptyInPlace, cue.entry.frame == .noun, ctx.hasPronoun(cue),
          let v = ctx.subjectlessVerb(before: cue), v > s.tokenRange.lowerBound,
          let k = ctx.openingSubject(before: v),
          candidates.allSatisfy({ c in
            c.source.tokenEnd <= v && c.source.tokenStart > ms.tokenEnd(k)
          })
        {
          candidates.removeAll()
        }
        // "أدانت إيران الهجوم، وأكدت دعمها للحكومة السورية", "... . وأكد رفضه ...": a verbal
        // noun with a pronoun after a verb with no subject of its own takes the subject of the
        // clause before, or of the sentence before.
        if candidates.isEmptyInPlace, cue.entry.frame == .noun || cue.entry.frame == .verb,
          let v = ctx.subjectlessVerb(before: cue)
        {
          // ("ودانت السعودية والإمارات ومصر الغارة، وأعلنت تضامنها مع الدوحة": every actor of
          // a coordinated opening subject.)
          let opening = ctx.openingSubject(before: v)
          let subjects =
            opening.map { k in ctx.groupForward(k).map { Argument(ms, $0) } }
            ?? (v == s.tokenRange.lowerBound
              ? (localSpeaker.isSome
                ? localSpeaker : carried.value(lastRead, &openingContext, like: ctx)).map { [$0] }
              : nil)
            ?? []
          for (n, subject) in subjects.enumerated()
          where !subjects[..<n].contains(where: { $0.code == subject.code }) {
            // Named in an earlier sentence: the evidence runs from that sentence.
            let earlier = sentences.last(where: {
              $0.index < s.index && $0.tokenRange.contains(subject.tokenStart)
            })
            candidates += implicitSubjectPairs(ctx, cue, verb: v, subject: subject).map {
              var c = $0
              c.antecedent = earlier
              return c
            }
          }
        }
        if candidates.isEmptyInPlace, type == .strikes {
          let regions = ctx.regionObjects(of: cue)
          if !places.isEmptyInPlace || !regions.isEmptyInPlace {
            candidates = placeTargets(ctx, cue, places: places + regions, date: doc.date)
          }
          if candidates.isEmptyInPlace { candidates = ctx.attackPhrasePlace(cue, places: places) }
          if candidates.isEmptyInPlace { candidates = ctx.saidOwnedTargetPairs(cue) }
          // "شنت إسرائيل غارات في جنوب لبنان": a state's strikes where they take place.
          if candidates.isEmptyInPlace {
            let hit = ctx.strikePlaces(of: cue)
            if !hit.isEmptyInPlace {
              candidates = placeTargets(ctx, cue, places: hit, date: doc.date).filter {
                ctx.gazetteer?.kind($0.source.code) == .state
              }
            }
          }
          // "قصفت إسرائيل مواقع في جنوب لبنان واستهدفت ...": a verb read by the places it hits
          // still has the subject a coordinated verb after it shares.
          if cue.entry.frame == .verb, !candidates.isEmptyInPlace {
            previousSubject = [candidates[0].source]
          }
        }
        // "فرضت الولايات المتحدة عقوبات على صادرات النفط الإيرانية": a ban on a state's goods
        // opposes the state (a cue that ends in على, or is right before it).
        if candidates.isEmptyInPlace, type == .opposes, cue.tokenEnd < s.tokenRange.upperBound,
          tokens.kind(cue.tokenStart) == .arabic,
          tokens.norm(cue.tokenEnd - 1).sameBytes("\u{0639}\u{0644}\u{064A}")
            || tokens.norm(cue.tokenEnd).sameBytes("\u{0639}\u{0644}\u{064A}")
        {
          let goods = matcher.goodsNisbas(found, tokens, lexicon: lexicon)
          if !goods.isEmptyInPlace {
            candidates = placeTargets(ctx, cue, places: goods, date: doc.date)
          }
        }
        // The rules that read what earlier sentences told, out of line (see
        // `rememberedCandidates`).
        rememberedCandidates(
          &candidates, ctx, cue, type, s, tokens: tokens, localSpeaker: localSpeaker,
          lastAttack: &lastAttack, olderAttack: &olderAttack, lastMeeting: &lastMeeting,
          lastGroup: &lastGroup, lastAct: &lastAct, lastCoup: &lastCoup,
          lastDecision: &lastDecision, lastForces: &lastForces, leadAct: &leadAct)
        // "كما دانت جامعة الدول العربية ما وصفته بالاعتداء على الأراضي السودانية": an attack on
        // a state's territory is no act of that state's; the one told before, by that state, is
        // another.
        if !places.isEmptyInPlace, type == .opposes,
          candidates.contains(where: { $0.rule == "condemned-event" })
        {
          let attacked = ctx.attackedPlaces(after: cue, places: places)
          if !attacked.isEmpty {
            candidates.removeAll {
              $0.rule == "condemned-event" && attacked.contains($0.target.code)
            }
          }
        }
        // "fired missiles at the Al Udeid air base in Qatar, which hosts US forces".
        if type == .strikes, !candidates.isEmptyInPlace {
          candidates += ctx.hostedForcesPairs(cue, candidates)
        }
        // "في ختام محادثات استضافتها الصين", "talks hosted by China": the host meets the
        // parties.
        if type == .negotiatesWith, let h = ctx.talksHost(after: cue) {
          var earlier: [String] = []
          for r in out.reversed() {
            guard r.sentence == s.index else { break }
            if r.relation == .negotiatesWith { earlier += [r.source, r.target] }
          }
          candidates.appendUnlessEmpty(
            ctx.hostPairs(
              host: h, candidates, earlier: earlier, remembered: lastMeeting, sentence: s.index))
        }
        // "struck targets across Yemen in retaliation for Houthi attacks": the attack answered
        // is its author's.
        if type == .strikes, !candidates.isEmptyInPlace {
          candidates.appendUnlessEmpty(ctx.retaliationTargets(cue, candidates))
        }
        // "France and Canada said they backed ...": every actor a plural pronoun names.
        if !named.partners.isEmpty, !candidates.isEmptyInPlace {
          candidates = named.withPartners(candidates)
        }
        if !candidates.isEmptyInPlace {
          if sport == nil {
            sport =
              wholeWordBits && !bits.mayHoldWholeWord(.sportWord, index) ? false : ctx.tellsSport
          }
          if sport == true { continue }
        }
        // "انسحبت النيجر من إيكواس": a cue aimed at one kind of actor only (leaving an
        // organisation, not a town or a state).
        if let kind = cue.entry.targetKind {
          // (The gazetteer bound first: read in the closure, it copied the whole extractor.)
          let gazetteer = matcher.gazetteer
          candidates.removeAll { gazetteer.kind($0.target.code) != kind }
        }
        // "Russia sent tanks to southern Ukraine", "sent troops to northern Syria": a region named
        // by its direction is where what is sent goes, no one who receives it or is backed.
        if type == .supports, !ctx.isArabic(cue.tokenStart) {
          candidates.removeAll { c in
            c.antecedent == nil && c.target.tokenStart > s.tokenRange.lowerBound
              && ctx.isMarker(c.target.tokenStart - 1, .direction)
          }
        }
        // "إن الغارات الإسرائيلية انتهاك لقرار مجلس الأمن": the genitive of an Arabic word of
        // content (a resolution, a plan) is its author, nobody an act of force hits.
        if type == .strikes {
          candidates.removeAll { c in
            c.antecedent == nil && c.target.tokenStart > s.tokenRange.lowerBound
              && ctx.isArabic(c.target.tokenStart - 1)
              && ctx.isMarker(c.target.tokenStart - 1, .contentNoun)
          }
        }
        // "رفضت مصر أي اعتداء على سيادة الصومال": the owner of what is protected is no target.
        if type == .opposes {
          ctx.removeAll(from: &candidates) { ctx, c in
            c.antecedent == nil
              && ctx.ownsProtectedValue(start: c.target.tokenStart, end: c.target.tokenEnd)
          }
        }
        if candidates.isEmptyInPlace {
          // An attack told with one side named: a later sentence may name it again.
          // (A claim, "claimed responsibility", tells no attack of its own.)
          // ("Qatar's air defences intercepted all but one of the 14 missiles": a defence against
          // projectiles whose owner goes unnamed is no attack of its own; the one told before
          // stays remembered.)
          // (Nor an attack answered, "in retaliation for American strikes on": its pair may be
          // found already, by `retaliationTargets`; nor the answer, "returned fire".)
          // (Nor an attack that goes on, "would keep targeting ships": a course, not the one
          // attack a later condemnation names; nor one set against another or that should have
          // been, "should have fought soldiers rather than killed people".)
          if type == .strikes, !ctx.isClaimCue(cue), negation(ctx, cue) == nil,
            !isHypothetical(ctx, cue), !ctx.answersAttack(cue), !ctx.isAnswerCue(cue),
            !ctx.continuesAct(before: cue.tokenStart), !ctx.untoldAct(cue),
            !(cue.entry.needs == .projectile
              && ctx.lexicon.isMarker(tokens, cue.tokenStart, .projectileStop))
          {
            // (The two sides bound apart and tested by their case: `p.source != nil` on the pair
            // compared a tuple of two optionals, copied and destroyed through its metadata.)
            let (pSource, pTarget) = ctx.partialAttack(cue, found: verbSubject)
            let sideNamed = pSource.isSome || pTarget.isSome
            if let m = lastAttack, m.sentence.index == s.index, sideNamed {
              // "attacked a police station ..., killing 10 policemen": one attack told twice;
              // the later cue's sides count, the earlier ones fill what it lacks, and where the
              // two would make one actor strike itself the earlier reading stays.
              let source = pSource ?? m.source
              let target = pTarget ?? m.target
              // (The agents of the earlier reading stay its partners when the agent is theirs.)
              lastAttack =
                source?.code == target?.code
                ? m
                : AttackMemory(
                  sentence: s, source: source, target: target,
                  partners: source?.code == m.source?.code ? m.partners : [],
                  storming: m.storming || ctx.isStorming(cue))
            } else if !pSource.isSome, let m = lastAttack, m.source.isSome,
              m.gap(at: s.index) == 1
            {
              // "Israel carried out an air strike on Hamas leaders in Doha. Hamas said five of
              // its members and a Qatari officer were killed": victims with no agent, told right
              // after an attack, are its toll; the attack stays the one remembered.
            } else if pTarget == nil, let agent = pSource, let m = lastAttack,
              let first = m.source, !m.partners.isEmpty, m.sentence.index != s.index,
              first.code == agent.code || m.partners.contains(where: { $0.code == agent.code })
            {
              // "US and British forces struck ... . Biden said the strikes hit radar systems":
              // one agent of the attack told before naming it again; its other agents stay.
              lastAttack?.noteNamedAgain(at: cue.tokenStart, in: ctx, sentence: s.index)
            } else if sideNamed {
              if let m = lastAttack, m.sentence.index != s.index { olderAttack = m }
              lastAttack = AttackMemory(
                sentence: s, source: pSource, target: pTarget, storming: ctx.isStorming(cue))
            } else if cue.entry.frame == .noun {
              // "وتأتي الغارات بعد أيام من ...": the attack told before, named again.
              lastAttack?.noteNamedAgain(at: cue.tokenStart, in: ctx, sentence: s.index)
            }
          }
          note(
            codes.countInPlace >= 2 ? .cueWithoutArguments : .cueWithOneActor, cue.tokenStart,
            cue.tokenEnd, codes)
          continue
        }
        var relationType = type
        // A refused cue gives the relation the refusal expresses; it is stated, not denied.
        var refused = false
        let political = cue.entry.towardPolitics
        // "Egypt rejected the agreement between Turkey and Libya": an outsider's refusal of a
        // joint act whose parties follow "between" leaves the act as it is.
        if let by = negation(ctx, cue),
          !(ctx.isMarker(by, .refusal) && candidates.allSatisfy { $0.rule == "joint-between" }),
          // "أعربت إيران عن رفضها للدعم الأمريكي لإسرائيل", "Iran rejected US support for
          // Israel": a refusal of support whose author is named with its noun, after the word
          // of refusal, leaves the support as it is (the refusal is a stance of its own).
          !(ctx.isMarker(by, .refusal) && type == .supports && cue.entry.frame == .noun
            && !candidates.isEmpty
            && candidates.allSatisfy {
              $0.source.tokenStart > by
                && (ctx.isArabic(cue.tokenStart)
                  ? $0.source.tokenStart >= cue.tokenEnd : $0.source.tokenEnd <= cue.tokenStart)
            })
        {
          // "رفض التفاوض مع X", "refused to support X": a refusal of cooperation opposes.
          // "علق الاتحاد الأوروبي دعمه للنيجر": so does support suspended or frozen (list
          // `suspension`); support stopped ("أوقفت", "cut") is only denied.
          let suspended =
            type == .supports && ctx.lexicon.isMarker(tokens, by, .suspension)
          if suspended {
            relationType = .opposes
            refused = true
          } else {
            // "the armed forces would not recognise Guaido", "لا تعترف بالحكومة": a plain
            // negation of recognition refuses it (list `negated_refusal`).
            guard
              ctx.isMarker(by, .refusal)
                || ctx.lexicon.isMarker(tokens, cue.tokenStart, .negatedRefusal),
              let opposite = cue.entry.whenRefused
            else {
              note(.negated, cue.tokenStart, cue.tokenEnd, codes)
              continue
            }
            relationType = opposite
            refused = true
          }
        } else if let opposite = cue.entry.whenRefused, let w = ctx.withdrawer(from: cue) {
          // "انسحبت الولايات المتحدة من الاتفاق مع إيران": leaving a joint act is refusing it;
          // the one who leaves is the source.
          relationType = opposite
          refused = true
          let leaving = ctx.mentions[w].code
          candidates = candidates.compactMap { c in
            if c.source.code == leaving { return c }
            guard c.target.code == leaving else { return nil }
            var r = c
            swap(&r.source, &r.target)
            return r
          }
        }
        let hypothetical = isHypothetical(ctx, cue)
        // ("وكانت المقاومة الإسلامية قد تبنت عشرات الهجمات": an attack told as background, in
        // the pluperfect, does not take the place of the one the report is about.)
        if relationType == .strikes, !refused, !hypothetical, let c = candidates.first,
          lastAttack == nil || !ctx.isPluperfect(cue),
          // ("the NUG, which is fighting the junta": an ongoing act describing an actor; "said
          // the group would keep targeting ships": an act said to go on.)
          !ctx.describesOngoingAct(cue), !ctx.continuesAct(before: cue.tokenStart),
          // (Clashes, an attack answered, a defence: `AttackMemory.staysOver`.)
          lastAttack?.staysOver(c, told: cue, in: ctx, sentence: s.index) != true
        {
          var attack = AttackMemory(
            sentence: s, source: c.source, target: c.target, storming: ctx.isStorming(cue))
          // ("U.S. and British warplanes struck": every agent of the one attack.)
          for o in candidates
          where !o.source.code.isEmpty && o.source.code != c.source.code
            && o.source.code != c.target.code && o.target.code == c.target.code
            && !attack.partners.contains(where: { $0.code == o.source.code })
          {
            attack.partners.append(o.source)
          }
          if let m = lastAttack, m.sentence.index != s.index { olderAttack = m }
          lastAttack = attack
        }
        let cueText = text(cue.tokenStart, cue.tokenEnd - 1)
        for c in candidates where c.source.code != c.target.code && !c.source.code.isEmpty {
          // The rule of the candidate's relations, made when the first is kept.
          var ruleText: String?
          // "نصر الله يهاجم قوى 14 آذار", "attacked the UN chief": words aimed at a person, party
          // or organisation.
          // (Not for a target named in an earlier sentence: its context is not this one.)
          // "hits 13 Venezuelans with sanctions", "استهدفت واشنطن طهران بعقوبات": force words
          // used of economic measures state a stance.
          // (A rule may state the relation itself: "received German tanks" is support; refused,
          // it states nothing.)
          if refused, c.relation != nil { continue }
          let relationType =
            c.relation
            ?? (!refused && political != nil && c.antecedent == nil
              && (isPolitical(c.target, ctx) || isPoliticalSource(c.source, cue, ctx))
              ? political ?? relationType
              : !refused && relationType == .strikes && measureFollows(cue, ctx)
                ? .opposes : relationType)
          // "قاتل", "war against": fighting states a stance as well as force; so does a strike
          // vowed or threatened ("vowed to crush Boko Haram"), whose stance is no hypothesis.
          let vowed = hypothetical && relationType == .strikes && vowedStrike(ctx, cue)
          let also =
            refused || relationType != type ? nil : cue.entry.alsoStates ?? (vowed ? .opposes : nil)
          // The type, then the one it also states (no list of the two made).
          for round in 0..<2 {
            guard let relationType = round == 0 ? relationType : also else { break }
            var a = c.source.code
            var b = c.target.code
            if relationType.isSymmetric && b < a { swap(&a, &b) }
            // (An act asked of or charged to an actor is no fact, whatever the cue's mood:
            // "requested-act".)
            let flagged =
              (hypothetical || c.rule == "requested-act")
              && !ctx.requestsStance(cue, source: c.source)
              && !(round == 1 && vowed)
            // "Erdogan pledged to stand by Azerbaijan, and Turkish officers have trained the
            // Azerbaijani army": a fact after the same relation as a hypothesis is told too.
            let key = SeenRelation(
              source: a, relation: relationType, target: b, hypothetical: flagged)
            guard !seen.contains(key),
              !flagged
                || !seen.contains(
                  SeenRelation(source: a, relation: relationType, target: b, hypothetical: false))
            else { continue }
            if seen.capacity < 4 { seen.reserveCapacity(4) }
            seen.append(key)
            // (The subject of a verb: "الاعتداء الإسرائيلي" names an author, no subject.)
            if firstSource?.sentence != s.index, c.antecedent == nil,
              cue.entry.frame == .verb || cue.entry.frame == .meet
            {
              firstSource = (c.source, s.index)
            }
            // The meeting this sentence told, for one who joins it later (`MeetingMemory`).
            if relationType == .negotiatesWith, !hypothetical {
              if c.rule == "joined-meeting" {
                lastMeeting?.add(c.source)
              } else if c.antecedent == nil,
                cue.entry.frame == .meet || cue.entry.frame == .joint || cue.entry.frame == .verb
              {
                if lastMeeting?.sentence.index != s.index {
                  lastMeeting = MeetingMemory(sentence: s, parties: [])
                }
                lastMeeting?.add(c.source)
                lastMeeting?.add(c.target)
              }
            }
            // The act this sentence told, for a reaction in the next one (`ActMemory`).
            // (Not the attack it answers: "in retaliation for American strikes".)
            if c.antecedent == nil, !hypothetical, c.rule != "retaliation-answered" {
              if lastActSentence != s.index {
                lastActSentence = s.index
                lastAct = ActMemory(
                  sentence: s, cueStart: cue.tokenStart, actors: [], relation: relationType,
                  speaker: localSpeaker)
              }
              // ("حمّلت نيودلهي إسلام آباد مسؤولية الهجوم", "held Pakistan responsible": holding
              // someone responsible accuses them.)
              if ctx.isAccusation(cue.tokenStart) || cue.entry.needs == .responsibility,
                lastAct?.accusers.contains(where: { $0.code == c.source.code }) == false
              {
                lastAct?.accusers.append(c.source)
              }
              if lastAct?.cueStart == cue.tokenStart {
                // (Both sides when both were the subject: "Ethiopia and Eritrea signed a deal".)
                let both = relationType.isSymmetric && c.rule.hasSuffixBytesFirst("joint-subject")
                // (The sides by number: a list of them was allocated for every relation.)
                for side in 0..<(both ? 2 : 1) {
                  let a = side == 0 ? c.source : c.target
                  if lastAct?.actors.contains(where: { $0.code == a.code }) == false {
                    // (Room for both sides at the first.)
                    if lastAct?.actors.isEmpty == true { lastAct?.actors.reserveCapacity(2) }
                    lastAct?.actors.append(a)
                  }
                }
                // (And whom it acted on, for one who follows suit.)
                if !both, lastAct?.targets.contains(where: { $0.code == c.target.code }) == false {
                  lastAct?.targets.append(c.target)
                }
              }
            }
            // (Room for a document's relations at once, not one more at a time.)
            if out.isEmpty { out.reserveCapacity(8) }
            out.append(
              Relation(
                doc: doc.id, sentence: s.index, source: c.source.code, relation: relationType,
                target: c.target.code, cue: cueText,
                evidence: c.antecedent.map {
                  text($0.tokenRange.lowerBound, s.tokenRange.upperBound - 1)
                }
                  ?? evidence(),
                span: [c.antecedent?.start ?? s.start, s.end],
                sourceText: text(c.source.tokenStart, c.source.tokenEnd - 1),
                targetText: text(c.target.tokenStart, c.target.tokenEnd - 1),
                negated: false,
                hypothetical: flagged,
                confidence: (cue.entry.confidence * c.confidence * 100).rounded() / 100,
                rule: ruleText ?? ruleName(cue.entry, c.rule, into: &ruleText),
                sourceActor: c.source.actor == c.source.code ? nil : c.source.actor,
                targetActor: c.target.actor == c.target.code ? nil : c.target.actor,
                date: day))
          }
        }
      }
      // The lead's act: the first act told by the document's first or second sentence.
      if leadAct == nil, s.index <= 1, lastActSentence == s.index,
        lastAct?.actors.isEmpty == false
      {
        leadAct = lastAct
      }
      // "South Korea's spy agency said North Korea had sent troops to Russia. Moscow dismissed
      // the claim": a sentence that reports what a speaker said of another actor, and tells no
      // act of its own, leaves the speaker as the author of the claim the next one denies.
      // (Only a sentence read for its cues: the relations are the same whether or not the
      // unmatched items are collected.)
      if readsCues, lastActSentence != s.index, let sp = localSpeaker,
        ms.contains(where: { m in
          !m.code.isEmpty && m.code != sp.code && m.tokenStart > sp.tokenEnd
        })
      {
        lastActSentence = s.index
        lastAct = ActMemory(
          sentence: s, cueStart: sp.tokenStart, actors: [], relation: .opposes, speaker: sp)
      }
    }
    return DocumentTrace(relations: out, unmatched: unmatched)
  }

  /// The rules of `trace` that read what earlier sentences told (attacks, meetings, groups,
  /// acts), tried in turn while the cue has no `candidates`, then the pairs of a blamed event.
  /// Each rule is called only where its first tests, on the cue's frame and relation and on its
  /// memory being there, can pass. (Out of line, the context, the cue and the memories borrowed
  /// for all of them: in `trace` each call copied the memory it read and retained the cue, and a
  /// test of the cue there made the optimizer copy the whole context for later calls. The
  /// memories are passed `inout`, which they are not changed by, as addresses: by value each was
  /// copied for the call.)
  @inline(never)
  private func rememberedCandidates(
    _ candidates: inout [Candidate], _ ctx: SentenceContext, _ cue: Lexicon.Match,
    _ type: RelationType, _ s: Sentence, tokens: [Token], localSpeaker: Argument?,
    lastAttack: inout AttackMemory?, olderAttack: inout AttackMemory?,
    lastMeeting: inout MeetingMemory?, lastGroup: inout GroupMemory?, lastAct: inout ActMemory?,
    lastCoup: inout CoupMemory?, lastDecision: inout DecisionMemory?,
    lastForces: inout ForceMemory.Last, leadAct: inout ActMemory?
  ) {
    let frame = cue.entry.frame
    if candidates.isEmptyInPlace {
      // ("شنت إسرائيل هجوما على إيران. ودانت السعودية الاعتداءات الإسرائيلية على إيران، كما
      // أدانت قطر الهجوم": the attack told before, told again in this sentence by the same
      // sides, is still the one remembered.)
      let recent =
        lastAttack?.sentence.index == s.index && olderAttack?.source != nil
          && olderAttack?.source?.code == lastAttack?.source?.code
          && olderAttack?.target?.code == lastAttack?.target?.code
        ? olderAttack : lastAttack
      candidates =
        olderAttack != nil
          && ctx.namesOlderTarget(
            cue, last: lastAttack?.target?.code, older: olderAttack?.target?.code)
        ? pairsFromMemory(ctx, cue, s, olderAttack, speaker: localSpeaker)
        : recent != nil
          ? pairsFromMemory(ctx, cue, s, recent, speaker: localSpeaker) : []
      candidates.appendUnlessEmpty(ctx.otherAgents(candidates, lastAct))
    }
    if candidates.isEmptyInPlace, lastAttack != nil, frame == .verb,
      tokens.kind(cue.tokenStart) != .arabic
    {
      candidates = responsePairs(ctx, cue, s, lastAttack)
    }
    if candidates.isEmptyInPlace, lastMeeting != nil, frame == .verb, type == .negotiatesWith {
      candidates = ctx.joinedMeetingPairs(cue, s, lastMeeting)
    }
    if candidates.isEmptyInPlace, frame == .verb, type == .negotiatesWith {
      candidates = ctx.coAttendancePairs(cue)
    }
    if candidates.isEmptyInPlace, lastMeeting != nil, type == .supports {
      candidates = ctx.contactSupportPairs(cue, s, lastMeeting)
    }
    if candidates.isEmptyInPlace, frame == .joint || frame == .meet {
      candidates = ctx.pairsFromGroup(cue, s, lastGroup)
    }
    if candidates.isEmptyInPlace, frame == .joint || frame == .meet {
      candidates = ctx.pairsFromSentencePair(cue)
    }
    if candidates.isEmptyInPlace {
      candidates = ctx.pairsFromGroupSubject(cue, s, lastGroup)
    }
    if candidates.isEmptyInPlace, frame == .demand {
      candidates = ctx.pairsFromGroupAsker(cue, s, lastGroup)
    }
    if candidates.isEmptyInPlace, frame == .verdict, lastGroup != nil {
      candidates = ctx.groupVerdictPairs(cue, s, lastGroup, speaker: localSpeaker)
    }
    if candidates.isEmptyInPlace, frame == .joint, type == .negotiatesWith,
      let w = ctx.withdrawer(from: cue)
    {
      candidates = ctx.withdrawalPairs(cue, withdrawer: w)
    }
    if candidates.isEmptyInPlace, frame == .verb, type == .opposes || type == .supports {
      candidates = ctx.clauseReactionPairs(cue)
    }
    if candidates.isEmptyInPlace, lastCoup != nil, frame == .verb {
      candidates = ctx.coupReactionPairs(cue, lastCoup, sentence: s)
    }
    // "رحبت مصر بقرار مجلس الأمن. وانتقدت روسيا القرار": when the sentence of the act told
    // before also told a decision, a reaction that names a decision is to the decision's
    // authors, not to the act's.
    if candidates.isEmptyInPlace, frame == .verb || frame == .noun,
      let d = lastDecision?.sentence.index, d == lastAct?.sentence.index
    {
      candidates = ctx.decisionReactionPairs(cue, lastDecision, sentence: s)
    }
    if candidates.isEmptyInPlace, lastAct != nil {
      candidates = ctx.actReactionPairs(cue, s, lastAct)
    }
    if candidates.isEmptyInPlace, lastAct != nil, frame == .verb {
      candidates = ctx.followedSuitPairs(cue, s, lastAct)
    }
    if candidates.isEmptyInPlace, lastAct != nil {
      candidates = ctx.relativeDenialPairs(cue, s, lastAct)
    }
    if candidates.isEmptyInPlace, lastAct != nil {
      candidates = ctx.involvementDenialPairs(cue, s, lastAct)
    }
    if candidates.isEmptyInPlace, lastDecision != nil, frame == .verb || frame == .noun {
      candidates = ctx.decisionReactionPairs(cue, lastDecision, sentence: s)
    }
    if candidates.isEmptyInPlace, lastForces.singular != nil || lastForces.plural != nil,
      frame == .verb, type == .supports
    {
      candidates = ctx.welcomedForcePairs(cue, lastForces, sentence: s)
    }
    if candidates.isEmptyInPlace, lastDecision != nil, frame == .verdict {
      candidates = ctx.decisionVerdictPairs(
        cue, lastDecision, sentence: s, speaker: localSpeaker)
    }
    if candidates.isEmptyInPlace, lastAct != nil, frame == .verdict {
      candidates = ctx.actVerdictPairs(cue, s, lastAct, speaker: localSpeaker)
    }
    if candidates.isEmptyInPlace, leadAct != nil, frame == .verb || frame == .verdict {
      candidates = ctx.leadReactionPairs(cue, s, leadAct, speaker: localSpeaker)
    }
    if candidates.isEmptyInPlace, lastAct != nil || leadAct != nil,
      frame == .verb || frame == .verdict
    {
      candidates = ctx.linkedActReactionPairs(
        cue, s, last: lastAct, lead: leadAct, speaker: localSpeaker)
    }
    if candidates.isEmptyInPlace, frame == .verb, type == .opposes,
      tokens.kind(cue.tokenStart) != .arabic
    {
      candidates = ctx.blamePairs(cue)
    }
    // "A car bomb killed 12 Spanish soldiers. Police blamed ETA.": the one blamed strikes
    // the victim of the attack told before (English).
    if type == .opposes, lastAttack != nil {
      candidates.appendUnlessEmpty(blamedEventPairs(ctx, cue, s, lastAttack))
    }
  }

  /// "frame/rule origin", the rule a relation names, written in one piece (one allocation,
  /// not an interpolation's appends); it is kept in `cache` for the candidate's next relation.
  func ruleName(_ entry: CueEntry, _ rule: String, into cache: inout String?) -> String {
    let frame = entry.frame.rawValue
    let origin = entry.origin
    let count = frame.utf8.count + rule.utf8.count + origin.utf8.count + 2
    let name = String(unsafeUninitializedCapacity: count) { buffer in
      var k = 0
      func put(_ s: String) { k = buffer[k...].initialize(fromContentsOf: s.utf8) }
      put(frame)
      buffer[k] = 0x2F  // "/"
      k += 1
      put(rule)
      buffer[k] = 0x20  // " "
      k += 1
      put(origin)
      return k
    }
    cache = name
    return name
  }

  /// A word of `measure` (sanctions, tariffs, an embargo) in the cue's clause within eight
  /// tokens after it.
  func measureFollows(_ cue: Lexicon.Match, _ ctx: SentenceContext) -> Bool {
    let c = ctx.clauseOf(cue.tokenStart)
    // (A plain loop, the word's bits before its clause; clause numbers never fall along a
    // sentence, so past a token of a later clause none is in clause `c`.)
    var q = cue.tokenEnd
    let end = min(ctx.range.upperBound, cue.tokenEnd + 8)
    while q < end {
      if lexicon.isMarker(ctx.tokens, q, .measure) {
        let cq = ctx.clauseOf(q)
        if cq == c { return true }
        if cq > c { return false }
      }
      q += 1
    }
    return false
  }

  /// "شن الحزب هجوما على الحكومة", "شن رئيس الحزب التقدمي الاشتراكي وليد جنبلاط هجوما عنيفا
  /// على حزب الله": a party named as such, or a person (not of an armed group) with a word of
  /// speech after the act ("حادا", "لاذعا": named list `verbal`), attacks with words; so does a
  /// person who is an Arabic attack verb's own subject ("هاجم أردوغان إسرائيل").
  func isPoliticalSource(_ a: Argument, _ cue: Lexicon.Match, _ ctx: SentenceContext) -> Bool {
    let g = matcher.gazetteer
    let kind = g.kind(a.code)
    let person = a.actor.hasPrefix("PER_") || g.kind(a.actor) == .person
    if kind == .party, !person { return true }
    guard person, kind != .armedGroup else { return false }
    // "وهاجم أردوغان إسرائيل في كلمته": an Arabic verb of attacking whose subject is a person
    // of a state or a body (no armed group's) is said, not fought.
    // (The verb's own subject: right after it, past a title, or right before it; not "مسلحون
    // موالون لمقتدى الصدر", the person whose gunmen attack.)
    if cue.entry.frame == .verb, ctx.isArabic(cue.tokenStart),
      a.tokenEnd == cue.tokenStart
        || (a.tokenStart >= cue.tokenEnd
          && (cue.tokenEnd..<a.tokenStart).allSatisfy({ ctx.isMarker($0, .personHead) }))
    {
      return true
    }
    guard cue.tokenEnd < ctx.range.upperBound else { return false }
    return lexicon.isMarker(ctx.tokens, cue.tokenEnd, .verbal)
  }

  /// True when the argument is a party, an organisation or a person who is not an armed group's
  /// (verbal attacks aim there).
  func isPolitical(_ a: Argument, _ ctx: SentenceContext) -> Bool {
    // "قوات حفتر", "Haftar's forces": force nouns make it fighting.
    func force(_ k: Int) -> Bool { ctx.range.contains(k) && ctx.isMarker(k, .forceNoun) }
    if force(a.tokenStart - 1) || force(a.tokenEnd) || force(a.tokenEnd + 2) { return false }
    // "attacked an African Union base", "هاجموا مقر الأمم المتحدة": a place or vehicle of the
    // organisation is hit.
    func targetHead(_ k: Int) -> Bool { ctx.range.contains(k) && ctx.isMarker(k, .targetHead) }
    if targetHead(a.tokenStart - 1) || targetHead(a.tokenEnd) { return false }
    let g = matcher.gazetteer
    let kind = g.kind(a.code)
    if kind == .party || kind == .organisation { return true }
    // A person, unless a commander of an armed group ("attacked Haftar" is fighting).
    let person = a.actor.hasPrefix("PER_") || g.kind(a.actor) == .person
    return person && kind != .armedGroup
  }
}

extension Array {
  /// Appends `more` when it has elements. (Most rules add nothing; `+=` with an empty array
  /// still went through the generic append, some 130 instructions.)
  @inline(__always)
  mutating func appendUnlessEmpty(_ more: [Element]) {
    if !more.isEmpty { append(contentsOf: more) }
  }
}
