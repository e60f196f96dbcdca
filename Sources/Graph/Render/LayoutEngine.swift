/// A Graphviz layout engine that graphctl knows how to drive.
public enum LayoutEngine: String, Sendable, Hashable, CaseIterable, Codable {
  /// Hierarchical layout; best for small and medium graphs.
  case dot
  /// Spring model (stress majorisation).
  case neato
  /// Multiscale force-directed layout; the only one fast enough for thousands of nodes.
  case sfdp
  /// Circular layout.
  case circo
  /// Force-directed layout (Fruchterman-Reingold) with cluster support.
  case fdp

  /// Graphs with more nodes than this are laid out with `sfdp` when no engine is given.
  public static let dotNodeLimit = 300

  /// The engine picked when the caller does not choose: `dot` up to `dotNodeLimit` nodes,
  /// `sfdp` beyond (dot takes tens of seconds on thousands of nodes).
  public static func automatic(nodeCount: Int) -> LayoutEngine {
    nodeCount <= dotNodeLimit ? .dot : .sfdp
  }
}
