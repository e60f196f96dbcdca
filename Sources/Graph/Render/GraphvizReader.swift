import CGraphviz
import Foundation

/// Parses DOT text with cgraph so that the same text always gives the same output.
///
/// cgraph's default id discipline (what `agmemread` uses) gives every named node and subgraph
/// the address of its interned name as its id, and `dot` emits clusters in id order: the order
/// of bloc boxes in the output then depends on where malloc happened to put their names, and
/// changes from one render to the next in the same process. This reader's discipline declines
/// to map names, so cgraph keeps names in its internal map and asks for anonymous ids, which
/// come from a counter: every object's id follows its order of creation, i.e. the order of the
/// DOT text. Call only under the Graphviz lock (`GraphvizSession.run`).
enum GraphvizReader {
  /// Next anonymous id; odd, as cgraph expects of anonymous ids. Touched only under the lock.
  nonisolated(unsafe) private static var nextID: IDTYPE = 1

  /// The text being parsed and how far the parser has read.
  private struct Source {
    var bytes: UnsafeMutablePointer<CChar>
    var count: Int
    var offset: Int
  }

  /// Memory discipline: zeroed allocations, as cgraph's own (it relies on zeroed memory).
  nonisolated(unsafe) private static let memory: UnsafeMutablePointer<Agmemdisc_t> = {
    let d = UnsafeMutablePointer<Agmemdisc_t>.allocate(capacity: 1)
    d.initialize(
      to: Agmemdisc_t(
        open: { _ in nil },
        alloc: { _, size in calloc(1, size) },
        resize: { _, pointer, old, new in
          guard let p = realloc(pointer, new) else { return nil }
          if new > old { memset(p + old, 0, new - old) }
          return p
        },
        free: { _, pointer in free(pointer) },
        close: { _ in }))
    return d
  }()

  /// Id discipline: names are left to cgraph's internal map; anonymous ids from the counter.
  nonisolated(unsafe) private static let ids: UnsafeMutablePointer<Agiddisc_t> = {
    let d = UnsafeMutablePointer<Agiddisc_t>.allocate(capacity: 1)
    d.initialize(
      to: Agiddisc_t(
        open: { graph, _ in UnsafeMutableRawPointer(graph) },
        map: { _, _, name, id, _ in
          guard name == nil, let id else { return 0 }
          id.pointee = GraphvizReader.nextID
          GraphvizReader.nextID &+= 2
          return 1
        },
        alloc: { _, _, _ in 0 },
        free: { _, _, _ in },
        print: { _, _, _ in nil },
        close: { _ in },
        idregister: { _, _, _ in }))
    return d
  }()

  /// I/O discipline reading a `Source` line by line, as `agmemread` does.
  nonisolated(unsafe) private static let io: UnsafeMutablePointer<Agiodisc_t> = {
    let d = UnsafeMutablePointer<Agiodisc_t>.allocate(capacity: 1)
    d.initialize(
      to: Agiodisc_t(
        afread: { channel, buffer, size in
          guard let channel, let buffer, size > 0 else { return 0 }
          let source = channel.assumingMemoryBound(to: Source.self)
          var n = 0
          while source.pointee.offset < source.pointee.count, n < Int(size) {
            let c = source.pointee.bytes[source.pointee.offset]
            buffer[n] = c
            n += 1
            source.pointee.offset += 1
            if c == 0x0A { break }
          }
          return Int32(n)
        },
        putstr: { _, _ in 0 },
        flush: { _ in 0 }))
    return d
  }()

  /// The graph of `dot`, or nil when cgraph cannot parse it (its message is in the session).
  static func read(_ dot: String) -> UnsafeMutablePointer<Agraph_t>? {
    var utf8 = Array(dot.utf8CString)
    let count = utf8.count - 1  // without the terminating NUL
    return utf8.withUnsafeMutableBufferPointer { buffer -> UnsafeMutablePointer<Agraph_t>? in
      guard let base = buffer.baseAddress else { return nil }
      var source = Source(bytes: base, count: count, offset: 0)
      var discipline = Agdisc_t(mem: memory, id: ids, io: io)
      return withUnsafeMutablePointer(to: &source) { channel in
        agread(UnsafeMutableRawPointer(channel), &discipline)
      }
    }
  }
}
