/// SplitMix64 (Steele, Lea & Flood 2014): a tiny seeded generator whose output is the same on
/// every platform and Swift version, so seeded analyses are reproducible.
public struct SplitMix64: RandomNumberGenerator, Sendable, Hashable {
  private var state: UInt64

  public init(seed: UInt64) { state = seed }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A value in `0..<bound` (`bound` > 0) by Lemire's multiply-shift with rejection; unbiased.
  public mutating func below(_ bound: Int) -> Int {
    precondition(bound > 0, "bound must be positive")
    let b = UInt64(bound)
    let threshold = (0 &- b) % b
    while true {
      let (high, low) = b.multipliedFullWidth(by: next())
      if low >= threshold { return Int(high) }
    }
  }

  /// Fisher-Yates shuffle of `array` driven by this generator; independent of the standard
  /// library's shuffle, whose algorithm is not guaranteed to stay the same.
  public mutating func shuffle<T>(_ array: inout [T]) {
    guard array.count > 1 else { return }
    for i in stride(from: array.count - 1, to: 0, by: -1) {
      let j = below(i + 1)
      if i != j { array.swapAt(i, j) }
    }
  }
}
