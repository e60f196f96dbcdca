/// Resolves definite descriptions to the actor they refer back to, within a document:
/// - a head noun that named an actor earlier ("حكومة الوفاق" ... "الحكومة", "the Saudi-led
///   coalition" ... "the coalition", "الجيش الأمريكي" ... "الجيش") resolves to that actor;
/// - a description of an armed group ("the rebels", "the militants", "الجماعة المسلحة")
///   resolves to the group named last (gazetteer kinds `armed-group` and `party`).
///
/// Heads are the words of markers `anaphoric_head`; group descriptions those of
/// `group_anaphor`. Only descriptions that stand alone are read: "the group of seven", "the
/// government of Egypt" or "الحركة الإسلامية" name something else and are left alone.
struct DefiniteAnaphora {
  let gazetteer: Gazetteer
  let lexicon: Lexicon
  /// How many sentences back a group antecedent may be (0 = the same sentence only).
  var groupWindow = 3
  /// How many sentences back a head-noun antecedent may be.
  var headWindow = 10
  /// The bits of `subject_pronoun` and `possessive`, read once (the test runs on every English
  /// word).
  let pronounBits = Self.pronounBits
  /// The bit of `latter`, read once (a static list read a lazy global on every Arabic word).
  let latterBit = Marker.NamedList.latter.bit

  /// The bits of `group_anaphor` and `group_anaphor_modifier`: an English word with one may
  /// start a group's description with no article (`bareGroup`, `countedGroup`).
  static var groupWordMask: UInt64 {
    Marker.groupAnaphor.mask | Marker.groupAnaphorModifier.mask
  }

  /// The bits of `subject_pronoun` and `possessive`.
  static var pronounBits: Marker.NamedBits {
    Marker.NamedList.subjectPronoun.bit | Marker.NamedList.possessive.bit
  }

  /// Whether the folded Latin word `p[0..<n]` is "the", "this" or "him" (the object pronoun
  /// `description` reads), the words besides the pronoun lists that `mayStartDescription` takes
  /// for a description's start.
  @inline(__always)
  static func isTheThisOrHim(_ p: UnsafePointer<UInt8>, _ n: Int) -> Bool {
    if n == 3, p[0] == 0x68, p[1] == 0x69, p[2] == 0x6D { return true }
    guard n == 3 || n == 4, p[0] == 0x74, p[1] == 0x68 else { return false }
    return n == 3 ? p[2] == 0x65 : p[2] == 0x69 && p[3] == 0x73
  }

  /// `mayStartDescription` of an Arabic word looked up as `lex` (`TokenLex.description`).
  static func mayDescribe(_ lex: TokenLex) -> Bool {
    lex.strippedMarkers & Marker.forceNoun.mask != 0
      || lex.articleMarkers & (Marker.groupAnaphor.mask | Marker.anaphoricHead.mask) != 0
      || lex.namedMarkers & Marker.NamedList.latter.bit != 0
  }

  init(gazetteer: Gazetteer, lexicon: Lexicon) {
    self.gazetteer = gazetteer
    self.lexicon = lexicon
  }

  /// An actor a description can refer back to.
  struct Antecedent {
    var code: String
    var actor: String
    var sentence: Int
    /// Where the mention starts and ends (token indices).
    var start: Int = 0
    var end: Int = 0
    /// Whether a preposition stands right before it ("الى سوريا", "to Syria").
    var oblique = false

    /// The same actor named again at `span` of sentence `sentence`, as a subject would be.
    func namedAgain(at span: Range<Int>, sentence: Int) -> Antecedent {
      var again = self
      again.sentence = sentence
      again.start = span.lowerBound
      again.end = span.upperBound
      again.oblique = false
      return again
    }
  }

  /// What the document has named so far. Every actor learned is stored once, in `named`; the
  /// other fields hold places in it (-1 for none), so remembering an actor copies no strings.
  struct Memory {
    /// The actors learned, in order.
    var named: [Antecedent] = []
    /// By folded head word ("حكومه", "coalition").
    var heads: [FoldedKey: Int32] = [:]
    /// The armed group or party named last.
    var group: Int32 = -1
    /// The actor named last.
    var last: Int32 = -1
    /// The person, and the actor that is not a person, named last.
    var lastPerson: Int32 = -1
    var lastOther: Int32 = -1
    /// The state named last and the other state named before it ("هذا البلد", "the country"
    /// refer to one of them).
    var lastState: Int32 = -1
    var otherState: Int32 = -1
    /// The first actor of its sentence that is no preposition's object: the sentence's subject
    /// in English news ("X said it ...", "the UAE, which it accuses").
    var subject: Int32 = -1

    /// The other actors of a plural pronoun ("they", "their forces") by the token it starts
    /// at: those named in one list with the actor it resolved to ("France and Canada said they
    /// ..."); its mention names that actor alone.
    var partners: [Int: [Antecedent]] = [:]
    /// The list a plural pronoun named, by its place in `named` (a sentence-opening "they"
    /// stored as the sentence's subject).
    var lists: [Int32: [Antecedent]] = [:]

    /// The actor at place `i` of `named`; nil for -1.
    subscript(_ i: Int32) -> Antecedent? {
      i >= 0 && Int(i) < named.count ? named[Int(i)] : nil
    }
  }

  /// The folded words for "country" that refer back to the state named last; "the government"
  /// does too when no government was named before ("Yemen ... the government").
  static let countryHeads: Set<FoldedKey> = Set(
    [
      "\u{0628}\u{0644}\u{062F}", "\u{0628}\u{0644}\u{0627}\u{062F}", "country",
      "\u{062D}\u{0643}\u{0648}\u{0645}\u{0629}", "\u{0645}\u{0645}\u{0644}\u{0643}\u{0629}",
      "government", "kingdom",
    ].map {
      FoldedKey(Normalizer.normalize($0))
    })
  /// "junta", folded: the head a military government named before takes.
  static let juntaHead = FoldedKey("junta")
  /// "bloc", folded: the head an English description of an intergovernmental body takes.
  static let blocHead = FoldedKey("bloc")
  /// "منظمة", folded: the head an Arabic description of an intergovernmental body takes
  /// ("المنظمة الإقليمية", "المنظمة الدولية").
  static let bodyHead = FoldedKey(Normalizer.normalize("\u{0645}\u{0646}\u{0638}\u{0645}\u{0629}"))

  /// The lengths and first and last bytes of `countryHeads`.
  static let countryHeadShape = WordShape(countryHeads.map(\.string))

  /// `countryHeads.contains(FoldedKey(word))`, most words ruled out without hashing them.
  static func isCountryHead(_ word: String) -> Bool {
    countryHeadShape.mayContain(word) && countryHeads.contains(FoldedKey(word))
  }

