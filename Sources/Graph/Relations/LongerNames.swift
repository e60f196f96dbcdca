/// A document's longer names of groups, parties and bodies, so that a later shorter form names
/// the same actor: "جيش التحرير الوطني الألباني" (Macedonia's rebels) named first, a later
/// "متحدث باسم جيش التحرير الوطني" is theirs, not Colombia's ELN, whose name that shorter form
/// is too.
struct LongerNames {
  /// A name of two or more words as the document wrote it: its words (folded, the first one
  /// without its proclitic), and the actor it named.
  private struct Named {
    var words: [String]
    var code: String
    var actor: String
  }
  private var names: [Named] = []

  /// Whether a mention of `kind` may be named by a shorter form of its name.
  private static func isGroup(_ kind: ActorKind?) -> Bool {
    kind == .armedGroup || kind == .party || kind == .organisation || kind == .other
  }

  /// The words of mention `m`, the first one without the mention's proclitic.
  private static func words(_ m: Mention, _ tokens: [Token]) -> [String] {
    var out: [String] = []
    out.reserveCapacity(m.tokenEnd - m.tokenStart)
    for i in m.tokenStart..<m.tokenEnd {
      let w = tokens.norm(i)
      if i == m.tokenStart, !m.proclitic.isEmpty, w.hasPrefix(m.proclitic) {
        out.append(String(w.dropFirst(m.proclitic.count)))
      } else {
        out.append(w)
      }
    }
    return out
  }

  /// Gives the sentence's group names that begin an earlier, longer name of another actor that
  /// actor's code, then keeps the sentence's names of two or more words for later sentences.
  mutating func apply(_ found: inout [Mention], _ tokens: [Token], gazetteer: Gazetteer) {
    for k in found.indices where found[k].form == .name {
      let n = found[k].tokenEnd - found[k].tokenStart
      guard n >= 2, Self.isGroup(gazetteer.codeKind(found[k])) else { continue }
      let ws = Self.words(found[k], tokens)
      if !names.isEmpty,
        let longer = names.last(where: {
          $0.words.count > n && $0.code != found[k].code && Array($0.words.prefix(n)) == ws
        })
      {
        found[k].code = longer.code
        found[k].actor = longer.actor
        continue
      }
      names.append(Named(words: ws, code: found[k].code, actor: found[k].actor))
    }
  }
}
