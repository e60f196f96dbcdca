extension Dictionary {
  /// Sorts every value (a list) in place, as `self[k] = self[k].sorted(by: less)` for each key
  /// would (the same stable sort), without copying the dictionary: assigning to it while
  /// iterating over it copied its whole storage first. A list of one stays as it is.
  mutating func sortValues<Element>(by less: (Element, Element) -> Bool)
  where Value == [Element] {
    var k = startIndex
    while k != endIndex {
      if values[k].count > 1 { values[k].sort(by: less) }
      k = index(after: k)
    }
  }
}