  /// `mentions` with every description in `range` added (resolved, or dropped when nothing
  /// fits), in order; `memory` learns the actors named in the sentence.
  func resolve(
    _ tokens: [Token], range: Range<Int>, sentence: Int, mentions: [Mention],
    memory: inout Memory, flags: TokenFlags = .none
  ) -> [Mention] {
    // `mentions` with the resolved descriptions, made once the first one is found.
    var out: [Mention] = []
    var copying = false
    var next = 0
    var i = range.lowerBound
    func take(upTo position: Int) {
      while next < mentions.count && mentions[next].tokenStart < position {
        learn(mentions, next, tokens, range: range, sentence: sentence, memory: &memory)
        if copying { out.append(mentions[next]) }
        next += 1
      }
    }
    // (The words whose bits rule out a description, the looked-up Latin words that are no
    // pronoun and neither "the" nor "this", and the words neither Arabic nor Latin, skipped in
    // one scan: `mayStartDescription` would say false. A looked-up word carries the test's
    // answer as a bit, `TokenLex.description`.)
    while i < range.upperBound {
      // (With the document's flags, the same test read eight tokens a step: `TokenFlags`.)
      i =
        flags.isEmpty
        ? tokens.nextIndex(from: i, to: range.upperBound) {
          $0.lex.isAnalyzed
            ? $0.lex.flags & TokenLex.description != 0 : $0.kind == .arabic || $0.kind == .latin
        } : flags.next(TokenLex.description, from: i, to: range.upperBound, in: tokens)
      guard i < range.upperBound else { break }
      take(upTo: i + 1)
      // Most words start no description: a bit test or a look at the bytes skips them.
      guard mayStartDescription(tokens, i) else {
        i += 1
        continue
      }
      if let d = description(tokens, at: i, range: range, mentions: mentions) {
        var found: Antecedent?
        // Whether a description with a head of its own found its antecedent (not a pronoun).
        var described = false
        // "the country" names the state of the actor it refers to, even a person's.
        var country = false
        // Where `found` is in `memory.named`, for a plural pronoun's partners (-1: not read).
        var plural: Int32 = -1
        if d.possessed {
          // "قواتها", "its forces": the actor named just before.
          var a = memory.last
          // "The Khmer Rouge have denounced the poll as a fraud staged by the UN. Their fighters
          // killed ...": "its" or "their" opening a sentence names the subject of the sentence
          // before rather than a preposition's object; "their" there, like "they", the armed
          // group or party named last, when the sentence before named it.
          if tokens[i].kind == .latin, i == range.lowerBound {
            // ("Indonesia, which chairs ASEAN, has tried to broker a settlement. Its foreign
            // minister held talks": a title's owner is the subject, though ASEAN was named
            // last and as no preposition's object.)
            if d.titled, let s = memory[memory.subject], s.sentence == sentence - 1, !s.oblique {
              a = memory.subject
            } else if let l = memory[a], l.oblique, l.sentence == sentence - 1,
              let s = memory[memory.subject], s.sentence == sentence - 1, !s.oblique
            {
              a = memory.subject
            }
            if tokens.norm(i).equalsWord("their"), let g = memory[memory.group],
              g.sentence == sentence - 1, !g.oblique
            {
              a = memory.group
            }
          }
          // "The junta had accused the alliance of ..., and its aircraft repeatedly bombed TNLA
          // positions": "its" or "their" before a force noun, opening a clause joined by ", and",
          // names the sentence's subject, not the object of the clause before.
          if tokens[i].kind == .latin, i >= range.lowerBound + 2, i + 1 < range.upperBound,
            tokens.norm(i - 1).equalsWord("and"), tokens[i - 2].kind == .comma,
            lexicon.isMarker(tokens, i + 1, .forceNoun),
            let s = memory[memory.subject], s.sentence == sentence, !s.oblique,
            let l = memory[a], l.sentence == sentence, l.start > s.start
          {
            a = memory.subject
          }
          found = memory[a].flatMap { sentence - $0.sentence <= 1 ? $0 : nil }
          if tokens[i].kind == .latin, tokens.norm(i).equalsWord("their") { plural = a }
        } else if d.pronoun {
          // "He condemned ...": the person (he, she), group (they) or other actor (it) named
          // last, in this sentence or the one before.
          var a =
            d.head == "he" || d.head == "she" || d.head == "him"
            ? memory.lastPerson : d.head == "they" ? memory.group : memory.lastOther
          // "Guaido declared himself president. The United States recognised him": "him" names
          // the person named last, but not one named in its own sentence outside a phrase
          // after a preposition ("Maduro said Erdogan had called him": a subject).
          // ("Within minutes of Juan Guaido declaring himself president, the Trump
          // administration recognised him": a person before it in the sentence, after a
          // preposition, is the one then.)
          if d.head == "him", let l = memory[a], l.sentence == sentence, !l.oblique {
            a = -1
            var k = Int(memory.lastPerson) - 1
            while k >= 0, memory.named[k].sentence == sentence {
              let c = memory.named[k]
              if c.oblique, gazetteer.kind(c.actor) == .person || Self.personCode(c.actor) {
                a = Int32(k)
                break
              }
              k -= 1
            }
          }
          // "The army said it killed ...", "saying it hit ...", "the UAE, which it accuses of":
          // "it" or "they" right after a verb of saying (or its "that"), or right after a
          // relative pronoun, is the sentence's subject, not the actor named last.
          if d.head == "it" || d.head == "they",
            let s = memory[memory.subject], s.sentence == sentence, s.end <= i,
            pronounOfSubject(
              tokens, i, range: range, subjectEnd: s.end,
              lastOblique: memory[a].map { $0.oblique || placeAfterPreposition(tokens, $0.start) }
                ?? true)
          {
            a = memory.subject
            // "... after the Taliban refused to hand over bin Laden, whom they have sheltered":
            // "they" after a relative pronoun names the subject of the antecedent's own clause,
            // an actor named between the sentence's subject and the antecedent, not after a
            // preposition, when there is one.
            if d.head == "they", let subjectEnd = memory[memory.subject]?.end,
              let own = clauseSubject(
                before: i, after: subjectEnd, sentence: sentence, tokens, in: memory)
            {
              a = own
            }
            // "India struck ..., and Pakistan said it had launched ...": the actor right
            // before the verb of saying (or its "that") is its own subject.
            let v = tokens.norm(i - 1) == "that" ? i - 2 : i - 1
            if let l = memory[memory.last], l.sentence == sentence, l.end == v, !l.oblique {
              a = memory.last
            } else if let own = subjectBeforeAside(
              tokens, verb: v, range: range, sentence: sentence, memory)
            {
              // "..., while Cuba and Bolivia, Maduro's leftist allies, said they continued to
              // recognise the government": the actor before an aside set off by commas.
              a = own
            }
          }
          // "Leaders of the Jamiat party, which fought the Taliban, went further: they accused
          // ...": "it" or "they" right after a colon names the sentence's subject.
          if d.head == "it" || d.head == "they", tokens[i].kind == .latin,
            i - 1 > range.lowerBound, tokens[i - 1].kind == .comma,
            tokens.norm(i - 1).equalsWord(":"),
            let s = memory[memory.subject], s.sentence == sentence, s.end < i, !s.oblique
          {
            a = memory.subject
          }
          // "Lukashenko said that after talks with Putin he had negotiated ...": "he" or "she"
          // after a person who is a preposition's object names the person who is the
          // sentence's subject, before it.
          if d.head == "he" || d.head == "she", tokens[i].kind == .latin, let l = memory[a],
            l.oblique, l.sentence == sentence, let s = memory[memory.subject],
            s.sentence == sentence, !s.oblique, s.end <= l.start,
            gazetteer.kind(s.actor) == .person || Self.personCode(s.actor)
          {
            a = memory.subject
          }
          // "Chavez, who met FARC negotiator Ivan Marquez in Caracas, had been trying to broker
          // a swap. Only on Tuesday he met Sarkozy": "he" or "she" before any actor of its
          // sentence names the person who was the subject of the sentence before, not one
          // named later in it.
          if d.head == "he" || d.head == "she", tokens[i].kind == .latin, let l = memory[a],
            l.sentence == sentence - 1, let s = memory[memory.subject],
            s.sentence == sentence - 1, !s.oblique, s.start < l.start, s.code != l.code,
            gazetteer.kind(s.actor) == .person || Self.personCode(s.actor),
            !mentions.contains(where: { $0.tokenStart >= range.lowerBound && $0.tokenStart < i })
          {
            a = memory.subject
          }
          // "قصف الجيش مواقع لقوات الدعم السريع في جنوب الخرطوم، فيما هاجمت الأخيرة ...": the
          // latter is no place named after "في" or a direction, but the actor named before it.
          if d.head == "it", tokens[i].kind == .arabic, lexicon.isMarker(tokens, i, .latter),
            let l = memory[a], isArabicPlace(tokens, l.start)
          {
            var k = Int(a) - 1
            while k >= 0, memory.named[k].sentence >= sentence - 1 {
              let c = memory.named[k]
              if !isArabicPlace(tokens, c.start), c.code == c.actor {
                a = Int32(k)
                break
              }
              k -= 1
            }
          }
          // "German Chancellor Angela Merkel, whose government Erdogan has accused of ..., said
          // on Monday she supported the Netherlands": "he" or "she" after a verb of saying (its
          // "that", or a day after "on") names the person before an aside that ends right
          // before the verb.
          if d.head == "he" || d.head == "she", tokens[i].kind == .latin,
            let v = speechVerb(before: i, tokens, range: range),
            let own = subjectBeforeAside(
              tokens, verb: v, range: range, sentence: sentence, memory),
            gazetteer.kind(memory.named[Int(own)].actor) == .person
              || Self.personCode(memory.named[Int(own)].actor)
          {
            a = own
          }
          // "Israel launched strikes on Lebanon. It said ...": "it" or "they" opening a sentence
          // names the subject of the sentence before rather than a preposition's object.
          if d.head == "it" || d.head == "they", i == range.lowerBound,
            let l = memory[a], l.oblique, l.sentence == sentence - 1,
            let s = memory[memory.subject], s.sentence == sentence - 1, !s.oblique
          {
            a = memory.subject
          }
          // "Egypt and Jordan condemned Israel. They said ...": "they" opening a sentence names
          // the sentence before's subject when that was a list.
          if d.head == "they", i == range.lowerBound, a != memory.subject,
            let s = memory[memory.subject], s.sentence == sentence - 1, !s.oblique,
            !memory.coordinated(with: memory.subject, tokens).isEmpty
          {
            a = memory.subject
          }
          found = memory[a].flatMap { sentence - $0.sentence <= 1 ? $0 : nil }
          country = d.government
          if d.head == "they" { plural = a }
        } else if let h = memory.heads[FoldedKey(d.head)], let a = memory[h],
          sentence - a.sentence <= headWindow
        {
          found = a
          described = true
        } else if Self.isCountryHead(d.head) {
          // "هذا البلد", "the country": the state named last, in this sentence or the one
          // before; after a preposition of place ("in the country", "في البلد", "بالبلد") it is
          // a place.
          let k = d.span.lowerBound - 1
          // So is one after a direction ("شمال البلاد").
          let place =
            range.contains(k)
            && (lexicon.isMarker(tokens, k, .locative) || lexicon.isMarker(tokens, k, .direction))
            || d.proclitic.containsScalar(0x0628)
          // "مساعدات كوريا الجنوبية لهذا البلد": a state named just before is another
          // argument of the same phrase (in English the clause's subject, "South Korea pledged
          // aid to this country"); the country referred to was named before it. Not one after
          // a preposition ("وصل شافيز الى سوريا لاظهار التضامن مع هذا البلد"), nor an Arabic
          // object two words or more before ("زار الرئيس سوريا وأعلن دعمه لهذا البلد").
          // ("وقررت الولايات المتحدة تعليق مساعداتها للبلاد": so is an Arabic subject further
          // back when the description takes ل, the one something is given or done to.)
          let arabic = tokens[d.span.lowerBound].kind == .arabic
          let dative =
            arabic && SentenceContext.letterAfterConjunction(d.proclitic) == 0x0644
          let reach = arabic ? (dative ? 8 : 1) : 4
          // A complementizer between starts another clause: "قال الرئيس اللبناني إن البلاد
          // ترفض ...".
          let near = memory[memory.lastState].map { a in
            a.sentence == sentence && d.span.lowerBound - a.end <= reach && !a.oblique
              && !(a.end..<d.span.lowerBound).contains(where: {
                lexicon.isMarker(tokens, $0, .complementizer)
              })
          }
          let state = near == true ? memory.otherState : memory.lastState
          found = place ? nil : memory[state].flatMap { sentence - $0.sentence <= 1 ? $0 : nil }
          described = found != nil
          country = tokens[d.span.lowerBound].kind == .latin
        } else if d.group, let a = memory[memory.group], sentence - a.sentence <= groupWindow {
          found = a
          described = true
        } else {
          found = nil
        }
        // A word inside a named mention is no anaphor: "رئيس تركيHe" is one person mention
        // with the "He" in it, and an overlapping pronoun mention crashed the argument rules
        // (found by Fuzz/Targets/text.swift).
        if let a = found,
          !mentions.contains(where: {
            $0.tokenStart < d.span.upperBound && d.span.lowerBound < $0.tokenEnd
          })
        {
          if !copying {
            // (Room for the sentence's mentions and a few descriptions at once: appended one
            // at a time, the list was made again as it grew.)
            out.reserveCapacity(mentions.count + 4)
            out.append(contentsOf: mentions[..<next])
            copying = true
          }
          // ("the Iran-aligned group": the actor in the compound comes first.)
          take(upTo: d.span.lowerBound)
          out.append(
            Mention(
              tokenStart: d.span.lowerBound, tokenEnd: d.span.upperBound, code: a.code,
              actor: country ? a.code : a.actor, form: .anaphor, proclitic: d.proclitic))
          // "France and Canada said they backed the plan": "they" and "their" name every actor
          // of the list the one found was named in.
          var list: [Antecedent] = []
          if plural >= 0 {
            list = memory.coordinated(with: plural, tokens)
            let others = list.filter { $0.code != a.code }
            if !others.isEmpty { memory.partners[d.span.lowerBound] = others }
          }
          // "قال الجيش إن قواته دمرت": the actor a description names again is the one named
          // last for a possessive pronoun after it.
          // (Named again here: in this sentence, at the description's words.)
          if described {
            memory.last = Int32(memory.named.count)
            // ("إذا حاول الحزب ... للجماعة المدعومة من طهران": a group named again is the group
            // named last.)
            // (Not a person of it named again by a title: "الشيخ" is no group.)
            if let kind = gazetteer.kind(a.code), kind == .armedGroup || kind == .party,
              a.actor == a.code || gazetteer.kind(a.actor) != .person
            {
              memory.group = memory.last
            }
            // "The junta had accused the alliance of ..., and its aircraft bombed ...": a
            // description no preposition governs, before any actor of its sentence is its
            // subject, as a name would be (`learn`).
            let before = d.span.lowerBound - 1
            if memory.subject < 0 || memory.named[Int(memory.subject)].sentence != sentence,
              !range.contains(before) || !lexicon.isMarker(tokens, before, .preposition),
              d.proclitic.isEmpty
            {
              memory.subject = memory.last
            }
            memory.named.append(a.namedAgain(at: d.span, sentence: sentence))
          } else if d.pronoun, d.span.lowerBound == range.lowerBound,
            memory.subject < 0 || memory.named[Int(memory.subject)].sentence != sentence
          {
            // "It said it targeted Hezbollah": a pronoun opening the sentence is its subject,
            // which a pronoun after a verb of saying names again.
            memory.subject = Int32(memory.named.count)
            memory.named.append(a.namedAgain(at: d.span, sentence: sentence))
            // ("They said they ...": the second names the first's list.)
            if !list.isEmpty { memory.lists[memory.subject] = list }
          }
        }
        i = d.span.upperBound
      } else {
        i += 1
      }
    }
    take(upTo: Int.max)
    return copying ? out : mentions
  }

