/// What a render produced: the file's bytes and Graphviz's warnings, if it printed any.
public struct RenderOutput: Sendable, Hashable {
  /// The rendered file (or the DOT text for `RenderFormat.dot`).
  public var data: [UInt8]
  /// Graphviz's warning text, one entry per message; empty when it had nothing to say.
  public var warnings: [String]

  public init(data: [UInt8], warnings: [String]) {
    self.data = data
    self.warnings = warnings
  }
}
