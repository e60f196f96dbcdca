/// A 4-ary min-heap of node ids keyed by an external distance array, with decrease-key
/// through a position index: the priority queue of Dijkstra's algorithm in `PathSweep`.
///
/// Works on caller-owned buffers (allocated once per thread, reused for every source).
struct IndexedHeap {
  let items: UnsafeMutablePointer<Int32>
  /// Position of each node in `items`, -1 when absent.
  let position: UnsafeMutablePointer<Int32>
  var count = 0

  init(capacity: Int) {
    items = .allocate(capacity: max(1, capacity))
    position = .allocate(capacity: max(1, capacity))
    position.initialize(repeating: -1, count: max(1, capacity))
  }

  func deallocate() {
    items.deallocate()
    position.deallocate()
  }

  var isEmpty: Bool { count == 0 }

  mutating func push(_ v: Int32, _ key: UnsafeMutablePointer<Double>) {
    items[count] = v
    position[Int(v)] = Int32(truncatingIfNeeded: count)
    count += 1
    siftUp(count - 1, key)
  }

  /// Restores the heap after `key[v]` decreased.
  mutating func decreased(_ v: Int32, _ key: UnsafeMutablePointer<Double>) {
    siftUp(Int(position[Int(v)]), key)
  }

  mutating func pop(_ key: UnsafeMutablePointer<Double>) -> Int32 {
    let top = items[0]
    position[Int(top)] = -1
    count -= 1
    if count > 0 {
      let last = items[count]
      items[0] = last
      position[Int(last)] = 0
      siftDown(0, key)
    }
    return top
  }

  @inline(__always)
  private func siftUp(_ start: Int, _ key: UnsafeMutablePointer<Double>) {
    var i = start
    let v = items[i]
    let kv = key[Int(v)]
    while i > 0 {
      let parent = (i - 1) >> 2
      let p = items[parent]
      guard kv < key[Int(p)] else { break }
      items[i] = p
      position[Int(p)] = Int32(truncatingIfNeeded: i)
      i = parent
    }
    items[i] = v
    position[Int(v)] = Int32(truncatingIfNeeded: i)
  }

  @inline(__always)
  private func siftDown(_ start: Int, _ key: UnsafeMutablePointer<Double>) {
    var i = start
    let v = items[i]
    let kv = key[Int(v)]
    while true {
      let first = 4 * i + 1
      guard first < count else { break }
      var child = first
      var kc = key[Int(items[first])]
      let last = min(first + 4, count)
      var j = first + 1
      while j < last {
        let kj = key[Int(items[j])]
        if kj < kc {
          child = j
          kc = kj
        }
        j += 1
      }
      guard kc < kv else { break }
      let c = items[child]
      items[i] = c
      position[Int(c)] = Int32(truncatingIfNeeded: i)
      i = child
    }
    items[i] = v
    position[Int(v)] = Int32(truncatingIfNeeded: i)
  }
}
