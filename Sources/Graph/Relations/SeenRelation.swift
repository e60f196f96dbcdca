/// A relation `Extractor.trace` has given in the current sentence: its two codes (in order for
/// a symmetric relation), its type and whether it was flagged hypothetical. Compared field by
/// field, with no key String made.
struct SeenRelation: Equatable {
  let source: String
  let relation: RelationType
  let target: String
  let hypothetical: Bool
}
