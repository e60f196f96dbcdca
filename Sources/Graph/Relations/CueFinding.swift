/// The cues of a sentence: the lexicon's matches outside actors' names, less those whose needed
/// word is missing, group nouns with the article and time words; a verb read as a noun (with a
/// preposition or the article, or after a preposition) is its verbal noun.
extension Extractor {
  /// Cues in the sentence, longest first, never inside an actor's name; a word that reads both
  /// as a verb and as a noun is a noun when it carries a preposition or the article.
  func findCues(_ tokens: [Token], _ range: Range<Int>, _ mentions: [Mention]) -> [Lexicon.Match] {
    var scratch = CueScratch()
    var out: [Lexicon.Match] = []
    findCues(tokens, range, mentions, scratch: &scratch, into: &out)
    return out
  }

  /// Whether the English word at `i` follows an article or a possessive, one lower-case word
  /// (an adjective) between at most: "the main sponsor", "a sponsor", "Hamas's chief sponsor",
  /// "the Houthis' sponsor"; not a word in -ed after a plural force noun ("its forces
  /// captured").
  static func inEnglishNounSlot(
    _ tokens: [Token], _ range: Range<Int>, _ i: Int, _ lexicon: Lexicon
  ) -> Bool {
    var j = i - 1
    guard j >= range.lowerBound else { return false }
    if j > range.lowerBound, tokens[j].kind == .latin, !tokens[j].capitalized,
      !lexicon.isMarker(tokens, j, .determiner), !lexicon.isMarker(tokens, j, .preposition)
    {
      // "its forces captured", "the troops seized": a plural force noun before a word in -ed
      // is the verb's subject, no modifier of a noun; so is one after a possessive ("South
      // Korea's military returned fire").
      if tokens.norm(i).hasByteSuffix("ed"), lexicon.isMarker(tokens, j, .forceNoun),
        tokens.norm(j).hasByteSuffix("s")
          || (j - 2 >= range.lowerBound && tokens.norm(j - 1).equalsWord("s")
            && tokens[j - 2].kind == .quote)
      {
        return false
      }
      j -= 1
    }
    if lexicon.isMarker(tokens, j, .determiner) { return true }
    if tokens[j].kind == .quote { return !tokens.norm(j).equalsWord("\"") }
    return tokens.norm(j).equalsWord("s") && j > range.lowerBound && tokens[j - 1].kind == .quote
  }

  /// Whether the English word at `i`, in -s (not -ss), follows an article or a preposition
  /// other than "to" ("over arms", "the arms"): a plural noun, no verb. Not an attack noun.
  static func isEnglishPluralNoun(
    _ tokens: [Token], _ range: Range<Int>, _ i: Int, _ lexicon: Lexicon
  ) -> Bool {
    // (The words read through `tokens.norm`: `tokens[i].norm` copied the whole token first.)
    let w = tokens.norm(i)
    guard i > range.lowerBound, w.utf8.count > 3, w.hasByteSuffix("s"), !w.hasByteSuffix("ss"),
      tokens[i - 1].kind == .latin, !tokens.norm(i - 1).sameBytes("to"),
      // (An attack noun keeps its reading: "claimed responsibility for the attacks" names the
      // attack told before.)
      !lexicon.isMarker(tokens, i, .attackNoun)
    else { return false }
    if lexicon.isMarker(tokens, i - 1, .determiner) || lexicon.isMarker(tokens, i - 1, .preposition)
    {
      return true
    }
    // ("U.S. advisers would become "military targets"": after a copula, a form of "be" (list
    // `passive_aux`) or a verb of `copula_verb`, past lower-case words and quote marks, it is a
    // noun too.)
    var j = i - 1
    while j >= range.lowerBound, i - j <= 3 {
      if tokens[j].kind == .latin,
        lexicon.isMarker(tokens, j, .passiveAux)
          || lexicon.isMarker(tokens, j, Marker.NamedList.copulaVerb)
      {
        return true
      }
      guard tokens[j].kind == .quote || (tokens[j].kind == .latin && !tokens[j].capitalized)
      else { return false }
      j -= 1
    }
    return false
  }

