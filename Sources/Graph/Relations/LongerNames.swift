/// A document's longer names of groups, parties and bodies, so that a later shorter form names
/// the same actor: "جيش التحرير الوطني الألباني" (Macedonia's rebels) named first, a later
/// "متحدث باسم جيش التحرير الوطني" is theirs, not Colombia's ELN, whose name that shorter form
/// is too.
struct LongerNames {
  /// A name of two or more words where the document wrote it (its tokens, and the length of its
  /// proclitic), and the actor it named.
  private struct Named {
    var tokenStart: Int
    var tokenEnd: Int
    var procliticBytes: Int
    var code: String
    var actor: String
  }
  private var names: [Named] = []

  /// Whether a mention of `kind` may be named by a shorter form of its name.
  private static func isGroup(_ kind: ActorKind?) -> Bool {
    kind == .armedGroup || kind == .party || kind == .organisation || kind == .other
  }

  /// Whether the `n` words at `a` (a proclitic of `pa` bytes on the first) are those at `b`
  /// (`pb` bytes), read in place: the words are the document's tokens, no copy made.
  private static func sameWords(
    _ tokens: [Token], _ a: Int, _ pa: Int, _ b: Int, _ pb: Int, count n: Int
  ) -> Bool {
    let first = tokens.norm(a).utf8.dropFirst(pa)
    guard first.elementsEqual(tokens.norm(b).utf8.dropFirst(pb)) else { return false }
    for k in 1..<n where tokens.norm(a + k) != tokens.norm(b + k) { return false }
    return true
  }

  /// Gives the sentence's group names that begin an earlier, longer name of another actor that
  /// actor's code, then keeps the sentence's names of two or more words for later sentences.
  mutating func apply(_ found: inout [Mention], _ tokens: [Token], gazetteer: Gazetteer) {
    for k in found.indices where found[k].form == .name {
      let start = found[k].tokenStart
      let n = found[k].tokenEnd - start
      guard n >= 2, Self.isGroup(gazetteer.codeKind(found[k])) else { continue }
      // (The proclitic's bytes, when the word starts with it.)
      let p = found[k].proclitic.utf8.count
      let pk = p > 0 && tokens.norm(start).utf8.starts(with: found[k].proclitic.utf8) ? p : 0
      if let longer = names.last(where: {
        $0.tokenEnd - $0.tokenStart > n && $0.code != found[k].code
          && Self.sameWords(tokens, $0.tokenStart, $0.procliticBytes, start, pk, count: n)
      }) {
        found[k].code = longer.code
        found[k].actor = longer.actor
        continue
      }
      names.append(
        Named(
          tokenStart: start, tokenEnd: found[k].tokenEnd, procliticBytes: pk,
          code: found[k].code, actor: found[k].actor))
    }
  }
}
