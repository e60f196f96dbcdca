import Foundation

/// The words the byte tokenizer has looked up on this thread, by their folded bytes and kind,
/// with the token it made for each: a word that comes again, in the same text or a later one,
/// takes a copy of that token (its look-up, `Token.lex`, and String, `Token.norm`) with its own
/// place and case set, instead of being looked up and made again. The look-up and String depend
/// on nothing but the folded bytes, the kind and the `WordIndex`, so the tokens are the same
/// either way.
///
/// Open addressing over a fixed number of slots; once `capacity` words (or `arenaCapacity`
/// bytes of them) are remembered, new words are no longer remembered. Each remembered word's
/// bytes are kept in an arena and compared in full on a hit. One store per thread
/// (`TokenMemoStore.current(for:)`), read through a `TokenMemo` during one text.
final class TokenMemoStore {
  struct Slot {
    var hash: UInt64
    /// Index + 1 of the entry (0: empty slot).
    var entry: Int32
    /// Where the word's bytes start in `arena`, and how many there are.
    var offset: UInt32
    var length: UInt32
    var kind: UInt8
  }

  static let slotCount = 1 << 15
  /// At most half the slots hold a word.
  static let capacity = 1 << 14
  static let arenaCapacity = 1 << 19

  let slots: UnsafeMutablePointer<Slot>
  /// The first token made of each remembered word.
  let tokens: UnsafeMutablePointer<Token>
  /// The remembered words' bytes, each zero-padded to a multiple of eight (read eight at a
  /// time).
  let arena: UnsafeMutablePointer<UInt8>
  var count = 0
  var used = 0
  /// The `WordIndex` whose look-ups are remembered (`tag` and `count`).
  var tag: UInt32 = 0
  var words = 0

  init() {
    slots = .allocate(capacity: Self.slotCount)
    slots.initialize(
      repeating: Slot(hash: 0, entry: 0, offset: 0, length: 0, kind: 0), count: Self.slotCount)
    tokens = .allocate(capacity: Self.capacity)
    arena = .allocate(capacity: Self.arenaCapacity)
    arena.initialize(repeating: 0, count: Self.arenaCapacity)
  }

  deinit {
    tokens.deinitialize(count: count)
    slots.deallocate()
    tokens.deallocate()
    arena.deallocate()
  }

  /// Forgets every word, to remember those of `index`.
  private func reset(for index: WordIndex) {
    if count > 0 {
      slots.update(
        repeating: Slot(hash: 0, entry: 0, offset: 0, length: 0, kind: 0), count: Self.slotCount)
      tokens.deinitialize(count: count)
    }
    count = 0
    used = 0
    tag = index.tag
    words = index.count
  }

  #if os(Linux)
    /// The thread-specific slot holding each thread's store (retained; released when the
    /// thread ends).
    private static let key: pthread_key_t = {
      var key = pthread_key_t()
      pthread_key_create(&key) { p in
        if let p { Unmanaged<TokenMemoStore>.fromOpaque(p).release() }
      }
      return key
    }()
  #else
    private static let key = "Graph.TokenMemoStore"
  #endif

  /// This thread's store, holding look-ups of `index` only.
  static func current(for index: WordIndex) -> TokenMemoStore {
    let store: TokenMemoStore
    #if os(Linux)
      if let p = pthread_getspecific(key) {
        store = Unmanaged<TokenMemoStore>.fromOpaque(p).takeUnretainedValue()
      } else {
        store = TokenMemoStore()
        pthread_setspecific(key, Unmanaged.passRetained(store).toOpaque())
      }
    #else
      let dictionary = Thread.current.threadDictionary
      if let s = dictionary[key] as? TokenMemoStore {
        store = s
      } else {
        store = TokenMemoStore()
        dictionary[key] = store
      }
    #endif
    if store.tag != index.tag || store.words != index.count { store.reset(for: index) }
    return store
  }
}

/// A view of a `TokenMemoStore` for one text (plain pointers, no reference counting per word);
/// `finish()` writes what it added back to the store. `init()` makes one that remembers
/// nothing.
struct TokenMemo {
  private let store: TokenMemoStore?
  private let slots: UnsafeMutablePointer<TokenMemoStore.Slot>?
  private let tokens: UnsafeMutablePointer<Token>?
  private let arena: UnsafeMutablePointer<UInt8>?
  private var count = 0
  private var used = 0

  /// A memo that remembers nothing.
  init() {
    store = nil
    slots = nil
    tokens = nil
    arena = nil
  }

  init(_ store: TokenMemoStore) {
    self.store = store
    slots = store.slots
    tokens = store.tokens
    arena = store.arena
    count = store.count
    used = store.used
  }

