/// The meeting the document told last, so that one who joins it in a later sentence meets its
/// parties: "التقى ترامب الشرع في الرياض. وحضر ولي العهد السعودي اللقاء" (Saudi Arabia meets the
/// United States and Syria), "... Erdogan joined the meeting by video link".
struct MeetingMemory {
  /// The sentence that told the meeting.
  var sentence: Sentence
  /// Its parties: both sides of the first negotiates-with relation told there, and each one who
  /// joined it since.
  var parties: [Argument]

  /// How many sentences back a meeting may be joined: the memory holds the last meeting told,
  /// so "also attended the meeting" five sentences on still names it.
  static let window = 5

  /// Adds `a` to the parties unless its code is there already.
  mutating func add(_ a: Argument) {
    guard !parties.contains(where: { $0.code == a.code }) else { return }
    // (Room for a few parties at the first, not one more at a time.)
    if parties.isEmpty { parties.reserveCapacity(4) }
    parties.append(a)
  }
}

extension SentenceContext {
  /// "وحضر ولي العهد السعودي اللقاء", "شارك الرئيس التركي عبر الاتصال المرئي", "X attended the
  /// talks": a verb of joining whose needed word names the meeting again (a cue that needs the
  /// list `meeting_noun`); its subject meets each party of the meeting told within
  /// `MeetingMemory.window` sentences before.
  func joinedMeetingPairs(_ cue: Lexicon.Match, _ sentence: Sentence, _ memory: MeetingMemory?)
    -> [Candidate]
  {
    guard let memory, memory.sentence.index < sentence.index,
      sentence.index - memory.sentence.index <= MeetingMemory.window,
      cue.entry.relation == .negotiatesWith, cue.entry.frame == .verb,
      cue.entry.needsNamed == Marker.NamedList.meetingNoun.bit,
      let group = subject(of: cue)?.group ?? subjectAfterMeeting(cue)
    else { return [] }
    var out: [Candidate] = []
    for k in group {
      let joiner = Argument(mentions, k)
      for p in memory.parties where p.code != joiner.code {
        out.append(
          Candidate(
            source: joiner, target: p, rule: "joined-meeting", confidence: 0.7,
            antecedent: memory.sentence))
      }
    }
    return out
  }
}

extension SentenceContext {
  /// Arabic: "وحضر اللقاء ولي العهد السعودي": the meeting's noun (list `meeting_noun`) right
  /// after the verb, then its subject right after the noun. Nil otherwise.
  func subjectAfterMeeting(_ cue: Lexicon.Match) -> [Int]? {
    let n = cue.tokenEnd
    let list = Marker.NamedList.meetingNoun
    guard isArabic(cue.tokenStart), n + 1 < range.upperBound,
      lexicon.isMarker(tokens, n, list.bit, Marker.namedLists[list.bit.trailingZeroBitCount]),
      let k = firstAfter(n + 1, sameClause: true, maxDistance: 0), !isOblique(at: k)
    else { return nil }
    return groupForward(k)
  }
}

extension SentenceContext {
  /// "واتصل بوتين بمادورو معربا عن دعمه", "Putin telephoned Maduro to express his support": a
  /// support noun with no actor of its own, after a participle of expressing and "عن" (or after
  /// "to express" and a possessive), in the sentence that told a meeting or a call: the first
  /// party backs the others.
  func contactSupportPairs(_ cue: Lexicon.Match, _ sentence: Sentence, _ memory: MeetingMemory?)
    -> [Candidate]
  {
    guard let memory, memory.sentence.index == sentence.index, memory.parties.count >= 2,
      cue.entry.relation == .supports, expressedSupport(cue),
      // (No actor of its own: none after it before a comma, "to express his support, the
      // Kremlin said".)
      !mentions.contains(where: { m in
        m.tokenStart >= cue.tokenEnd
          && !(cue.tokenEnd..<m.tokenStart).contains(where: { tokens[$0].kind == .comma })
      })
    else { return [] }
    let backer = memory.parties[0]
    return memory.parties.dropFirst().filter { $0.code != backer.code }.map {
      Candidate(source: backer, target: $0, rule: "expressed-support", confidence: 0.7)
    }
  }

