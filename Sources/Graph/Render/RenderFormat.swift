/// An output format of `GraphvizRenderer`.
public enum RenderFormat: String, Sendable, Hashable, CaseIterable, Codable {
  /// SVG from Graphviz's core renderer: text stays text (UTF-8), searchable and selectable.
  case svg
  /// PNG through cairo and pango, which shape Arabic (the gd renderer does not).
  case png
  /// PDF through cairo.
  case pdf
  /// The DOT text itself, after checking that Graphviz parses it.
  case dot

  /// The `format[:renderer]` string handed to `gvRenderData`; nil for `.dot`.
  var graphvizFormat: String? {
    switch self {
    case .svg: return "svg"
    case .png: return "png:cairo"
    case .pdf: return "pdf:cairo"
    case .dot: return nil
    }
  }

  /// The usual file extension for the format.
  public var fileExtension: String { rawValue }
}
