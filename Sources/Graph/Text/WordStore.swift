import Foundation

/// The folded words of the tokens made in this process, each kept once and for good: a token
/// refers to its word here (`Token.word`, the address of the word's String), so a token holds no
/// reference-counted field. Copying a token (a repeated word, from `TokenMemo`) then copies plain
/// data without a retain, and freeing a document's tokens frees one block of memory without
/// destroying each token's String.
///
/// Words are kept by their UTF-8 bytes, so memory grows with the number of distinct words read,
/// not with the input. One store for all threads (`shared`), its table behind a lock; it is
/// asked only for words the tokenizer's memo does not hold. A word's String, once stored, is
/// never moved, changed or freed: a `WordRef` read on any thread that got it through the lock
/// (or from a token handed over by the thread that made it) stays valid.
final class WordStore: @unchecked Sendable {
  static let shared = WordStore()

  private struct Slot {
    var hash: UInt64
    /// The word's String, nil for an empty slot.
    var word: UnsafeMutablePointer<String>?
  }

  private let lock = NSLock()
  /// Open addressing over `slotCount` slots (a power of two), at most half of them used.
  private var slots: UnsafeMutablePointer<Slot>
  private var slotCount = 1 << 12
  private var count = 0
  /// The block the next words' Strings go to, `used` of its `blockSize` places taken. Blocks are
  /// never freed (the words' addresses are handed out for good).
  private var block: UnsafeMutablePointer<String>
  private var used = 0
  private static let blockSize = 1 << 10

  private init() {
    slots = .allocate(capacity: slotCount)
    slots.initialize(repeating: Slot(hash: 0, word: nil), count: slotCount)
    block = .allocate(capacity: Self.blockSize)
  }

  /// The word whose UTF-8 bytes are `b`: the one stored before, or `make()` (whose bytes must be
  /// `b`) stored now.
  func word(_ b: UnsafeBufferPointer<UInt8>, make: () -> String) -> WordRef {
    let h = FoldedKey.bytesHash(b)
    lock.lock()
    defer { lock.unlock() }
    let mask = slotCount - 1
    var s = Int(truncatingIfNeeded: h) & mask
    while let w = slots[s].word {
      if slots[s].hash == h,
        w.pointee.withBytes({
          $0.count == b.count && bytesEqual($0.baseAddress, b.baseAddress, b.count)
        })
      {
        return WordRef(pointer: UnsafePointer(w))
      }
      s = (s + 1) & mask
    }
    if used == Self.blockSize {
      block = .allocate(capacity: Self.blockSize)
      used = 0
    }
    let w = block + used
    w.initialize(to: make())
    used += 1
    slots[s] = Slot(hash: h, word: w)
    count += 1
    if 2 * count > slotCount { grow() }
    return WordRef(pointer: UnsafePointer(w))
  }

  /// The word `s` (see `word(_:make:)`).
  func word(_ s: String) -> WordRef {
    s.withBytes { b in word(b, make: { s }) }
  }

  /// Doubles the table (under the lock).
  private func grow() {
    let old = slots
    let oldCount = slotCount
    slotCount *= 2
    slots = .allocate(capacity: slotCount)
    slots.initialize(repeating: Slot(hash: 0, word: nil), count: slotCount)
    let mask = slotCount - 1
    for k in 0..<oldCount where old[k].word != nil {
      var s = Int(truncatingIfNeeded: old[k].hash) & mask
      while slots[s].word != nil { s = (s + 1) & mask }
      slots[s] = old[k]
    }
    old.deallocate()
  }
}

/// A word of `WordStore`: the address of its String, which stays there unchanged for good (so
/// the address may be read on any thread). Equal and hashed as its String.
struct WordRef: @unchecked Sendable, Hashable {
  let pointer: UnsafePointer<String>

  @inline(__always) var string: String { pointer.pointee }

  static func == (a: WordRef, b: WordRef) -> Bool {
    a.pointer == b.pointer || a.pointer.pointee == b.pointer.pointee
  }

  func hash(into hasher: inout Hasher) { hasher.combine(pointer.pointee) }
}