  /// Writes the words added back to the store.
  func finish() {
    guard let store else { return }
    store.count = count
    store.used = used
  }

  /// Whether the memo remembers words (made from a store).
  @inline(__always) var isActive: Bool { slots != nil }

  /// The hash of `kind` and the bytes `p[0..<n]`; `p[n..<m]`, `m` the next multiple of eight,
  /// must be readable and zero (the byte tokenizer's buffer, `padded`).
  @inline(__always)
  static func hash(_ kind: UInt8, _ p: UnsafePointer<UInt8>, _ n: Int) -> UInt64 {
    // (The length and kind are mixed in by the first multiplication, the high bits of each step
    // into the low ones, which pick the slot, once at the end: a memo's hash only spreads its
    // words over the slots.)
    var h = UInt64(truncatingIfNeeded: n) &<< 3 ^ UInt64(kind)
    let raw = UnsafeRawPointer(p)
    var i = 0
    while i < n {
      h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
      // (Offsets stay below `n`: no overflow checks; so below.)
      i &+= 8
    }
    return h ^ h >> 29
  }

  /// Zeroes the eight bytes after `p[0..<n]` (which must be writable), as `hash` and `find` need.
  @inline(__always)
  static func pad(_ p: UnsafePointer<UInt8>, _ n: Int) {
    UnsafeMutableRawPointer(mutating: p + n).storeBytes(of: 0, as: UInt64.self)
  }

  /// `a[0..<n] == b[0..<n]`, both zero-padded as for `hash`.
  @inline(__always)
  private static func sameBytes(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ n: Int)
    -> Bool
  {
    let ra = UnsafeRawPointer(a)
    let rb = UnsafeRawPointer(b)
    var i = 0
    while i < n {
      if ra.loadUnaligned(fromByteOffset: i, as: UInt64.self)
        != rb.loadUnaligned(fromByteOffset: i, as: UInt64.self)
      {
        return false
      }
      i &+= 8
    }
    return true
  }

  /// The slot of the word of `kind` with hash `h` and bytes `p[0..<n]` (zero-padded as for
  /// `hash`), and its entry if remembered (else the slot is the empty one where it would go).
  /// Only for an active memo.
  @inline(__always)
  func find(_ kind: UInt8, _ h: UInt64, _ p: UnsafePointer<UInt8>, _ n: Int)
    -> (slot: Int, entry: Int?)
  {
    let slots = slots.unsafelyUnwrapped
    let arena = arena.unsafelyUnwrapped
    let mask = TokenMemoStore.slotCount - 1
    var s = Int(truncatingIfNeeded: h) & mask
    while true {
      let e = slots[s]
      if e.entry == 0 { return (s, nil) }
      if e.hash == h, Int(e.length) == n, e.kind == kind,
        Self.sameBytes(arena + Int(e.offset), p, n)
      {
        return (s, Int(e.entry) - 1)
      }
      s = (s &+ 1) & mask
    }
  }

  /// The token remembered for entry `e` (from `find`).
  @inline(__always)
  func token(_ e: Int) -> UnsafePointer<Token> { UnsafePointer(tokens.unsafelyUnwrapped + e) }

  /// Remembers the word of `kind` with hash `h` and bytes `p[0..<n]`, and `token` made of it,
  /// in `slot` (from `find`, which did not find it); does nothing once the store is full.
  @inline(__always)
  mutating func insert(
    _ slot: Int, _ kind: UInt8, _ h: UInt64, _ p: UnsafePointer<UInt8>, _ n: Int,
    token: UnsafePointer<Token>
  ) {
    // Each word starts at a multiple of eight and is zero-padded to the next one.
    let size = (n + 7) & ~7
    guard let slots, let tokens, let arena, count < TokenMemoStore.capacity,
      used + size <= TokenMemoStore.arenaCapacity
    else { return }
    (tokens + count).initialize(to: token.pointee)
    (arena + used).update(repeating: 0, count: size)
    (arena + used).update(from: p, count: n)
    count += 1
    slots[slot] = TokenMemoStore.Slot(
      hash: h, entry: Int32(truncatingIfNeeded: count), offset: UInt32(truncatingIfNeeded: used),
      length: UInt32(truncatingIfNeeded: n), kind: kind)
    used += size
  }
}

extension TokenKind {
  /// A number for each kind, for `TokenMemo`.
  var memoCode: UInt8 {
    switch self {
    case .arabic: return 1
    case .latin: return 2
    case .number: return 3
    case .stop: return 4
    case .comma: return 5
    case .quote: return 6
    case .other: return 7
    }
  }
}
