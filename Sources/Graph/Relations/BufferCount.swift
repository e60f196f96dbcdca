extension Array {
  /// `isEmpty`, read from the array's buffer: in the extractor's longest function (`trace`)
  /// the optimizer left `isEmpty` a call, some ten instructions, at each of its many tests.
  @inline(__always)
  var isEmptyInPlace: Bool { withUnsafeBufferPointer { $0.count == 0 } }

  /// `count`, read from the array's buffer (see `isEmptyInPlace`).
  @inline(__always)
  var countInPlace: Int { withUnsafeBufferPointer { $0.count } }
}