  /// Whether the support cue stands after a word of expressing (list `expressing_participle`):
  /// Arabic "معربا عن دعمه" (then "عن", the noun with its pronoun); English "to express his
  /// support" (a word of `possessive` between).
  func expressedSupport(_ cue: Lexicon.Match) -> Bool {
    let i = cue.tokenStart
    guard i - 2 >= range.lowerBound else { return false }
    if isArabic(i) {
      return !cue.enclitic.isEmpty && tokens.norm(i - 1).sameBytes("\u{0639}\u{0646}")
        && lexicon.isMarker(tokens, i - 2, .expressingParticiple)
    }
    return tokens[i].kind == .latin && tokens[i - 1].kind == .latin
      && lexicon.isMarker(tokens, i - 1, .possessive)
      && lexicon.isMarker(tokens, i - 2, .expressingParticiple)
  }
}

extension SentenceContext {
  /// "وشارك في القمة إلى جانب موراليس رئيسا الإكوادور وفنزويلا", "attended the summit": a verb
  /// of joining whose needed word names a meeting (a cue that needs the list `meeting_noun`),
  /// with two actors or more for subject, or one beside the actor "إلى جانب" names before it:
  /// those who took part together meet each other, though no meeting was told before.
  func coAttendancePairs(_ cue: Lexicon.Match) -> [Candidate] {
    guard cue.entry.relation == .negotiatesWith, cue.entry.frame == .verb,
      cue.entry.needsNamed == Marker.NamedList.meetingNoun.bit,
      let group = subject(of: cue)?.group ?? subjectAfterMeeting(cue)
        ?? subjectAfterPlace(cue), let first = group.first
    else { return [] }
    var parties: [Int] = []
    // ("إلى جانب موراليس": the one beside them, between the verb and the subject.)
    let start = mentions.tokenStart(first)
    if cue.tokenEnd < start, let j = (cue.tokenEnd..<start).first(where: { isAlongside($0) }),
      let k = mentions.firstIndex(where: { $0.tokenStart == j + 2 }), mentions[k].tokenEnd <= start
    {
      parties.append(k)
    }
    for k in group where !parties.contains(where: { mentions.code($0) == mentions.code(k) }) {
      parties.append(k)
    }
    guard parties.count >= 2 else { return [] }
    var out: [Candidate] = []
    for a in 0..<parties.count {
      for b in (a + 1)..<parties.count {
        out.append(
          Candidate(
            source: Argument(mentions, parties[a]), target: Argument(mentions, parties[b]),
            rule: "joined-meeting-together", confidence: 0.7))
      }
    }
    return out
  }

  /// Arabic: "وشارك في القمة إلى جانب موراليس رئيسا الإكوادور وفنزويلا": the subject of a verb of
  /// joining after the meeting's phrase ("في" and its noun, list `meeting_noun`) and an
  /// "إلى جانب" phrase: the first actor after them in the clause, within eight words, that no
  /// preposition governs. Nil otherwise.
  func subjectAfterPlace(_ cue: Lexicon.Match) -> [Int]? {
    let n = cue.tokenEnd
    let list = Marker.NamedList.meetingNoun
    guard isArabic(cue.tokenStart), n + 1 < range.upperBound,
      tokens.norm(n).sameBytes("\u{0641}\u{064A}"),
      lexicon.isMarker(tokens, n + 1, list.bit, Marker.namedLists[list.bit.trailingZeroBitCount])
    else { return nil }
    var from = n + 2
    // (Past "إلى جانب X".)
    if from + 2 < range.upperBound, isAlongside(from),
      let k = mentions.firstIndex(where: { $0.tokenStart == from + 2 })
    {
      from = mentions[k].tokenEnd
    }
    guard let k = firstAfter(from, sameClause: true, maxDistance: 2), !isOblique(at: k) else {
      return nil
    }
    return groupForward(k)
  }
}
