/// Resolves definite descriptions of armed or political groups ("the rebels", "the group",
/// "الحركة", "التنظيم") to the group named last in the document, so that "the rebels are backed
/// by Iran" after "Houthi rebels attacked ..." reads as Iran supporting the Houthis.
///
/// Only non-state groups are antecedents (kinds `armed-group` and `party`), only within
/// `window` sentences, and only descriptions that stand alone: "the group of seven", "the
/// movement's leader" or "الحركة الإسلامية" name something else and are left alone.
struct GroupAnaphora {
  let gazetteer: Gazetteer
  let lexicon: Lexicon
  /// How many sentences back an antecedent may be (0 = the same sentence only).
  var window = 3

  /// The last group named so far in a document.
  struct Antecedent {
    var code: String
    var actor: String
    var sentence: Int
  }

  /// True when `code` can be the antecedent of a group description.
  func isGroup(_ code: String) -> Bool {
    guard let kind = gazetteer.entry(code)?.kind else { return false }
    return kind == .armedGroup || kind == .party
  }

  /// `mentions` with every group description in `range` added (resolved or dropped), in order;
  /// `last` is updated with the groups named in the sentence.
  func resolve(
    _ tokens: [Token], range: Range<Int>, sentence: Int, mentions: [Mention],
    last: inout Antecedent?
  ) -> [Mention] {
    var out: [Mention] = []
    var next = 0
    var i = range.lowerBound
    func take(upTo position: Int) {
      while next < mentions.count && mentions[next].tokenStart < position {
        let m = mentions[next]
        if isGroup(m.code) { last = Antecedent(code: m.code, actor: m.actor, sentence: sentence) }
        out.append(m)
        next += 1
      }
    }
    while i < range.upperBound {
      take(upTo: i + 1)
      if let span = description(tokens, at: i, range: range, mentions: mentions) {
        if let a = last, sentence - a.sentence <= window {
          out.append(
            Mention(
              tokenStart: span.lowerBound, tokenEnd: span.upperBound, code: a.code, actor: a.actor,
              form: .anaphor, proclitic: tokens[i].kind == .arabic ? proclitic(tokens[i]) : ""))
        }
        i = span.upperBound
      } else {
        i += 1
      }
    }
    take(upTo: Int.max)
    return out
  }

  /// The tokens of a group description starting at `i`, if there is one.
  func description(_ tokens: [Token], at i: Int, range: Range<Int>, mentions: [Mention])
    -> Range<Int>?
  {
    func inMention(_ k: Int) -> Bool {
      mentions.contains { $0.tokenStart <= k && k < $0.tokenEnd }
    }
    let t = tokens[i]
    switch t.kind {
    case .latin:
      // "the rebels", not "The Rebels" (a name) nor "the group of seven".
      guard t.norm == "the", i + 1 < range.upperBound else { return nil }
      let head = tokens[i + 1]
      guard head.kind == .latin, !head.capitalized, !inMention(i + 1),
        lexicon.isMarker(head, "group_anaphor")
      else { return nil }
      if i + 2 < range.upperBound {
        let after = tokens[i + 2]
        if after.kind == .latin && (after.norm == "of" || after.capitalized) { return nil }
        if after.kind == .quote && after.norm != "-" { return nil }  // "the group's leader"
      }
      return i..<(i + 2)
    case .arabic:
      // The article is required: "الحركة", "والجماعة"; a bare "حركة" heads a name.
      guard lexicon.isArticleMarker(t, "group_anaphor"), !inMention(i) else { return nil }
      if i + 1 < range.upperBound, tokens[i + 1].kind == .arabic,
        inMention(i + 1)
          || tokens[i + 1].articleReadings.contains(where: {
            $0.proclitic.hasSuffix(ArabicClitics.article)
              && !lexicon.isMarker($0.stem, "group_anaphor_ar")
              && !lexicon.isMarker(tokens[i + 1], "group_anaphor_modifier")
          })
      {
        return nil  // "الحركة الإسلامية", "الجماعة الليبية": a name or another group
      }
      return i..<(i + 1)
    default:
      return nil
    }
  }

  private func proclitic(_ t: Token) -> String {
    t.articleReadings.first { $0.proclitic.hasSuffix(ArabicClitics.article) }?.proclitic ?? ""
  }
}