  /// Working space of `findCues`, kept by `trace` from sentence to sentence.
  struct CueScratch {
    var inMention: [Bool] = []
    var match = Lexicon.MatchScratch()
  }

  func findCues(
    _ tokens: [Token], _ range: Range<Int>, _ mentions: [Mention], scratch cs: inout CueScratch,
    into out: inout [Lexicon.Match], flags: TokenFlags = .none
  ) {
    // The closures below read this copy, not `self.lexicon`: capturing `self` made the
    // optimizer copy the whole Extractor for them at every word with a match.
    let lexicon = self.lexicon
    // Tokens inside a mention, by position in the sentence (the list is kept at its longest
    // and its first `range.count` places reset: emptying and refilling it cost more).
    if cs.inMention.count < range.count {
      cs.inMention.append(contentsOf: repeatElement(false, count: range.count - cs.inMention.count))
    }
    // (Written through the buffers, the mentions' places read in place: `for m in mentions`
    // copied each mention, three Strings, and each write checked the list's uniqueness.)
    let lo = range.lowerBound
    cs.inMention.withUnsafeMutableBufferPointer { flags in
      for k in 0..<range.count { flags[k] = false }
      mentions.withUnsafeBufferPointer { ms in
        for m in ms.indices {
          let a = max(ms[m].tokenStart, lo)
          let b = min(ms[m].tokenEnd, range.upperBound)
          if a < b { for i in a..<b { flags[i - lo] = true } }
        }
      }
    }
    // The caller's list, emptied: its memory is used again sentence after sentence.
    out.clearKeepingCapacity()
    var i = range.lowerBound
    while i < range.upperBound {
      // A word that starts no cue, or one inside an actor's name, is skipped here (`match`
      // would find nothing); the first in one scan.
      i = flags.next(TokenLex.cue, from: i, to: range.upperBound, in: tokens)
      guard i < range.upperBound else { break }
      if cs.inMention[i - range.lowerBound] {
        i += 1
        continue
      }
      lexicon.match(tokens, at: i, limit: range.upperBound, into: &cs.match)
      // No match (most words that may start a cue start none): the filters below would remove
      // nothing, and the word is passed as by the test after them.
      guard !cs.match.found.isEmpty else {
        i += 1
        continue
      }
      // (The matches are tested by index, in place, before any is removed: `contains(where:)`
      // and `removeMatching` on the array copied each match, an entry and two Strings.)
      if cs.match.found.indices.contains(where: { k in
        (cs.match.found[k].tokenStart..<cs.match.found[k].tokenEnd).contains {
          cs.inMention[$0 - range.lowerBound]
        }
      }) {
        let inMention = cs.inMention
        cs.match.found.removeMatching { m in
          (m.tokenStart..<m.tokenEnd).contains { inMention[$0 - range.lowerBound] }
        }
      }
      // "مخازن أسلحة": a word written with ة is no verb with the pronoun ه ("أسلحه", "I arm
      // him"). (A noun or adjective form with ه off is the feminine of the listed word: "غير
      // مقبولة" is read "مقبول".)
      // (The flag is read first: reading a match's entry copies it.)
      if cs.match.found.indices.contains(where: {
        tokens.endsInTaMarbuta(cs.match.found[$0].tokenEnd - 1)
      }) {
        cs.match.found.removeMatching {
          $0.entry.frame == .verb && tokens.endsInTaMarbuta($0.tokenEnd - 1)
            && $0.enclitic.sameBytes("\u{0647}")
        }
      }
      // "قوات تابعة لحفتر": a word of the named list `affiliation` (belonging to) is no
      // cue, though it reads as the speech verb "تابع" with a pronoun ("تابعه").
      if cs.match.found.indices.contains(where: { cs.match.found[$0].tokenEnd == i + 1 }),
        lexicon.isMarker(tokens, i, .affiliation)
      {
        cs.match.found.removeMatching { $0.tokenEnd == i + 1 }
      }
      // "over arms exports to Israel", "the backs": after an article or a preposition an
      // English word in -s is a plural noun, not a verb's third person ("arms", not "arm").
      if tokens[i].kind == .latin,
        cs.match.found.indices.contains(where: {
          cs.match.found[$0].tokenEnd == i + 1 && cs.match.found[$0].entry.frame == .verb
        }),
        Self.isEnglishPluralNoun(tokens, range, i, lexicon)
      {
        cs.match.found.removeMatching { $0.tokenEnd == i + 1 && $0.entry.frame == .verb }
      }
      // A symmetric noun read with the article ("الاتفاق", "المحادثات") mostly names an
      // event told before; it counts when "مع" follows it ("بالتنسيق مع X").
      // A cue that needs a later word ("حمّل ... المسؤولية", "held ... responsible").
      // ("قطعت X علاقاتها مع Y": a list read by name, `needsNamed`.)
      if cs.match.found.indices.contains(where: {
        cs.match.found[$0].entry.needs != nil || cs.match.found[$0].entry.needsNamed != 0
      }) {
        /// Where the word `m` needs stands (nil when it is missing).
        func needed(_ m: Lexicon.Match) -> Int? {
          var end = min(range.upperBound, m.tokenEnd + CueEntry.needsReach)
          // The needed word is in the cue's own clause: "اعتبر X أن الهجمات الإرهابية ..."
          // reports speech, it designates nobody.
          if m.entry.needs != .complementizer,
            let c = (m.tokenEnd..<end).first(where: {
              lexicon.isMarker(tokens, $0, .complementizer)
            })
          {
            end = c
          }
          if let needed = m.entry.needs {
            // A destination is also a word with ل right after the cue ("زيارته لروسيا").
            if needed == .destination, m.tokenEnd < range.upperBound,
              tokens.readingPrepositions(m.tokenEnd).contains(ReadingPrepositions.lam)
            {
              return m.tokenEnd
            }
            // ("بزيارة خاطفة للولايات المتحدة": or after one feminine adjective of the visit.)
            if needed == .destination, m.tokenEnd + 1 < range.upperBound,
              SentenceContext.looksLikeFeminineModifier(tokens, m.tokenEnd),
              tokens.readingPrepositions(m.tokenEnd + 1).contains(ReadingPrepositions.lam)
            {
              return m.tokenEnd + 1
            }
            // ("قام بجولة إقليمية شملت سوريا ولبنان": or a verb of including.)
            if needed == .destination,
              let k = (m.tokenEnd..<min(end, m.tokenEnd + 3)).first(where: {
                lexicon.isMarker(tokens, $0, .inclusionVerb)
              })
            {
              return k
            }
            // "طائرة مسيرة أطلقها الحوثيون": the pronoun on the verb is the projectile named
            // just before it.
            if needed == .projectile, !m.enclitic.isEmpty,
              Self.projectileBefore(tokens, m.tokenStart, from: range.lowerBound, lexicon) != nil
            {
              return m.tokenEnd
            }
            return (m.tokenEnd..<end).first { lexicon.isMarker(tokens, $0, needed) }
          }
          let bit = m.entry.needsNamed
          guard bit != 0 else { return m.tokenEnd }
          let name = Marker.namedLists[bit.trailingZeroBitCount]
          // ", a charge the Taliban deny": an English denial that ends a relative clause on an
          // accusation has its noun before its subject.
          if bit == Marker.NamedList.accusationNoun.bit, tokens[m.tokenStart].kind == .latin,
            let k = mentions.lastIndex(where: { $0.tokenEnd == m.tokenStart })
          {
            var j = mentions[k].tokenStart - 1
            if j > range.lowerBound, tokens.norm(j).equalsWord("the") { j -= 1 }
            if j > range.lowerBound, tokens[j].kind == .latin,
              lexicon.isMarker(tokens, j, bit, name)
                || tokens.norm(j).equalsWord("charge") || tokens.norm(j).equalsWord("claim")
            {
              return j
            }
          }
          // "took Myanmar to the International Court of Justice", "has taken China before an
          // international arbitral tribunal": an actor right after the verb ("the" may come
          // first), "to" or "before" right after it, then the word of a court within five.
          if bit == Marker.NamedList.courtWord.bit {
            var a = m.tokenEnd
            if a < end, tokens[a].kind == .latin, tokens.norm(a).equalsWord("the") { a += 1 }
            guard let o = mentions.first(where: { $0.tokenStart == a }), o.tokenEnd < end,
              tokens[o.tokenEnd].kind == .latin,
              tokens.norm(o.tokenEnd).equalsWord("to")
                || tokens.norm(o.tokenEnd).equalsWord("before")
            else { return nil }
            return (o.tokenEnd + 1..<min(end, o.tokenEnd + 6)).first {
              lexicon.isMarker(tokens, $0, bit, name)
            }
          }
          // "نفت موسكو أي صلة لها", "denied any role": the noun of involvement right after "any",
          // within the verb's subject and object.
          if bit == Marker.NamedList.involvementNoun.bit {
            guard m.tokenEnd + 1 < end else { return nil }
            return (m.tokenEnd + 1..<min(end, m.tokenEnd + 6)).first {
              lexicon.isMarker(tokens, $0, bit, name)
                && SentenceContext.anyWords.contains(FoldedKey(tokens.norm($0 - 1)))
            }
          }
          // "الهدنة الإنسانية التي وقعها الجيش وقوات الدعم السريع": the pronoun on the verb
          // stands for the agreement named just before the relative pronoun.
          if bit == Marker.NamedList.agreementNoun.bit, !m.enclitic.isEmpty,
            m.tokenStart - 1 > range.lowerBound,
            lexicon.isMarker(tokens, m.tokenStart - 1, .relative),
            let k = (max(range.lowerBound, m.tokenStart - 4)..<(m.tokenStart - 1)).last(where: {
              lexicon.isMarker(tokens, $0, bit, name)
            })
          {
            return k
          }
          // ("calling it an important step towards a terror-free Turkey": an English word
          // before a hyphen and another word is part of a compound, not the word needed.)
          // ("اتفق الجانبان على تبادل ألف أسير، لكنهما لم يتوصلا إلى وقف لإطلاق النار": fire after
          // "وقف" is a ceasefire, nothing exchanged.)
          return (m.tokenEnd..<end).first {
            lexicon.isMarker(tokens, $0, bit, name)
              && !(bit == Marker.NamedList.exchange.bit && $0 - 1 > m.tokenEnd
                && Self.isHaltWord(tokens.norm($0 - 1)))
              && !(tokens[$0].kind == .latin && $0 + 2 < range.upperBound
                && tokens[$0 + 1].kind == .quote && tokens.norm($0 + 1).sameBytes("-")
                && tokens[$0 + 2].kind == .latin)
          }
        }
        cs.match.found.removeMatching { m in
          (m.entry.needs != nil || m.entry.needsNamed != 0) && needed(m) == nil
        }
        // "دعا الرئيس الفرنسي روسيا إلى الانسحاب من أوكرانيا": a cue for one kind of target
        // ("انسحب من" a body) is read only where an actor of that kind follows its needed
        // word at once (or after "the"); otherwise the other reading (a demand) stands.
        if cs.match.found.contains(where: { $0.entry.targetKind != nil }) {
          let gazetteer = matcher.gazetteer
          cs.match.found.removeMatching { m in
            // (A cue that needs no word is read below, where its target is chosen.)
            guard let kind = m.entry.targetKind,
              m.entry.needs != nil || m.entry.needsNamed != 0, let n = needed(m)
            else { return false }
            let first =
              n + 1 < range.upperBound && tokens.norm(n + 1).equalsWord("the") ? n + 2 : n + 1
            return !mentions.contains { $0.tokenStart == first && gazetteer.kind($0.code) == kind }
          }
        }
        // "تبادلت الهند وباكستان الاتهامات بخرق وقف إطلاق النار": of two readings of one
        // span by the word each needs, the one whose word comes first is meant.
        let withNeeds = cs.match.found.indices.filter {
          cs.match.found[$0].entry.needs != nil || cs.match.found[$0].entry.needsNamed != 0
        }
        if withNeeds.count >= 2 {
          let at = withNeeds.map { needed(cs.match.found[$0]) ?? Int.max }
          var drop: [Int] = []
          for (a, i) in withNeeds.enumerated() {
            let (si, ei) = (cs.match.found[i].tokenStart, cs.match.found[i].tokenEnd)
            if withNeeds.indices.contains(where: { b in
              let j = withNeeds[b]
              return j != i && at[b] < at[a] && cs.match.found[j].tokenStart == si
                && cs.match.found[j].tokenEnd == ei
            }) {
              drop.append(i)
            }
          }
          for i in drop.reversed() { cs.match.found.remove(at: i) }
        }
      }
      // A cue noun that names a group with the article ("المعارضة": the opposition, not the
      // act of opposing) is no cue then.
      if cs.match.found.indices.contains(where: {
        Self.endsInArticle(cs.match.found[$0].proclitic)
      }) {
        let inMention = cs.inMention
        let isMention = { (j: Int) in range.contains(j) && inMention[j - range.lowerBound] }
        cs.match.found.removeMatching { m in
          guard Self.endsInArticle(m.proclitic) else { return false }
          if m.entry.frame == .joint {
            // "انسحبت X من الاتفاق النووي": the act left is named by the article too; so is
            // one whose parties follow ("بالاتفاق بين X وY", "اللقاء بحضور X وY").
            // Before "بين" an adjective with the article may stand between ("الاتفاق الموقع
            // بين X وY"); before "مع" the other party is named, but not who made the deal.
            let p = m.tokenEnd
            // "عقدت X وY جولة جديدة من المحادثات": the partitive after a noun of quantity
            // asks for the article; the act is new.
            if QuantityPhrase.head(
              tokens, before: m.tokenStart, range: range, lexicon: lexicon, isMention: isMention)
              != nil
            {
              return false
            }
            // ("المحادثات غير المباشرة بين X وY": "غير" with its adjective is one.)
            var q = p
            if q + 2 < range.upperBound, tokens[q].kind == .arabic,
              tokens.isAdjectivalNegation(q)
            {
              q += 1
            }
            let adjectiveThenBetween =
              q + 1 < range.upperBound && tokens[q].kind == .arabic
              && ArabicClitics.hasArticleReading(tokens.norm(q))
              && lexicon.isMarker(tokens, q + 1, .between)
              && !isMention(q)
            // "القمة الأمريكية الروسية", "المحادثات المصرية الأردنية": two actors' nisbas name
            // the parties.
            let twoNisbas =
              p + 1 < range.upperBound && isMention(p) && isMention(p + 1)
              && tokens[p].kind == .arabic && tokens[p + 1].kind == .arabic
              && ArabicClitics.hasArticleReading(tokens.norm(p))
              && ArabicClitics.hasArticleReading(tokens.norm(p + 1))
              && SentenceContext.looksLikeNisba(tokens.norm(p))
              && SentenceContext.looksLikeNisba(tokens.norm(p + 1))
            return
              !(p < range.upperBound
              && (lexicon.isMarker(tokens, p, .with) || lexicon.isMarker(tokens, p, .between)
                || lexicon.isMarker(tokens, p, .attendance) || adjectiveThenBetween || twoNisbas))
              && Withdrawal.preposition(
                tokens, range, cueStart: m.tokenStart, lexicon: lexicon, isMention: isMention)
                == nil
          }
          return m.entry.frame == .noun && lexicon.isArticleMarker(tokens[m.tokenStart], .groupNoun)
        }
      }
      // "فجر اليوم", "فجر الأحد": a time word (dawn) before a day is no verb ("فجّر").
      if !cs.match.found.isEmpty, tokens[i].kind == .arabic,
        lexicon.isMarker(tokens, i, .adverb), i + 1 < range.upperBound,
        lexicon.isMarker(tokens, i + 1, .adverb) || lexicon.isMarker(tokens, i + 1, .timeNoun)
      {
        cs.match.found.removeMatching { $0.tokenStart == i && $0.entry.frame == .verb }
      }
      // The matches are read in place; only the one picked is copied out.
      guard !cs.match.found.isEmpty else {
        i += 1
        continue
      }
      // "أعلنت حركة حماس رفضها لـ...", "جددت مصر دعمها الجيش": a word with a pronoun suffix
      // right after another verb's subject (a cue's or a light verb's) is that verb's object,
      // a verbal noun with its possessor.
      // After a light verb's subject the word is its object even without a pronoun: "قدمت
      // السعودية دعما للسودان" (not the dual verb "دعما").
      let afterSubject =
        tokens[i].kind == .arabic
        && cs.match.found.indices.contains(where: { cs.match.found[$0].entry.frame == .noun })
        && mentions.contains(where: { m in
          m.tokenEnd == i && m.tokenStart > range.lowerBound
            && (lexicon.isMarker(tokens, m.tokenStart - 1, .lightVerb)
              || (tokens[i].lex.enclitic > 0
                && lexicon.match(tokens, at: m.tokenStart - 1, limit: m.tokenStart).contains {
                  $0.entry.frame == .verb || $0.entry.frame == .speech
                }))
        })
      // "أكد الوزير ... دعم بلاده للحل": before "بلاده" (the speaker's country) the word is the
      // country's act, a verbal noun, not a verb with the country as its object.
      let beforeOwnCountry =
        tokens[i].kind == .arabic && cs.match.found[0].tokenEnd < range.upperBound
        && cs.match.found.indices.contains(where: { cs.match.found[$0].entry.frame == .noun })
        && mentions.contains(where: {
          $0.tokenStart == cs.match.found[0].tokenEnd && $0.form == .deictic
        })
      // "أسفر قصف إسرائيلي عن مقتل ...": after a verb of result the word is its subject, a
      // verbal noun.
      let afterResultVerb =
        i > range.lowerBound && tokens[i].kind == .arabic && tokens[i - 1].kind == .arabic
        && lexicon.isMarker(tokens, i - 1, .resultVerb)
      let nounish =
        Self.readsAsNoun(cs.match.found[0].proclitic) || afterSubject || beforeOwnCountry
        || afterResultVerb
      // "تعهد بايدن بمواصلة دعم أوكرانيا": after a noun in construct (ending in ة, outside a
      // name) a word that reads as a verb or a noun is the noun, its genitive.
      let afterConstruct =
        i > range.lowerBound && tokens.endsInTaMarbuta(i - 1)
        && !cs.inMention[i - 1 - range.lowerBound] && tokens[i].kind == .arabic
      // "the main sponsor of", "Hamas's chief sponsor": an English word that reads as a verb
      // and as a noun is the noun after an article or a possessive.
      let afterArticle =
        cs.match.found.count > 1 && tokens[i].kind == .latin
        && Self.inEnglishNounSlot(tokens, range, i, lexicon)
      let nounOnly = nounish || afterConstruct || afterArticle
      func fits(_ k: Int) -> Bool {
        let frame = cs.match.found[k].entry.frame
        return nounOnly ? frame != .verb && frame != .meet : true
      }
      // A reading whose needed word is there is the more specific one ("تعتبره تركيا منظمة
      // إرهابية": a designation, not the speech verb "اعتبر").
      let pick: Int =
        cs.match.found.indices.first(where: {
          fits($0)
            && (cs.match.found[$0].entry.needs != nil || cs.match.found[$0].entry.needsNamed != 0)
        }) ?? cs.match.found.indices.first(where: { fits($0) }) ?? 0
      // Room for a few at once, not one more at a time.
      if out.capacity < 4 { out.reserveCapacity(4) }
      // Moved out, not copied (an entry and two Strings): the matches are not read again
      // before the next look-up clears them.
      cs.match.found.swapAt(pick, cs.match.found.count - 1)
      out.append(cs.match.found.removeLast())
      let last = out.count - 1
      // A verb read with a preposition or the article is its verbal noun ("بضرب", "الاستهداف"),
      // and so is one after a preposition ("على قتل").
      let afterPreposition =
        i > range.lowerBound && tokens[i - 1].kind == .arabic
        && lexicon.isMarker(tokens, i - 1, .preposition)
      if (nounish || afterPreposition) && out[last].entry.frame == .verb
        && tokens[i].kind == .arabic
      {
        // ("الجنود المتهمين باغتصاب": a participle of `clause_participle` with the article is
        // an adjective, the accused, and no cue.)
        let proclitic = out[last].proclitic.utf8.count
        if proclitic > 0,
          let stem = String(tokens.norm(i).utf8.dropFirst(proclitic)),
          lexicon.isMarker(stem, Marker.NamedList.clauseParticiple.name + "_ar")
        {
          i = out[last].tokenEnd
          out.removeLast()
          continue
        }
        out[last].entry.frame = .noun
      }
      i = out[last].tokenEnd
    }
  }

