extension String {
  /// `self == word`, for a literal `word` that no other UTF-8 spelling equals under canonical
  /// equivalence (plain ASCII letters and punctuation, Arabic letters without marks): the byte
  /// counts are compared first, inline, so most words are ruled out without calling String's
  /// comparison (`==` called it for every pair of Strings not stored alike).
  @inline(__always)
  func equalsWord(_ word: String) -> Bool {
    utf8.count == word.utf8.count && self == word
  }
}
