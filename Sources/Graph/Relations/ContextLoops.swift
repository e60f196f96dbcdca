extension SentenceContext {
  /// Removes from `array` the elements for which `test(self, element)` holds, keeping the
  /// others in order: `array.removeAll(where:)` with the context handed to `test` rather than
  /// captured (see `contains(in:where:)`).
  @inline(__always)
  func removeAll<Element>(
    from array: inout [Element], where test: (SentenceContext, Element) -> Bool
  ) {
    var kept = 0
    var k = 0
    while k < array.count {
      if !test(self, array[k]) {
        if kept != k { array.swapAt(kept, k) }
        kept += 1
      }
      k += 1
    }
    if kept < array.count { array.removeSubrange(kept...) }
  }

  /// Whether `test(self, j)` holds for some `j` of `span`, tried in order: `span.contains(where:)`
  /// with the context handed to `test` rather than captured. (A closure that captured the
  /// context copied the whole context, arrays, lexicon and gazetteer, and released the copy
  /// after: some 500 instructions a call.)
  @inline(__always)
  func contains(in span: Range<Int>, where test: (SentenceContext, Int) -> Bool) -> Bool {
    var j = span.lowerBound
    while j < span.upperBound {
      if test(self, j) { return true }
      j += 1
    }
    return false
  }

  /// The first `j` of `span` for which `test(self, j)` holds: `span.first(where:)` with the
  /// context handed to `test` (see `contains(in:where:)`).
  @inline(__always)
  func first(in span: Range<Int>, where test: (SentenceContext, Int) -> Bool) -> Int? {
    var j = span.lowerBound
    while j < span.upperBound {
      if test(self, j) { return j }
      j += 1
    }
    return nil
  }

  /// The last `j` of `span` for which `test(self, j)` holds: `span.last(where:)` with the
  /// context handed to `test` (see `contains(in:where:)`).
  @inline(__always)
  func last(in span: Range<Int>, where test: (SentenceContext, Int) -> Bool) -> Int? {
    var j = span.upperBound
    while j > span.lowerBound {
      j -= 1
      if test(self, j) { return j }
    }
    return nil
  }

  /// Whether `test(self, j)` holds for every `j` of `span`: `span.allSatisfy(_:)` with the
  /// context handed to `test` (see `contains(in:where:)`).
  @inline(__always)
  func allSatisfy(in span: Range<Int>, _ test: (SentenceContext, Int) -> Bool) -> Bool {
    !contains(in: span) { !test($0, $1) }
  }
}
