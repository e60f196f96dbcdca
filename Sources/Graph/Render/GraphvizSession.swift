import CGraphviz
import Foundation

/// The one process-wide gate to Graphviz.
///
/// Graphviz keeps global state (the parser, error handling, caches) and is not thread-safe even
/// with one context per thread, so every call into libgvc/libcgraph goes through `run`, which
/// holds a single lock. While the lock is held, Graphviz's messages are routed into `messages`
/// instead of stderr, so errors can be reported as Swift errors.
///
/// The session keeps one GVC context for the life of the process, as the Graphviz commands do
/// for all the graphs of one run. A context per render is not safe in Graphviz 2.42: the pango
/// plugin caches a pointer to the last font name, which lives in the context's font table, and
/// compares the next render's font with it after `gvFreeContext` freed it (a use-after-free
/// that AddressSanitizer reports on the second render; found by Fuzz/Targets/dot.swift). Each
/// `gvContext` also leaks the parsed plugin configuration (about 20 KB).
final class GraphvizSession: @unchecked Sendable {
  /// The only instance; `@unchecked Sendable` is sound because all mutable state is touched
  /// only while `lock` is held.
  static let shared = GraphvizSession()

  private let lock = NSLock()
  /// Text Graphviz reported since the last `takeMessages()`; guarded by `lock`.
  private var buffer = ""
  /// The process's GVC context, made at the first use; guarded by `lock`.
  private var gvc: OpaquePointer?

  private init() {}

  /// Runs `body` with the Graphviz lock held and Graphviz's error output captured.
  func run<T>(_ body: (GraphvizSession) throws -> T) rethrows -> T {
    lock.lock()
    defer { lock.unlock() }
    buffer = ""
    _ = agreseterrors()
    // The callback cannot capture context; it reaches the buffer through `shared`, which is
    // safe because Graphviz only calls it from inside `body`, on this thread, under the lock.
    let previous = agseterrf { text in
      if let text { GraphvizSession.shared.buffer += String(cString: text) }
      return 0
    }
    defer { _ = agseterrf(previous) }
    return try body(self)
  }

  /// The process's GVC context (made on first use). Call only from inside `run`. The context
  /// must exist before any graph is parsed, or labels go missing.
  func context() throws -> OpaquePointer {
    if let gvc { return gvc }
    guard let made = gvContext() else { throw GraphvizError.contextUnavailable }
    gvc = made
    return made
  }

  /// The messages Graphviz reported so far inside `run`, and clears them. A message starts
  /// with `Error:` or `Warning:`; its continuation lines are joined to it with newlines.
  /// Call only from inside `run`.
  func takeMessages() -> [String] {
    var messages: [String] = []
    for line in buffer.split(whereSeparator: \.isNewline) {
      let text = line.trimmingCharacters(in: .whitespaces)
      guard !text.isEmpty else { continue }
      let starts = text.hasPrefix("Error") || text.hasPrefix("Warning")
      if starts || messages.isEmpty {
        messages.append(text)
      } else {
        messages[messages.count - 1] += "\n" + text
      }
    }
    buffer = ""
    return messages
  }

  /// `takeMessages()` as one string, for error messages.
  func takeMessageText() -> String {
    takeMessages().joined(separator: "\n")
  }
}