  /// Whether the English pronoun at `i` stands where it is the sentence's subject (ending at
  /// `subjectEnd`): right after a verb of saying, or its "that" ("said it", "said that they");
  /// after a participle of saying only when the actor it would otherwise name
  /// (`lastOblique`) is a preposition's object ("strikes in southern Lebanon, saying it hit":
  /// but "blamed the RSF, saying it had targeted" names the RSF); or right after "which",
  /// "that" or "whom" not next to the subject (the relative's antecedent is another actor:
  /// "the UAE, which it accuses").
  func pronounOfSubject(
    _ tokens: [Token], _ i: Int, range: Range<Int>, subjectEnd: Int, lastOblique: Bool
  ) -> Bool {
    guard tokens[i].kind == .latin, i - 1 > range.lowerBound, tokens[i - 1].kind == .latin else {
      return false
    }
    let w = tokens.norm(i - 1)
    let verb = w == "that" ? i - 2 : i - 1
    if verb > range.lowerBound, tokens[verb].kind == .latin, isSpeechVerb(tokens, verb) {
      return lastOblique || !tokens.norm(verb).hasByteSuffix("ing")
    }
    // "Qatar condemned the attack ..., even as it helped broker a ceasefire": "as" and "while"
    // tell what the subject did at the same time.
    if w == "as" || w == "while" { return i - 2 >= subjectEnd }
    guard w == "which" || w == "that" || w == "whom" else { return false }
    var r = i - 2
    if r >= range.lowerBound, tokens[r].kind == .comma { r -= 1 }
    return r >= subjectEnd
  }

