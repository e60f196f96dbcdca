/// What Graphviz read from DOT text (see `GraphvizRenderer.inspect(dot:)`).
public struct DOTInspection: Sendable, Hashable {
  /// A node as Graphviz stores it.
  public struct Node: Sendable, Hashable {
    public var name: String
    public var attributes: [String: String]
  }

  /// An edge as Graphviz stores it (tail and head are node names).
  public struct Edge: Sendable, Hashable {
    public var tail: String
    public var head: String
    public var attributes: [String: String]
  }

  /// Root graph attributes with non-empty values.
  public var graphAttributes: [String: String]
  /// Nodes in Graphviz's order (the order of first appearance).
  public var nodes: [Node]
  /// Edges grouped by tail node, in Graphviz's order.
  public var edges: [Edge]
  /// Warnings the parser printed.
  public var warnings: [String] = []

  /// The node called `name`, if there is one.
  public func node(_ name: String) -> Node? {
    nodes.first { $0.name == name }
  }
}
