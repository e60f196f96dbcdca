import CGraphviz
import Foundation

/// The one process-wide gate to Graphviz.
///
/// Graphviz keeps global state (the parser, error handling, caches) and is not thread-safe even
/// with one context per thread, so every call into libgvc/libcgraph goes through `run`, which
/// holds a single lock. While the lock is held, Graphviz's messages are routed into `messages`
/// instead of stderr, so errors can be reported as Swift errors.
final class GraphvizSession: @unchecked Sendable {
  /// The only instance; `@unchecked Sendable` is sound because all mutable state is touched
  /// only while `lock` is held.
  static let shared = GraphvizSession()

  private let lock = NSLock()
  /// Text Graphviz reported since the last `takeMessages()`; guarded by `lock`.
  private var buffer = ""

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