  /// The English verb of saying before pronoun `i`: right before it, before its "that", or
  /// before "on" and a capitalised day ("said on Monday she"). Nil when there is none.
  func speechVerb(before i: Int, _ tokens: [Token], range: Range<Int>) -> Int? {
    var v = i - 1
    guard v > range.lowerBound, tokens[v].kind == .latin else { return nil }
    if tokens.norm(v) == "that" { v -= 1 }
    if v - 1 > range.lowerBound, tokens[v].kind == .latin, tokens[v].capitalized,
      tokens.norm(v - 1) == "on"
    {
      v -= 2
    }
    guard v > range.lowerBound, tokens[v].kind == .latin, isSpeechVerb(tokens, v) else {
      return nil
    }
    return v
  }

  /// Whether token `j` is a cue of speech ("said", "told").
  func isSpeechVerb(_ tokens: [Token], _ j: Int) -> Bool {
    tokens[j].lex.may(TokenLex.cue)
      && lexicon.match(tokens, at: j, limit: j + 1).contains { $0.entry.frame == .speech }
  }

  /// Where in `named` the actor stands that ends right before an aside set off by commas which
  /// ends right before the verb at `verb` ("Cuba and Bolivia, Maduro's leftist allies, said"),
  /// not after a preposition. Nil when there is none.
  func subjectBeforeAside(
    _ tokens: [Token], verb: Int, range: Range<Int>, sentence: Int, _ memory: Memory
  ) -> Int32? {
    let close = verb - 1
    guard close - 2 > range.lowerBound, tokens[close].kind == .comma else { return nil }
    var c = close - 2
    while c > max(range.lowerBound, close - 12), tokens[c].kind != .comma { c -= 1 }
    guard tokens[c].kind == .comma,
      let k = memory.named.lastIndex(where: { $0.sentence == sentence && $0.end == c }),
      memory.named[k].start < c, !memory.named[k].oblique
    else { return nil }
    return Int32(k)
  }

  /// Whether English token `i` comes right after "which", "whom" or "that" that follows a
  /// name (or its comma): a relative pronoun, not a complementizer after a verb.
  func pronounAfterRelative(_ tokens: [Token], _ i: Int) -> Bool {
    guard i >= 2, tokens[i - 1].kind == .latin else { return false }
    let w = tokens.norm(i - 1)
    guard w == "which" || w == "whom" || w == "that" else { return false }
    let r = tokens[i - 2].kind == .comma ? i - 3 : i - 2
    return r >= 0 && tokens[r].kind == .latin && tokens[r].capitalized
  }

  /// Where in `named` the subject of a relative clause's antecedent stands: the antecedent is
  /// the mention that ends right before the relative pronoun before token `i` (or its comma);
  /// the subject, the last mention before it in the same sentence, after `subjectEnd`, not
  /// after a preposition. Nil when there is none.
  func clauseSubject(
    before i: Int, after subjectEnd: Int, sentence: Int, _ tokens: [Token], in memory: Memory
  ) -> Int32? {
    guard pronounAfterRelative(tokens, i) else { return nil }
    let r = tokens[i - 2].kind == .comma ? i - 2 : i - 1
    guard let ant = memory.named.lastIndex(where: { $0.sentence == sentence && $0.end == r }),
      let k = memory.named[..<ant].lastIndex(where: {
        $0.sentence == sentence && $0.start >= subjectEnd
      }),
      !memory.named[k].oblique
    else { return nil }
    return Int32(k)
  }

  /// Whether the English mention starting at `start` follows a preposition and a word of
  /// direction ("in southern Lebanon").
  func placeAfterPreposition(_ tokens: [Token], _ start: Int) -> Bool {
    start >= 2 && tokens[start - 1].kind == .latin
      && lexicon.isMarker(tokens, start - 1, .direction)
      && tokens[start - 2].kind == .latin && lexicon.isMarker(tokens, start - 2, .preposition)
  }

  /// False when `description(_:at:range:mentions:)` cannot start at token `i`.
  @inline(__always)
  func mayStartDescription(_ tokens: [Token], _ i: Int) -> Bool {
    switch tokens[i].kind {
    case .arabic:
      guard tokens[i].lex.isAnalyzed else { return true }
      let lex = tokens[i].lex
      return lex.strippedMarkers & Marker.forceNoun.mask != 0
        || lex.articleMarkers & (Marker.groupAnaphor.mask | Marker.anaphoricHead.mask) != 0
        || lex.namedMarkers & latterBit != 0
    case .latin:
      // A subject pronoun or a possessive (the lists `subject_pronoun` and `possessive` of
      // markers.json), "the", "this" or "him": three or four ASCII letters, the first t or h.
      if tokens[i].lex.isAnalyzed {
        if tokens[i].lex.namedMarkers & pronounBits != 0
          || tokens[i].lex.markers & Self.groupWordMask != 0
        {
          return true
        }
      } else if lexicon.isMarker(tokens, i, .subjectPronoun)
        || lexicon.isMarker(tokens, i, .possessive)
        || lexicon.isMarker(tokens, i, .groupAnaphor)
        || lexicon.isMarker(tokens, i, .groupAnaphorModifier)
      {
        return true
      }
      let word = tokens.norm(i)
      let u = word.utf8
      guard u.count == 3 || u.count == 4, u.first == 0x74 || u.first == 0x68 else { return false }
      let key = Self.asciiKey(word)
      return key == Self.theKey || key == Self.thisKey || key == Self.himKey
    default:
      return false
    }
  }

