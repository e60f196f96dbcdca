extension SentenceContext {
  /// Whether the mentions at the places `group` name two actors or more (two different codes):
  /// `Set(group.map { mentions[$0].code }).count >= 2` without making the list and the set.
  func namesTwoActors(_ group: [Int]) -> Bool {
    guard let first = group.first else { return false }
    return group.contains { mentions[$0].code != mentions[first].code }
  }
}