  /// The first of the three words before `start` (not before `from`) that is a projectile
  /// ("طائرة مسيرة أطلقها"), if any. (Also read by `SentenceContext.interceptedLaunch`.)
  static func projectileBefore(_ tokens: [Token], _ start: Int, from: Int, _ lexicon: Lexicon)
    -> Int?
  {
    (max(from, start - 3)..<start).first { lexicon.isMarker(tokens, $0, .projectile) }
  }

  /// True when a cue's proclitic makes it read as a noun: it has ب or ل, or ends in the article.
  /// (Tested on the bytes: ب is D8 A8 and ل D9 84, and those two bytes stand for nothing else
  /// in UTF-8. An ending in the article has ل.)
  /// Whether proclitic `p` ends in the article ال (D8 A7 D9 84):
  /// `p.hasByteSuffix(ArabicClitics.article)` with the article's bytes written out; an empty
  /// proclitic, the common case, is told at once.
  @inline(__always)
  static func endsInArticle(_ p: String) -> Bool {
    !p.isEmpty
      && p.withBytes { b in
        let n = b.count
        return n >= 4 && b[n - 4] == 0xD8 && b[n - 3] == 0xA7 && b[n - 2] == 0xD9
          && b[n - 1] == 0x84
      }
  }

  /// (Most proclitics are empty: that is told here, inlined, without the call.)
  @inline(__always)
  static func readsAsNoun(_ proclitic: String) -> Bool {
    !proclitic.isEmpty && readsAsNounByBytes(proclitic)
  }

  /// `readsAsNoun(_:)` of a proclitic that is not empty.
  private static func readsAsNounByBytes(_ proclitic: String) -> Bool {
    proclitic.withBytes { b in
      var k = 0
      while k + 1 < b.count {
        if (b[k] == 0xD8 && b[k + 1] == 0xA8) || (b[k] == 0xD9 && b[k + 1] == 0x84) {
          return true
        }
        k += 1
      }
      return false
    }
  }
}

extension Extractor {
  /// Whether an Arabic word is "وقف" (a halt), with a proclitic or the article at most: "وقف
  /// إطلاق النار", "لوقف إطلاق النار" name a ceasefire.
  static func isHaltWord(_ word: String) -> Bool {
    word.hasByteSuffix("\u{0648}\u{0642}\u{0641}") && word.scalarCount <= 5
  }
}
