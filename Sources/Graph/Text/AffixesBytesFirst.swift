extension String {
  /// `hasPrefix(prefix)`, the bytes compared first. For a prefix of letters that no other
  /// spelling equals under canonical equivalence (plain ASCII and Arabic letters, "-"), a
  /// String whose Characters start with the prefix's starts with its bytes too, so the byte test
  /// only rules out (most words, at a few instructions) what `hasPrefix`, which compares
  /// Characters at some hundreds, would rule out as well.
  @inline(__always)
  func hasPrefixBytesFirst(_ prefix: String) -> Bool {
    hasBytePrefix(prefix) && hasPrefix(prefix)
  }

  /// `hasSuffix(suffix)`, the bytes compared first (see `hasPrefixBytesFirst`).
  @inline(__always)
  func hasSuffixBytesFirst(_ suffix: String) -> Bool {
    hasByteSuffix(suffix) && hasSuffix(suffix)
  }
}