  /// Records the head nouns of a mention: the words of its name ("حكومة الوفاق"), or the noun
  /// a nisba qualifies ("الحكومة السورية", "the Syrian government").
  ///
  /// The mention is `mentions[n]`, read in place (a copied Mention copies three Strings).
  func learn(
    _ mentions: [Mention], _ n: Int, _ tokens: [Token], range: Range<Int>, sentence: Int,
    memory: inout Memory
  ) {
    guard !mentions[n].code.isEmpty, mentions[n].form != .anaphor, mentions[n].form != .deictic,
      let a = Int32(exactly: memory.named.count)
    else { return }
    let kind = gazetteer.codeKind(mentions[n])
    // ("رئيس مجلس النواب نبيه بري ... للجماعة المدعومة من طهران": a person of a party is
    // no group named; "the group" refers back to one named as a group.)
    if kind == .armedGroup || kind == .party,
      mentions[n].actor == mentions[n].code || gazetteer.actorKind(mentions[n]) != .person,
      // ("The Courts ... deny any link with al-Qaeda. ... the Islamists": a group named as
      // another's tie, after a word of `ties` and its preposition, is not the one a later
      // description refers back to, when one was named before it.)
      memory.group < 0 || !namedAsTie(tokens, mentions[n].tokenStart, range: range)
    {
      memory.group = a
    }
    // "The Iran-aligned group ... the country": a state in a compound before a participle
    // ("Iran-aligned", "Saudi-led") only qualifies the noun after it.
    let end = mentions[n].tokenEnd
    let compound =
      end + 1 < range.upperBound && tokens[end].kind == .quote && tokens.norm(end).sameBytes("-")
      && tokens[end + 1].kind == .latin && tokens.norm(end + 1).hasByteSuffix("ed")
    if kind == .state, !compound {
      // `memory[memory.lastState]?.code != mentions[n].code`, without copying the antecedent.
      if memory.lastState < 0 || memory.named[Int(memory.lastState)].code != mentions[n].code {
        memory.otherState = memory.lastState
      }
      memory.lastState = a
    }
    // "وسعت إسرائيل حربها على لبنان ... قواتها": an actor after a preposition is no
    // possessor of what follows.
    // (The article's ل is no preposition: "الحكومة الروسية ... قواتها".)
    let before = mentions[n].tokenStart - 1
    let letter = SentenceContext.letterAfterConjunction(mentions[n].proclitic)
    // A nisba takes its head's preposition ("مصادر للحكومة الروسية").
    // (The readings' prepositions made once, for both tests.)
    let headOblique =
      mentions[n].form == .adjective && range.contains(before) && tokens[before].kind == .arabic
      && {
        let p = tokens.readingPrepositions(before)
        return p.contains(ReadingPrepositions.lam) || p.contains(ReadingPrepositions.ba)
      }()
    let oblique =
      letter == 0x0628 || letter == 0x0644 || headOblique
      || (range.contains(before) && lexicon.isMarker(tokens, before, .preposition))
    if !oblique {
      // ("The Iran-backed group said its fighters ...": the compound's actor owns nothing
      // after it.)
      if !compound { memory.last = a }
      // ("Rebels of the Rwanda-backed M23 movement said they ...": the compound's state is no
      // subject; the actor it qualifies is.)
      if !compound,
        memory.subject < 0 || memory.named[Int(memory.subject)].sentence != sentence
      {
        memory.subject = a
      }
    }
    if mentions[n].actor != mentions[n].code,
      gazetteer.actorKind(mentions[n]) == .person || Self.personCode(mentions[n].actor)
    {
      memory.lastPerson = a
    } else {
      memory.lastOther = a
      // "Spain's interior minister", "The British prime minister": a title with no name is a
      // person of the state; a later "he" or "she" is that person (English).
      // "The minister" later is that person too. Only a subject that opens the sentence:
      // "Sudan's army chief met Egypt's president. He ..." is the army chief.
      let start = mentions[n].tokenStart
      if kind == .state,
        start == range.lowerBound
          || (start == range.lowerBound + 1 && tokens.norm(range.lowerBound).sameBytes("the")),
        let t = titleFollows(tokens, mentions[n].tokenEnd, range: range)
      {
        memory.lastPerson = a
        if let h = head(tokens, t) { memory.heads[FoldedKey(h)] = a }
      }
    }
    // ("fighters of the National Liberation Army ... the army reported clashes with ELN units":
    // a bare "army" is a state's, not an armed group's whose name ends in the word.)
    // ("the Myanmar National Democratic Alliance Army ... the alliance": in an English name
    // only the last head word is its head; "Alliance" there only qualifies "Army".)
    var later = false
    for k in stride(from: mentions[n].tokenEnd - 1, through: mentions[n].tokenStart, by: -1) {
      guard let h = head(tokens, k) else { continue }
      let latin = tokens[k].kind == .latin
      if !(latin && later),
        kind != .armedGroup || !(latin && DomesticForces.isArmy(tokens, k))
      {
        memory.heads[FoldedKey(h)] = a
      }
      if latin { later = true }
    }
    // "الشيخ عبد الستار أبو ريشة ... وانتقد الشيخ": an Arabic title with the article right
    // before a person's name is a head that refers back to the person.
    if tokens[mentions[n].tokenStart].kind == .arabic, mentions[n].form == .name,
      range.contains(before), gazetteer.actorKind(mentions[n]) == .person,
      ArabicClitics.hasArticleReading(tokens.norm(before)),
      // (A title, not "عزل الجيش محمد مرسي": the army is the verb's subject.)
      lexicon.isMarker(tokens, before, .personHead), let h = head(tokens, before)
    {
      memory.heads[FoldedKey(h)] = a
    }
    // "وقعت حكومة الكونغو الديمقراطية ... متهما الحكومة": an Arabic head in construct with a
    // state's name (no article of its own) is that state's; "الحكومة" later refers back to it,
    // not to the state named last.
    if kind == .state, mentions[n].form == .name, range.contains(before),
      tokens[mentions[n].tokenStart].kind == .arabic, tokens[before].kind == .arabic,
      !ArabicClitics.hasArticleReading(tokens.norm(before)), let h = head(tokens, before)
    {
      memory.heads[FoldedKey(h)] = a
    }
    if mentions[n].form == .adjective {
      let arabic = tokens[mentions[n].tokenStart].kind == .arabic
      let k = arabic ? mentions[n].tokenStart - 1 : mentions[n].tokenEnd
      if range.contains(k), let h = head(tokens, k) { memory.heads[FoldedKey(h)] = a }
    }
    if tokens[mentions[n].tokenStart].kind == .latin {
      for k in englishOwnedHeads(tokens, after: mentions[n].tokenEnd, range: range) {
        if let h = head(tokens, k) { memory.heads[FoldedKey(h)] = a }
        // "Mali's military-led government ... the junta": a military government is the
        // junta a later sentence names.
        if (mentions[n].tokenEnd...k).contains(where: {
          tokens[$0].kind == .latin && tokens.norm($0).equalsWord("military")
        }) {
          memory.heads[Self.juntaHead] = a
        }
      }
    }
    // "ECOWAS ... the decisions adopted by the bloc": an intergovernmental body is the bloc
    // named last.
    // "إيكواس ... المنظمة الإقليمية": in Arabic the body named last is "the organisation".
    if kind == .organisation {
      memory.heads[tokens[mentions[n].tokenStart].kind == .latin ? Self.blocHead : Self.bodyHead] =
        a
    }
    // Room for the actors of a document at once, not a few more at a time.
    if memory.named.isEmpty { memory.named.reserveCapacity(64) }
    memory.named.append(
      Antecedent(
        code: mentions[n].code, actor: mentions[n].actor, sentence: sentence,
        start: mentions[n].tokenStart, end: mentions[n].tokenEnd,
        oblique: mentions[n].tokenStart > range.lowerBound
          && lexicon.isMarker(tokens, mentions[n].tokenStart - 1, .preposition)))
  }

  /// Whether the mention starting at `start` stands after a word of `ties` and a preposition
  /// ("link with", "ties to", "علاقات مع").
  func namedAsTie(_ tokens: [Token], _ start: Int, range: Range<Int>) -> Bool {
    start - 2 >= range.lowerBound && lexicon.isMarker(tokens, start - 1, .preposition)
      && lexicon.isMarker(tokens, start - 2, .ties)
  }

  /// English: the title word (`person_head`) right after the mention ending at `end`, past its
  /// "'s" and up to two other words ("Spain's interior minister", "British prime minister");
  /// its index, or nil.
  func titleFollows(_ tokens: [Token], _ end: Int, range: Range<Int>) -> Int? {
    var j = end
    if j + 1 < range.upperBound, tokens[j].kind == .quote, tokens.norm(j + 1).equalsWord("s") {
      j += 2
    }
    for k in j..<min(range.upperBound, j + 3) {
      guard tokens[k].kind == .latin else { return nil }
      if lexicon.isMarker(tokens, k, .personHead) { return k }
    }
    return nil
  }

  /// `actor.hasPrefix("PER_")`, the String comparison made only when the bytes cannot say: an
  /// actor whose bytes start otherwise has no such prefix (no other scalars make up those four
  /// characters), and one whose fifth byte is ASCII (or none) has it.
  static func personCode(_ actor: String) -> Bool {
    let answer = actor.withBytes { b -> Bool? in
      guard b.count >= 4, b[0] == 0x50, b[1] == 0x45, b[2] == 0x52, b[3] == 0x5F else {
        return false
      }
      guard b.count > 4 else { return true }
      // After "_", an ASCII character or an Arabic letter (U+0621...U+064A, two bytes) starts a
      // new character.
      if b[4] < 0x80 { return true }
      if b.count >= 6, b[4] == 0xD8 && b[5] >= 0xA1 || b[4] == 0xD9 && b[5] <= 0x8A { return true }
      return nil
    }
    return answer ?? actor.hasPrefix("PER_")
  }

  /// The folded head word of token `k` if it is an anaphoric head ("الحكومة" -> "حكومه").
  /// (Most words can be none: the bits that `headWord` tests first say so here, read in place
  /// and inlined, without the call.)
  @inline(__always)
  func head(_ tokens: [Token], _ k: Int) -> String? {
    let mayBe = tokens.withToken(k) { t in
      (t.kind == .arabic || t.kind == .latin)
        && (!t.lex.isAnalyzed
          || (t.lex.markers | t.lex.articleMarkers) & Marker.anaphoricHead.mask != 0)
    }
    return mayBe ? headWord(tokens, k) : nil
  }

