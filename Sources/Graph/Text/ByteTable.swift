import Foundation

/// Interns byte strings (folded UTF-8 words) to dense `Int32` ids: open addressing, one arena for
/// the bytes, no allocation on look-up.
///
/// The hash is polynomial (`h = h * base + byte`), so the hash of any substring follows from
/// prefix hashes in O(1) (`PrefixHashes`): all clitic readings of a word are looked up after one
/// pass over its bytes. Built once when the dictionaries load and read-only afterwards, so it is
/// shared by all threads. Ids are 0, 1, 2, ... in insertion order; look-ups return -1 for a word
/// never inserted.
struct ByteTable: Sendable {
  /// Slot -> id, -1 when empty. The count is a power of two, at most half full.
  private var slots: [Int32] = Array(repeating: -1, count: 64)
  private var shift: UInt64 = 58
  private var hashes: [UInt64] = []
  /// Bytes of id k are `arena[offsets[k]..<offsets[k + 1]]`.
  private var offsets: [Int32] = [0]
  private var arena: [UInt8] = []
  /// One bit per hash (its top bits, mixed otherwise than for `slot`), set for every word: most
  /// look-ups of words that are not in the table (the common case) stop at one bit test. About
  /// 16 bits per word, at least 2^16.
  private var filter: [UInt64] = Array(repeating: 0, count: 1 << 10)
  private var filterShift: UInt64 = 48

  static let base: UInt64 = 0x0000_0100_0000_01B3

  var count: Int { hashes.count }

  @inline(__always)
  static func hash(_ p: UnsafePointer<UInt8>, _ n: Int) -> UInt64 {
    var h: UInt64 = 0
    for k in 0..<n { h = h &* base &+ UInt64(p[k]) }
    return h
  }

  /// Slot of a hash: its high bits, mixed (the low bits of a polynomial hash are weak).
  @inline(__always)
  private func slot(_ h: UInt64) -> Int {
    Int(truncatingIfNeeded: ((h ^ (h >> 31)) &* 0x9E37_79B9_7F4A_7C15) >> shift)
  }

  @inline(__always)
  private func filterBit(_ h: UInt64) -> Int {
    Int(truncatingIfNeeded: ((h ^ (h >> 29)) &* 0xD6E8_FEB8_6659_FD93) >> filterShift)
  }

  /// False when no word of the table has hash `h`.
  @inline(__always)
  func mayHave(hash h: UInt64) -> Bool {
    let b = filterBit(h)
    return filter.withUnsafeBufferPointer { $0[b >> 6] & (1 << UInt64(b & 63)) != 0 }
  }

  private mutating func setFilterBit(_ h: UInt64) {
    let b = filterBit(h)
    filter[b >> 6] |= 1 << UInt64(b & 63)
  }

  /// Room for `words` words of `bytes` bytes in all, made at once: the tables then have the
  /// sizes that inserting `words` words one by one grows them to (and the same slots for the
  /// same inserts), without growing them a step at a time.
  mutating func reserveCapacity(words: Int, bytes: Int) {
    hashes.reserveCapacity(words)
    offsets.reserveCapacity(words + 1)
    arena.reserveCapacity(bytes)
    var size = slots.count
    while words * 2 > size { size *= 2 }
    if size > slots.count { rehash(size) }
    var bits = filter.count * 64
    var shift = filterShift
    while words * 16 > bits {
      bits *= 2
      shift -= 1
    }
    if bits > filter.count * 64 {
      filter = Array(repeating: 0, count: bits / 64)
      filterShift = shift
      for h in hashes { setFilterBit(h) }
    }
  }

  /// The id of `bytes`, inserting them when new.
  @discardableResult
  mutating func insert(_ bytes: some Collection<UInt8>) -> Int32 {
    // A String's or an array's bytes in place; others copied first.
    if let id = bytes.withContiguousStorageIfAvailable({ insert(buffer: $0) }) { return id }
    return Array(bytes).withUnsafeBufferPointer { insert(buffer: $0) }
  }

  private mutating func insert(buffer b: UnsafeBufferPointer<UInt8>) -> Int32 {
    let base = b.baseAddress ?? UnsafePointer(bitPattern: 1)!
    let h = Self.hash(base, b.count)
    let found = find(hash: h, count: b.count) { memcmp($0, base, b.count) == 0 }
    if found >= 0 { return found }
    let id = Int32(hashes.count)
    hashes.append(h)
    arena.append(contentsOf: b)
    offsets.append(Int32(arena.count))
    if hashes.count * 2 > slots.count { rehash(slots.count * 2) } else { place(id, h) }
    if hashes.count * 16 > filter.count * 64 {
      filter = Array(repeating: 0, count: filter.count * 2)
      filterShift -= 1
      for h in hashes { setFilterBit(h) }
    } else {
      setFilterBit(h)
    }
    return id
  }

