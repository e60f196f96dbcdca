/// Why Graphviz could not turn DOT text into a picture. Messages carry Graphviz's own error text.
public enum GraphvizError: Error, Sendable, Hashable, CustomStringConvertible {
  /// `gvContext()` returned nil (out of memory or a broken libgvc install).
  case contextUnavailable
  /// The DOT text has a NUL byte, which C strings cannot carry.
  case embeddedNUL
  /// `agmemread` rejected the DOT text.
  case parseFailed(message: String)
  /// The graph names a layout engine graphctl does not drive.
  case unknownEngine(String)
  /// libgvc does not know the engine although it should: its plugin config is missing.
  case layoutPluginMissing(engine: String, message: String)
  /// `gvLayout` failed for another reason.
  case layoutFailed(engine: String, message: String)
  /// `gvRenderData` failed (for example a missing cairo plugin).
  case renderFailed(format: String, message: String)

  public var description: String {
    switch self {
    case .contextUnavailable:
      return "Graphviz: could not create a GVC context (gvContext returned nil)"
    case .embeddedNUL:
      return "Graphviz: the DOT text contains a NUL byte"
    case .parseFailed(let message):
      return "Graphviz could not parse the DOT text" + Self.suffix(message)
    case .unknownEngine(let name):
      let known = LayoutEngine.allCases.map(\.rawValue).joined(separator: ", ")
      return "unknown layout engine \"\(name)\" (use one of: \(known))"
    case .layoutPluginMissing(let engine, let message):
      return "Graphviz does not know the layout engine \"\(engine)\": its plugin config is "
        + "missing; run `libgvc6-config-update -c` (as root) to rebuild it" + Self.suffix(message)
    case .layoutFailed(let engine, let message):
      return "Graphviz layout with \"\(engine)\" failed" + Self.suffix(message)
    case .renderFailed(let format, let message):
      return "Graphviz could not render \"\(format)\"" + Self.suffix(message)
    }
  }

  private static func suffix(_ message: String) -> String {
    message.isEmpty ? "" : ": " + message
  }
}