  /// `head(_:_:)` of a word the bits do not rule out.
  private func headWord(_ tokens: [Token], _ k: Int) -> String? {
    switch tokens[k].kind {
    case .arabic:
      // `lexicon.mayBeMarker(tokens, k, .anaphoricHead, anyReading: true)`, from the bits.
      let lex = tokens[k].lex
      let mask = Marker.anaphoricHead.mask
      guard !lex.isAnalyzed || (lex.markers | lex.articleMarkers) & mask != 0 else { return nil }
      // The first of `articleReadings` that is a head: when the bits say that only the readings
      // with the article taken off (or only the others) may be one, only those are made, and
      // the first of them is tried before any is.
      guard lex.isAnalyzed else {
        return tokens[k].articleReadings.first {
          lexicon.isMarker($0.stem, .anaphoricHead, arabic: true)
        }?.stem
      }
      let norm = tokens.norm(k)
      if lex.markers & mask != 0 {
        // A reading without the article is a head, so the word has one: the word itself first.
        if lexicon.isMarker(norm, .anaphoricHead, arabic: true) { return norm }
        let readings =
          lex.articleMarkers & mask == 0
          ? ArabicClitics.readings(norm, article: false) : tokens[k].articleReadings
        return readings.first {
          lexicon.isMarker($0.stem, .anaphoricHead, arabic: true)
        }?.stem
      }
      // Only readings with the article taken off: "الحكومة" is read "حكومه" first.
      if let stem = Self.afterArticle(norm), lexicon.isMarker(stem, .anaphoricHead, arabic: true) {
        return stem
      }
      return ArabicClitics.readings(norm, article: true).first {
        lexicon.isMarker($0.stem, .anaphoricHead, arabic: true)
      }?.stem
    case .latin:
      // A Latin token's only reading is its word: the bit says whether it is in the list.
      if tokens[k].lex.isAnalyzed, tokens[k].lex.markers & Marker.anaphoricHead.mask == 0 {
        return nil
      }
      let norm = tokens.norm(k)
      return lexicon.isMarker(norm, .anaphoricHead, arabic: false) ? norm : nil
    default:
      return nil
    }
  }

  /// English: whether token `j`, after "it", is an auxiliary ("has", "had", "will", "would",
  /// "could", "may", "might") whose next word is a verb of the pronoun's own: not "be", "been",
  /// "become", "seem(s)", "appear(s)", "take(s)" or "not" ("it has been reported", "it will
  /// take time").
  func ownAuxiliaryVerb(_ tokens: [Token], _ j: Int, range: Range<Int>) -> Bool {
    guard j + 1 < range.upperBound, tokens[j + 1].kind == .latin,
      Self.pronounAuxiliaries.contains(tokens.norm(j))
    else { return false }
    return !Self.expletiveVerbs.contains(tokens.norm(j + 1))
  }

  /// The auxiliaries `ownAuxiliaryVerb` reads after "it" (made once, not at every call).
  static let pronounAuxiliaries: Set<String> = [
    "has", "had", "will", "would", "could", "may", "might",
  ]

  /// The words after such an auxiliary that leave "it" expletive (`ownAuxiliaryVerb`).
  static let expletiveVerbs: Set<String> = [
    "be", "been", "become", "seem", "seems", "appear", "appears", "take", "takes", "not",
  ]

  /// A description found in text.
  struct Description {
    var span: Range<Int>
    var head: String
    /// A group description ("the rebels"): may refer to the last group named.
    var group: Bool
    var proclitic: String
    /// Forces with a possessive pronoun ("قواتها", "its troops"): the actor named last.
    var possessed = false
    /// An English subject pronoun (he, she, it, they).
    var pronoun = false
    /// "his government": the state of the person the pronoun refers to.
    var government = false
    /// "Its foreign minister" opening a sentence: the subject of the sentence before.
    var titled = false
  }

  /// "the" and "this" as `asciiKey`s: with the subject pronouns and possessives (the lists
  /// `subject_pronoun` and `possessive` of markers.json), the English words a description may
  /// start with.
  static let theKey = asciiKey("the")
  static let thisKey = asciiKey("this")
  static let himKey = asciiKey("him")

  /// The first eight bytes of a word in one integer (the words compared are shorter).
  static func asciiKey(_ w: String) -> UInt64 {
    w.withBytes { asciiKey($0) }
  }

  /// `asciiKey` of the word with UTF-8 bytes `b`.
  @inline(__always)
  static func asciiKey(_ b: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var key: UInt64 = 0
    for k in 0..<min(b.count, 8) { key |= UInt64(b[k]) << (8 * UInt64(k)) }
    return key
  }

  /// Whether the Arabic mention starting at token `start` is a place: after "في" or another
  /// locative word, or after a direction ("جنوب الخرطوم").
  func isArabicPlace(_ tokens: [Token], _ start: Int) -> Bool {
    start >= 1 && tokens[start - 1].kind == .arabic
      && (lexicon.isMarker(tokens, start - 1, .locative)
        || lexicon.isMarker(tokens, start - 1, .direction))
  }

  /// Whether token `j` starts a verb or speech cue of the lexicon ending within `range`.
  func startsVerbCue(_ tokens: [Token], at j: Int, _ range: Range<Int>) -> Bool {
    tokens[j].kind == .arabic
      && lexicon.match(tokens, at: j, limit: range.upperBound).contains {
        $0.tokenStart == j && ($0.entry.frame == .verb || $0.entry.frame == .speech)
      }
  }