  /// The id of `p[0..<n]`, or -1.
  @inline(__always)
  func find(_ p: UnsafePointer<UInt8>, _ n: Int) -> Int32 {
    find(hash: Self.hash(p, n), count: n) { n == 0 || memcmp($0, p, n) == 0 }
  }

  func find(_ word: String) -> Int32 {
    word.withBytes { b in
      guard let base = b.baseAddress else { return find(UnsafePointer(bitPattern: 1)!, 0) }
      return find(base, b.count)
    }
  }

  /// The id of the word with hash `h` and `count` bytes for which `same(bytes)` holds, or -1.
  @inline(__always)
  func find(hash h: UInt64, count n: Int, _ same: (UnsafePointer<UInt8>) -> Bool) -> Int32 {
    guard mayHave(hash: h) else { return -1 }
    return slots.withUnsafeBufferPointer { s in
      hashes.withUnsafeBufferPointer { hs in
        offsets.withUnsafeBufferPointer { off in
          arena.withUnsafeBufferPointer { ar in
            let mask = s.count - 1
            var i = slot(h)
            while true {
              let id = s[i]
              if id < 0 { return -1 }
              if hs[Int(id)] == h {
                let lo = Int(off[Int(id)])
                if Int(off[Int(id) + 1]) - lo == n
                  && same(ar.baseAddress.map { $0 + lo } ?? UnsafePointer(bitPattern: 1)!)
                {
                  return id
                }
              }
              i = (i + 1) & mask
            }
          }
        }
      }
    }
  }

  /// The bytes of `id` as a String.
  func string(_ id: Int32) -> String {
    String(decoding: arena[Int(offsets[Int(id)])..<Int(offsets[Int(id) + 1])], as: UTF8.self)
  }

  /// `string(id)` for a table whose every insert was valid UTF-8 (the bytes of Strings):
  /// made without checking the bytes again.
  func validString(_ id: Int32) -> String {
    arena.withUnsafeBufferPointer {
      String(
        validUTF8: UnsafeBufferPointer(
          rebasing: $0[Int(offsets[Int(id)])..<Int(offsets[Int(id) + 1])]))
    }
  }

  private mutating func place(_ id: Int32, _ h: UInt64) {
    let mask = slots.count - 1
    var i = slot(h)
    while slots[i] >= 0 { i = (i + 1) & mask }
    slots[i] = id
  }

  private mutating func rehash(_ size: Int) {
    slots = Array(repeating: -1, count: size)
    shift = UInt64(64 - size.trailingZeroBitCount)
    for id in 0..<hashes.count { place(Int32(id), hashes[id]) }
  }
}

/// Prefix hashes of one word (`ByteTable`'s hash), for the hash of any of its substrings.
struct PrefixHashes {
  /// prefix[k] = hash of the first k bytes.
  private(set) var prefix: [UInt64] = []
  /// powers[k] = base^k.
  static let powers: [UInt64] = {
    var p: [UInt64] = [1]
    for _ in 0..<512 { p.append(p[p.count - 1] &* ByteTable.base) }
    return p
  }()

  static func power(_ k: Int) -> UInt64 {
    if k < powers.count { return powers[k] }
    var r = powers[powers.count - 1]
    for _ in (powers.count - 1)..<k { r = r &* ByteTable.base }
    return r
  }

  mutating func load(_ p: UnsafePointer<UInt8>, _ n: Int) {
    if prefix.count < n + 1 { prefix = [UInt64](repeating: 0, count: max(n + 1, 2 * prefix.count)) }
    prefix.withUnsafeMutableBufferPointer { out in
      var h: UInt64 = 0
      out[0] = 0
      for k in 0..<n {
        h = h &* ByteTable.base &+ UInt64(p[k])
        out[k + 1] = h
      }
    }
  }

  /// The hash of bytes `a..<b` of the loaded word.
  @inline(__always)
  func hash(_ a: Int, _ b: Int) -> UInt64 {
    prefix[b] &- prefix[a] &* Self.power(b - a)
  }

  /// The hash of `head` followed by bytes `a..<b`, where `head` has hash `h` (any length).
  @inline(__always)
  func hash(after h: UInt64, _ a: Int, _ b: Int) -> UInt64 {
    h &* Self.power(b - a) &+ hash(a, b)
  }
}
