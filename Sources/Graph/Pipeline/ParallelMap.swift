import Dispatch

/// Maps `count` indices to results on all cores, keeping index order.
///
/// Each iteration writes only its own slot of a buffer allocated up front, so no two threads
/// touch the same memory.
func parallelMap<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
  guard count > 0 else { return [] }
  let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: count)
  nonisolated(unsafe) let slots = buffer
  DispatchQueue.concurrentPerform(iterations: count) { i in
    (slots.baseAddress! + i).initialize(to: body(i))
  }
  let out = Array(buffer)
  _ = buffer.deinitialize()
  buffer.deallocate()
  return out
}
