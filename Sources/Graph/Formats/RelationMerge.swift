/// Merges relation lists from several runs (or several `import` outputs) into one.
///
/// A relation read twice (the same file given twice, or two runs over the same document) would
/// count twice in the graph. Two relations are the same when document, sentence, span,
/// evidence, source, type, target and cue agree; the first one is kept, in input order.
public enum RelationMerge {
  /// What `merge` kept and dropped.
  public struct Result: Sendable {
    public var relations: [Relation]
    public var duplicates: Int
  }

  public static func merge(_ lists: [[Relation]]) -> Result {
    struct Key: Hashable {
      var doc: String
      var sentence: Int
      var span: [Int]
      var evidence: String
      var source: String
      var relation: RelationType
      var target: String
      var cue: String
    }
    var seen = Set<Key>()
    var out: [Relation] = []
    var duplicates = 0
    for list in lists {
      for r in list {
        let key = Key(
          doc: r.doc, sentence: r.sentence, span: r.span, evidence: r.evidence, source: r.source,
          relation: r.relation, target: r.target, cue: r.cue)
        if seen.insert(key).inserted {
          out.append(r)
        } else {
          duplicates += 1
        }
      }
    }
    return Result(relations: out, duplicates: duplicates)
  }
}