  /// The description starting at token `i`, if there is one.
  func description(_ tokens: [Token], at i: Int, range: Range<Int>, mentions: [Mention])
    -> Description?
  {
    func inMention(_ k: Int) -> Bool {
      mentions.contains { $0.tokenStart <= k && k < $0.tokenEnd }
    }
    // "أن الأخير أبلغ ...", "غير أن الأخيرة اعتبرت ...": "the latter" after a complementizer
    // is the subject of its clause, the person (or, feminine, the other actor) named last.
    // After a noun it is an adjective ("الاجتماع الأخير", "خطابه الأخير"). Right after a verb
    // of the lexicon it is that verb's subject ("فيما هاجمت الأخيرة مقار عسكرية").
    if tokens[i].kind == .arabic, lexicon.isMarker(tokens, i, .latter) {
      guard i > range.lowerBound, !inMention(i),
        lexicon.isMarker(tokens, i - 1, .complementizer) || startsVerbCue(tokens, at: i - 1, range)
      else { return nil }
      let feminine = tokens.norm(i).unicodeScalars.last == "\u{0647}"
      return Description(
        span: i..<(i + 1), head: feminine ? "it" : "he", group: false, proclitic: "",
        pronoun: true)
    }
    // Most Arabic words start no description: a bit test skips them before any string work.
    if tokens[i].kind == .arabic, !lexicon.mayBeMarkerWithoutSuffix(tokens, i, .forceNoun),
      !lexicon.mayBeMarker(tokens, i, .groupAnaphor, anyReading: false),
      !lexicon.mayBeMarker(tokens, i, .anaphoricHead, anyReading: false)
    {
      return nil
    }
    // The token's fields, read in place: a copied token costs more than most of this.
    // (`tokens.norm(i)`: `tokens[i].norm` made the optimizer copy the whole token first.)
    let norm = tokens.norm(i)
    // An English word is compared with the short ASCII words below by its `asciiKey` (no byte
    // of a Latin word is zero, so equal keys are equal words).
    let key = tokens[i].kind == .latin ? Self.asciiKey(norm) : 0
    switch tokens[i].kind {
    case .latin where lexicon.isMarker(tokens, i, .subjectPronoun):
      // "it is possible", "it was reported": no actor. ("it is defending its border", "it was
      // withdrawing": a verb in -ing after "is" or "was" is the pronoun's own.)
      if norm.equalsWord("it"), i + 1 < range.upperBound,
        lexicon.isMarker(tokens, i + 1, .expletiveFollower),
        !(i + 2 < range.upperBound
          && (tokens.norm(i + 1).equalsWord("is") || tokens.norm(i + 1).equalsWord("was"))
          && tokens[i + 2].kind == .latin && tokens.norm(i + 2).hasByteSuffix("ing")),
        // ("It has sold Azerbaijan drones", "it will send troops": an auxiliary before a verb
        // other than "be", "seem", "appear" or "take" is the pronoun's own.)
        !ownAuxiliaryVerb(tokens, i + 1, range: range)
      {
        return nil
      }
      // "struck what they described as bases of Jaish al-Adl": the pronoun of a source's words
      // told inside the object names no argument of the verb.
      if i > range.lowerBound, tokens[i - 1].kind == .latin, tokens.norm(i - 1).equalsWord("what") {
        return nil
      }
      return Description(
        span: i..<(i + 1), head: norm, group: false, proclitic: "", pronoun: true)
    case .latin where lexicon.isMarker(tokens, i, .possessive):
      // "backed his government": the state of the person named last (list `government_word`).
      if norm.equalsWord("his") || norm.equalsWord("her"), i + 1 < range.upperBound,
        tokens[i + 1].kind == .latin,
        !inMention(i + 1), lexicon.isMarker(tokens, i + 1, Marker.NamedList.governmentWord)
      {
        return Description(
          span: i..<(i + 2), head: norm.equalsWord("his") ? "he" : "she", group: false,
          proclitic: "",
          pronoun: true, government: true)
      }
      // "Its foreign minister, Marty Natalegawa, held talks": "its" or "their" opening a
      // sentence before a title (up to two lower-case words, the last of `person_head`) names
      // the subject of the sentence before (see the resolution).
      if i == range.lowerBound, norm.equalsWord("its") || norm.equalsWord("their") {
        var t = i + 1
        while t < min(range.upperBound, i + 3), tokens[t].kind == .latin, !tokens[t].capitalized,
          !inMention(t), !lexicon.isMarker(tokens, t, .personHead)
        {
          t += 1
        }
        if t < min(range.upperBound, i + 3), tokens[t].kind == .latin, !tokens[t].capitalized,
          !inMention(t), lexicon.isMarker(tokens, t, .personHead)
        {
          return Description(
            span: i..<(t + 1), head: tokens.norm(t), group: false, proclitic: "",
            possessed: true, titled: true)
        }
      }
      // "its forces", "their fighters"
      guard i + 1 < range.upperBound, tokens[i + 1].kind == .latin, !inMention(i + 1),
        lexicon.isMarker(tokens, i + 1, .forceNoun)
      else { return nil }
      return Description(
        span: i..<(i + 2), head: tokens.norm(i + 1), group: false, proclitic: "", possessed: true)
    case .arabic where !inMention(i):
      // "قواتها", "مسلحيها", "وعناصره"
      if let r = lexicon.possessedForceReading(tokens, i) {
        return Description(
          span: i..<(i + 1), head: r.stem, group: false, proclitic: r.proclitic, possessed: true)
      }
      return arabicDescription(tokens, at: i, range: range, mentions: mentions)
    case .latin where key == Self.himKey:
      // "The United States recognised him": the person named last (see the resolution).
      return Description(
        span: i..<(i + 1), head: "him", group: false, proclitic: "", pronoun: true)
    case .latin:
      // "attacking rebel positions", "killing 12 militants": a group's description with no
      // article.
      if key != Self.theKey && key != Self.thisKey {
        return bareGroup(tokens, at: i, range: range, mentions: mentions)
          ?? countedGroup(tokens, at: i, range: range, mentions: mentions)
      }
      // "the rebels", "this country", not "The Rebels" (a name) nor "the group of seven".
      guard i + 1 < range.upperBound else { return nil }
      // "the Kurdish-led group", "the army-led government", "the Iran-aligned group": a
      // compound of a word (or an actor) and a participle after a hyphen may come first; with an
      // actor in it, the description is the words after the compound.
      var hi = i + 1
      var from = i
      // (By index: the mention itself was copied, three Strings, and its optional destroyed
      // through the runtime.)
      let named = mentions.firstIndex(where: { $0.tokenStart == hi })
      let hyphen = named.map { mentions[$0].tokenEnd } ?? hi + 1
      if hyphen + 2 < range.upperBound, tokens[hi].kind == .latin, tokens[hyphen].kind == .quote,
        tokens.norm(hyphen).equalsWord("-"), tokens[hyphen + 1].kind == .latin,
        !tokens[hyphen + 1].capitalized,
        tokens.norm(hyphen + 1).hasByteSuffix("ed") || tokens.norm(hyphen + 1).equalsWord("run")
      {
        if named != nil { from = hyphen + 2 }
        hi = hyphen + 2
      }
      // "the militant group", "the armed rebels": one modifier may come first.
      if hi + 1 < range.upperBound, lexicon.isMarker(tokens, hi, .groupAnaphorModifier),
        !tokens[hi].capitalized, tokens[hi + 1].kind == .latin,
        lexicon.isMarker(tokens, hi + 1, .groupAnaphor)
      {
        hi += 1
      }
      // The head and the word after it are read in place (a copied token costs more).
      guard tokens[hi].kind == .latin, !inMention(hi) else { return nil }
      let head = tokens.norm(hi)
      let group = lexicon.isMarker(tokens, hi, .groupAnaphor)
      // "The Islamists, whose fighters attacked ...": a group's description may be written with
      // a capital, when no name goes on after it ("the Movement for Justice", "the Rebels Front"
      // name a group of their own; the "of" of "accused the Islamists of" is the verb's); a head
      // never ("the Government" names one).
      if tokens[hi].capitalized {
        guard group, !tokens[hi].allCaps,
          hi + 1 >= range.upperBound || tokens[hi + 1].kind != .latin
            || (!tokens[hi + 1].capitalized
              && (!lexicon.isMarker(tokens, hi + 1, .preposition)
                || (tokens.norm(hi + 1).equalsWord("of") && accusedOf(tokens, i))))
        else { return nil }
      }
      // (A looked-up word whose bits lack the list is in none of its words: the set, which
      // hashes the word, is asked only then.)
      guard
        group
          || ((!tokens[hi].lex.isAnalyzed
            || tokens[hi].lex.markers & Marker.anaphoricHead.mask != 0)
            && lexicon.isMarker(head, .anaphoricHead, arabic: false))
      else { return nil }
      if hi + 1 < range.upperBound {
        if tokens[hi + 1].kind == .latin
          && (tokens[hi + 1].capitalized
            || (tokens.norm(hi + 1).equalsWord("of") && !accusedOf(tokens, i)))
        {
          return nil
        }
        if inMention(hi + 1) { return nil }
      }
      return Description(span: from..<(hi + 1), head: head, group: group, proclitic: "")
    default:
      return nil
    }
  }

  /// English: a group described with no article, which refers to the group named last as "the
  /// rebels" does:
  /// - a group's adjective before a noun of what it holds or fields (list `group_holding`):
  ///   "attacking rebel positions", "militant hideouts", "guerrilla commanders";
  /// - a plural group noun counted: "killing 12 militants", "hundreds of guerrillas",
  ///   "suspected insurgents".
  ///
  /// Not after an actor or a capitalised word ("Houthi rebel positions": the group is named
  /// there), nor before a capitalised word ("rebel leader Prachanda" is a title), nor with the
  /// adjectives of `looseGroupWords`.
  func bareGroup(_ tokens: [Token], at i: Int, range: Range<Int>, mentions: [Mention])
    -> Description?
  {
    guard i + 1 < range.upperBound, !tokens[i].capitalized, tokens[i + 1].kind == .latin,
      !tokens[i + 1].capitalized,
      !mentions.contains(where: { $0.tokenStart <= i + 1 && i - 1 < $0.tokenEnd })
    else { return nil }
    if i > range.lowerBound, tokens[i - 1].kind == .latin, tokens[i - 1].capitalized {
      return nil
    }
    let word = tokens.norm(i)
    if lexicon.isMarker(tokens, i + 1, Marker.NamedList.groupHolding),
      lexicon.isMarker(tokens, i, .groupAnaphorModifier)
        || lexicon.isMarker(tokens, i, .groupAnaphor),
      !Self.looseGroupWords.contains(word), !word.hasByteSuffix("s")
    {
      return Description(span: i..<(i + 2), head: word, group: true, proclitic: "")
    }
    return nil
  }

