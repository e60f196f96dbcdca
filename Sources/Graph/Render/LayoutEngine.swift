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
  /// Force-directed layout (Fruchterman-Reingold) with cluster support. Reproducible for the
  /// first layout in a process (one per `graphctl` command); Graphviz 2.42's fdp keeps state
  /// between layouts, so later fdp renders in the same process may differ.
  case fdp

  /// Graphs with more nodes than this are laid out with `sfdp` when no engine is given.
  public static let dotNodeLimit = 300

  /// Graphs with more edges per node than this are laid out with `neato` (up to
  /// `dotNodeLimit` nodes): `dot` draws dense graphs as long crossing arcs between ranks.
  public static let denseEdgesPerNode = 2.0

  /// The engine picked when the caller does not choose: `dot` up to `dotNodeLimit` nodes,
  /// `sfdp` beyond (dot takes tens of seconds on thousands of nodes).
  public static func automatic(nodeCount: Int) -> LayoutEngine {
    nodeCount <= dotNodeLimit ? .dot : .sfdp
  }

  /// Like `automatic(nodeCount:)`, and `neato` for dense graphs up to `dotNodeLimit` nodes
  /// (more than `denseEdgesPerNode` edges per node, and more than 12 nodes).
  public static func automatic(nodeCount: Int, edgeCount: Int) -> LayoutEngine {
    guard nodeCount <= dotNodeLimit else { return .sfdp }
    let dense = nodeCount > 12 && Double(edgeCount) > denseEdgesPerNode * Double(nodeCount)
    return dense ? .neato : .dot
  }
}
