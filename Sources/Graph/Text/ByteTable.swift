import Foundation

/// Interns byte strings (folded UTF-8 words) to dense `Int32` ids: open addressing, one arena for
/// the bytes, no allocation on look-up.
///
/// Built once when the dictionaries load and read-only afterwards, so it is shared by all threads.
/// Ids are 0, 1, 2, ... in insertion order; `find` returns -1 for a word never inserted.
struct ByteTable: Sendable {
  /// Slot -> id, -1 when empty. The count is a power of two, at most half full.
  private var slots: [Int32] = Array(repeating: -1, count: 64)
  private var hashes: [UInt64] = []
  /// Bytes of id k are `arena[offsets[k]..<offsets[k + 1]]`.
  private var offsets: [Int32] = [0]
  private var arena: [UInt8] = []

  var count: Int { hashes.count }

  @inline(__always)
  static func hash(_ p: UnsafePointer<UInt8>, _ n: Int) -> UInt64 {
    // FNV-1a, 64 bit.
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for k in 0..<n {
      h = (h ^ UInt64(p[k])) &* 0x100_0000_01b3
    }
    return h ^ (h >> 29)
  }

  /// The id of `bytes`, inserting them when new.
  @discardableResult
  mutating func insert(_ bytes: some Collection<UInt8>) -> Int32 {
    let a = Array(bytes)
    return a.withUnsafeBufferPointer { b in
      let base = b.baseAddress ?? UnsafePointer(bitPattern: 1)!
      let h = Self.hash(base, b.count)
      if let id = probe(base, b.count, h).id { return id }
      let id = Int32(hashes.count)
      hashes.append(h)
      arena.append(contentsOf: b)
      offsets.append(Int32(arena.count))
      if hashes.count * 2 > slots.count { rehash(slots.count * 2) } else { place(id, h) }
      return id
    }
  }

  /// The id of `bytes`, or -1.
  @inline(__always)
  func find(_ p: UnsafePointer<UInt8>, _ n: Int) -> Int32 {
    probe(p, n, Self.hash(p, n)).id ?? -1
  }

  func find(_ word: String) -> Int32 {
    var w = word
    return w.withUTF8 { b in
      guard let base = b.baseAddress else { return find(UnsafePointer(bitPattern: 1)!, 0) }
      return find(base, b.count)
    }
  }

  /// The bytes of `id` as a String.
  func string(_ id: Int32) -> String {
    String(decoding: arena[Int(offsets[Int(id)])..<Int(offsets[Int(id) + 1])], as: UTF8.self)
  }

  @inline(__always)
  private func probe(_ p: UnsafePointer<UInt8>, _ n: Int, _ h: UInt64) -> (id: Int32?, slot: Int) {
    slots.withUnsafeBufferPointer { s in
      hashes.withUnsafeBufferPointer { hs in
        offsets.withUnsafeBufferPointer { off in
          arena.withUnsafeBufferPointer { ar in
            let mask = s.count - 1
            var i = Int(truncatingIfNeeded: h) & mask
            while true {
              let id = s[i]
              if id < 0 { return (nil, i) }
              if hs[Int(id)] == h {
                let lo = Int(off[Int(id)])
                let len = Int(off[Int(id) + 1]) - lo
                if len == n && (n == 0 || memcmp(ar.baseAddress! + lo, p, n) == 0) {
                  return (id, i)
                }
              }
              i = (i + 1) & mask
            }
          }
        }
      }
    }
  }

  private mutating func place(_ id: Int32, _ h: UInt64) {
    let mask = slots.count - 1
    var i = Int(truncatingIfNeeded: h) & mask
    while slots[i] >= 0 { i = (i + 1) & mask }
    slots[i] = id
  }

  private mutating func rehash(_ size: Int) {
    slots = Array(repeating: -1, count: size)
    for id in 0..<hashes.count { place(Int32(id), hashes[id]) }
  }
}
