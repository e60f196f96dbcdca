extension Marker {
  /// A set of the lists read by name (`Marker.namedLists`), one bit a list: the k-th list is bit
  /// k, in `low` for the first 64 lists and in `high` for the next 64, so 128 lists fit
  /// (`bitWidth`). A test of one list is two ANDs; the words stay plain integers (8-byte
  /// alignment, no padding in `TokenLex`).
  ///
  /// An integer literal sets `low` (`0` is the empty set, as with the `UInt64` this was).
  struct NamedBits: Sendable, Hashable, ExpressibleByIntegerLiteral {
    var low: UInt64 = 0
    var high: UInt64 = 0

    /// The most lists the set has bits for.
    static let bitWidth = 2 * UInt64.bitWidth

    init() {}

    @inline(__always)
    init(integerLiteral value: UInt64) { low = value }

    // Written out, so a test `bits & list != 0` is two ANDs and compares, with no call to the
    // generic `!=` of `Equatable`.
    @inline(__always)
    static func == (a: NamedBits, b: NamedBits) -> Bool { a.low == b.low && a.high == b.high }

    @inline(__always)
    static func != (a: NamedBits, b: NamedBits) -> Bool { a.low != b.low || a.high != b.high }

    /// The set of list `k` alone; empty when `k` is out of `0..<bitWidth`.
    @inline(__always)
    init(bit k: Int) {
      if k >= 0, k < UInt64.bitWidth {
        low = 1 << UInt64(k)
      } else if k >= UInt64.bitWidth, k < Self.bitWidth {
        high = 1 << UInt64(k - UInt64.bitWidth)
      }
    }

    @inline(__always)
    static func & (a: NamedBits, b: NamedBits) -> NamedBits {
      var r = NamedBits()
      r.low = a.low & b.low
      r.high = a.high & b.high
      return r
    }

    @inline(__always)
    static func | (a: NamedBits, b: NamedBits) -> NamedBits {
      var r = NamedBits()
      r.low = a.low | b.low
      r.high = a.high | b.high
      return r
    }

    @inline(__always)
    static func |= (a: inout NamedBits, b: NamedBits) {
      a.low |= b.low
      a.high |= b.high
    }

    /// The number of lists in the set.
    var nonzeroBitCount: Int { low.nonzeroBitCount + high.nonzeroBitCount }

    /// The place of the first list in the set (`bitWidth` when it is empty).
    var trailingZeroBitCount: Int {
      low != 0 ? low.trailingZeroBitCount : UInt64.bitWidth + high.trailingZeroBitCount
    }
  }
}
