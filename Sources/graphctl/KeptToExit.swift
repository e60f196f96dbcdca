/// Keeps a value alive until the process exits: big read-only tables (the extractor's
/// dictionaries) are given back by the exit at once, not freed piece by piece after the last
/// output (about 25 M instructions for the built-in tables).
enum KeptToExit {
  private final class Box<T> {
    let value: T
    init(_ value: T) { self.value = value }
  }

  /// Holds `value` (a copy, sharing its storage) for the rest of the process.
  static func keep<T>(_ value: T) {
    _ = Unmanaged.passRetained(Box(value))
  }
}
