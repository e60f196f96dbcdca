import CGraphviz
import Foundation

/// Parses DOT text with cgraph so that the same text always gives the same output.
///
/// cgraph's default id discipline (what `agmemread` uses) gives every named node and subgraph
/// the address of its interned name as its id, and `dot` emits clusters in id order: the order
/// of bloc boxes in the output then depends on where malloc happened to put their names, and
/// changes from one render to the next in the same process. This reader's discipline numbers
/// objects in order of creation instead (named ones even, anonymous ones odd, as cgraph
/// expects), keeping its own name table per graph: every id then follows the order of the DOT
/// text. (Leaving names to cgraph's internal map is not enough: closing any subgraph, as the
/// neato-family layouts do with their component subgraphs, empties that map for the whole
/// graph, and names come out as `%3`.) Call only under the Graphviz lock.
enum GraphvizReader {
  /// Names and ids of one root graph (the id discipline's state).
  private final class NameTable {
    var idByName: [String: IDTYPE] = [:]
    var nameByID: [IDTYPE: UnsafeMutablePointer<CChar>] = [:]
    /// Next ids: named objects get even ids, anonymous ones odd.
    var nextNamed: IDTYPE = 2
    var nextAnonymous: IDTYPE = 1

    init() { GraphvizReader.openGraphs += 1 }

    deinit {
      GraphvizReader.openGraphs -= 1
      for pointer in nameByID.values { free(pointer) }
    }
  }

  /// Root graphs read and not closed yet (their name tables alive). Changed and read only
  /// under the Graphviz lock; 0 between two renders when every graph is freed.
  nonisolated(unsafe) static var openGraphs = 0

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
        // No close function: with one, `agclose` of a root graph only calls it ("free the
        // whole heap at once") and frees nothing itself, and never closes the id discipline,
        // so every parsed graph and its name table stayed in memory (about 40 KB a parse;
        // found by Fuzz/Targets/dot.swift). Without it, `agclose` frees object by object.
        close: nil))
    return d
  }()

  /// Id discipline: ids in order of creation, names in a `NameTable`.
  nonisolated(unsafe) private static let ids: UnsafeMutablePointer<Agiddisc_t> = {
    let d = UnsafeMutablePointer<Agiddisc_t>.allocate(capacity: 1)
    d.initialize(
      to: Agiddisc_t(
        open: { _, _ in Unmanaged.passRetained(NameTable()).toOpaque() },
        map: { state, _, name, id, create in
          guard let state, let id else { return 0 }
          let table = Unmanaged<NameTable>.fromOpaque(state).takeUnretainedValue()
          guard let name else {
            id.pointee = table.nextAnonymous
            table.nextAnonymous &+= 2
            return 1
          }
          let key = String(cString: name)
          if let known = table.idByName[key] {
            id.pointee = known
            return 1
          }
          guard create != 0, let copy = strdup(name) else { return 0 }
          let new = table.nextNamed
          table.nextNamed &+= 2
          table.idByName[key] = new
          table.nameByID[new] = copy
          id.pointee = new
          return 1
        },
        alloc: { _, _, _ in 0 },
        free: { _, _, _ in },
        print: { state, _, id in
          guard let state else { return nil }
          return Unmanaged<NameTable>.fromOpaque(state).takeUnretainedValue().nameByID[id]
        },
        close: { state in
          if let state { Unmanaged<NameTable>.fromOpaque(state).release() }
        },
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