  /// English: "killing 12 militants", "hundreds of guerrillas", "suspected insurgents": a plural
  /// group noun (`countedGroupNouns`) right after a number, a quantity's "of" or "suspected".
  func countedGroup(_ tokens: [Token], at i: Int, range: Range<Int>, mentions: [Mention])
    -> Description?
  {
    guard i > range.lowerBound, !tokens[i].capitalized,
      Self.countedGroupNouns.contains(tokens.norm(i)),
      !mentions.contains(where: { $0.tokenStart <= i && i - 1 < $0.tokenEnd })
    else { return nil }
    let before = tokens.norm(i - 1)
    let counted =
      tokens[i - 1].kind == .number || before.equalsWord("suspected")
      || (before.equalsWord("of") && i - 2 >= range.lowerBound
        && Self.countingWords.contains(tokens.norm(i - 2)))
    guard counted else { return nil }
    // ("12 militants of the Islamic State": the group is named after them.)
    if i + 1 < range.upperBound, tokens[i + 1].kind == .latin,
      tokens.norm(i + 1).equalsWord("of") || tokens.norm(i + 1).equalsWord("from")
    {
      return nil
    }
    return Description(span: i..<(i + 1), head: tokens.norm(i), group: true, proclitic: "")
  }

  /// Group adjectives that `bareGroup` leaves alone: they describe more than a group ("armed
  /// forces", "extremist forces, including supporters of the Taliban", "terrorist targets").
  static let looseGroupWords: Set<String> = ["armed", "hardline", "extremist", "terrorist"]

  /// The plural group nouns `countedGroup` reads.
  static let countedGroupNouns: Set<String> = [
    "rebels", "militants", "insurgents", "guerrillas", "jihadists", "islamists",
  ]
  /// The words of number before "of" ("hundreds of guerrillas").
  static let countingWords: Set<String> = ["dozens", "hundreds", "thousands", "scores", "tens"]

  /// "accused the rebels of attacking", "blamed the group of plotting": an "of" after a
  /// description that starts at `i` names what an accusation verb right before it charges, not
  /// the description's own complement ("the group of seven").
  func accusedOf(_ tokens: [Token], _ i: Int) -> Bool {
    i > 0 && tokens[i - 1].kind == .latin && lexicon.isMarker(tokens, i - 1, .accusation)
  }

  /// The stem of the first reading of Arabic `word` that takes the article off when the word
  /// starts with ال and has four letters or more (that reading comes before the others that do);
  /// nil for other words.
  static func afterArticle(_ word: String) -> String? {
    word.withBytes { b -> String? in
      guard b.count >= 8, b[0] == 0xD8, b[1] == 0xA7, b[2] == 0xD9, b[3] == 0x84 else {
        return nil
      }
      // Letters after ال: two or more (ال is four bytes; a letter is up to four).
      var letters = 0
      for k in 4..<b.count where b[k] & 0xC0 != 0x80 { letters += 1 }
      guard letters >= 2 else { return nil }
      // (The String's bytes after ال, a scalar boundary: valid UTF-8.)
      return String(validUTF8: UnsafeBufferPointer(rebasing: b[4...]))
    }
  }

  /// Whether the mention at token `i + 1` belongs to the head at `i`: a nisba ("الحكومة
  /// الليبية"), a name that starts further back, or anything after a person's title ("الرئيس
  /// عون"). A name that starts right after a head with the article is another argument: a
  /// definite noun takes no genitive ("وانتقدت الحكومة اسرائيل", the government named before
  /// criticised Israel).
  /// A person named after the nisba ("رئيس الحكومة اللبنانية نجيب ميقاتي") is one mention of
  /// the name's form that starts with the nisba: it qualifies the head as the nisba does.
  func nextMentionQualifies(_ tokens: [Token], _ i: Int, mentions: [Mention]) -> Bool {
    guard let m = mentions.first(where: { $0.tokenStart <= i + 1 && i + 1 < $0.tokenEnd })
    else { return false }
    // ("وانتقد الرئيس روسيا": a state's name right after a title with the article is the
    // verb's other argument, no name the title goes with.)
    if m.tokenStart == i + 1, m.form == .name, tokens[i].kind == .arabic,
      ArabicClitics.hasArticleReading(tokens.norm(i)), gazetteer.codeKind(m) == .state,
      gazetteer.actorKind(m) != .person
    {
      return false
    }
    return m.tokenStart != i + 1 || m.form != .name || lexicon.isMarker(tokens, i, .personHead)
      || m.tokenEnd - m.tokenStart >= 2 && Self.nisbaShaped(tokens.norm(i + 1))
  }

  /// A folded Arabic word with the article and a nisba's ending, ي or ية ("اللبنانية",
  /// "الإيراني").
  static func nisbaShaped(_ w: String) -> Bool {
    ArabicClitics.hasArticleReading(w)
      && (w.hasByteSuffix("\u{064A}") || w.hasByteSuffix("\u{064A}\u{0647}"))
  }

  /// True when a cue of the passive frame starts at token `j` ("المدعومة من").
  func startsPassiveCue(_ tokens: [Token], _ j: Int, range: Range<Int>) -> Bool {
    tokens[j].lex.may(TokenLex.cue)
      && lexicon.match(tokens, at: j, limit: min(range.upperBound, j + 3)).contains {
        $0.tokenStart == j && $0.entry.frame == .passive
      }
  }

  /// "الحركة", "والجماعة": the article is required; a bare "حركة" heads a name.
  func arabicDescription(_ tokens: [Token], at i: Int, range: Range<Int>, mentions: [Mention])
    -> Description?
  {
    func inMention(_ k: Int) -> Bool {
      mentions.contains { $0.tokenStart <= k && k < $0.tokenEnd }
    }
    // The lists some reading of the word with the article off may be in, by its bits: the stems
    // below are such readings, and the sets, which hash the stem, are asked only for those.
    let mayGroup = lexicon.mayBeMarker(tokens, i, .groupAnaphor, anyReading: false)
    let mayHead = lexicon.mayBeMarker(tokens, i, .anaphoricHead, anyReading: false)
    func describes(_ stem: String) -> Bool {
      (mayGroup && lexicon.isMarker(stem, .groupAnaphor, arabic: true))
        || (mayHead && lexicon.isMarker(stem, .anaphoricHead, arabic: true))
    }
    guard
      mayGroup || mayHead,
      !inMention(i),
      // The first reading with the article taken off, the word after its ال (`afterArticle`),
      // tried before the readings are made: it is the first of them, its proclitic ال.
      let r = Self.afterArticle(tokens.norm(i)).flatMap({
        describes($0) ? ArabicClitics.Reading(stem: $0, proclitic: ArabicClitics.article) : nil
      })
        ?? ArabicClitics.readings(tokens.norm(i), article: true).first(where: {
          $0.proclitic.hasByteSuffix(ArabicClitics.article) && describes($0.stem)
        })
    else { return nil }
    // "البلد الأفريقي": an adjective after "البلد" describes the country referred to. So
    // does a participle of a passive cue: "الجماعة المدعومة من إيران".
    let country = Self.isCountryHead(r.stem)
    if i + 1 < range.upperBound, tokens[i + 1].kind == .arabic,
      nextMentionQualifies(tokens, i, mentions: mentions)
        || !country && !startsPassiveCue(tokens, i + 1, range: range)
          // ("وانتقدت المجموعة النيجر": a name is another argument, no adjective.)
          && !mentions.contains(where: { $0.tokenStart == i + 1 && $0.form == .name })
          // ("وقتلت الحركة الأسبوع الماضي ...": a word of time is an adverb, no adjective.)
          && !lexicon.isMarker(tokens, i + 1, .timeNoun)
          // (An adjective takes the bare article: "بالتراجع" after "الحركة" is a
          // preposition's noun, "اتهم الحركة بالتراجع".)
          && ArabicClitics.readings(tokens.norm(i + 1), article: true).contains(where: {
            $0.proclitic.sameBytes(ArabicClitics.article)
              && !lexicon.isMarker($0.stem, .groupAnaphor, arabic: true)
              && !lexicon.isMarker(tokens, i + 1, .groupAnaphorModifier)
              // ("واتهمت الحركة الحكومة": a head noun is the verb's object, no adjective.)
              && !lexicon.isMarker($0.stem, .anaphoricHead, arabic: true)
          })
    {
      return nil  // "الحركة الإسلامية", "الحكومة الليبية": a name or another actor
    }
    return Description(
      span: i..<(i + 1), head: r.stem,
      group: mayGroup && lexicon.isMarker(r.stem, .groupAnaphor, arabic: true),
      proclitic: r.proclitic)
  }
}
