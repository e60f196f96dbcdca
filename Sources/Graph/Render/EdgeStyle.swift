/// How one relation type is drawn: colour, line style, arrowhead and direction.
public struct EdgeStyle: Sendable, Hashable {
  /// Line and arrow colour (`#RRGGBB`).
  public var color: String
  /// Graphviz `style` (solid, dashed, dotted, bold).
  public var style: String
  /// Graphviz `arrowhead`.
  public var arrowhead: String
  /// Graphviz `dir`: `forward` for directed relations, `none` for symmetric ones.
  public var dir: String
  /// Multiplies the weight-derived pen width (heavier for strikes).
  public var penScale: Double
  /// How the legend names the relation.
  public var legendText: String

  public init(
    color: String, style: String, arrowhead: String, dir: String, penScale: Double,
    legendText: String
  ) {
    self.color = color
    self.style = style
    self.arrowhead = arrowhead
    self.dir = dir
    self.penScale = penScale
    self.legendText = legendText
  }

  /// The standard style of a relation type. Colours come from Paul Tol's "vibrant" scheme;
  /// line style and arrowhead differ as well, so colour is never the only cue.
  public static func standard(for type: RelationType) -> EdgeStyle {
    switch type {
    case .supports:
      return EdgeStyle(
        color: "#228833", style: "solid", arrowhead: "normal", dir: "forward", penScale: 1,
        legendText: "supports")
    case .opposes:
      return EdgeStyle(
        color: "#EE7733", style: "dashed", arrowhead: "empty", dir: "forward", penScale: 1,
        legendText: "opposes")
    case .strikes:
      return EdgeStyle(
        color: "#CC3311", style: "bold", arrowhead: "veevee", dir: "forward", penScale: 1.4,
        legendText: "strikes (military action)")
    case .negotiatesWith:
      return EdgeStyle(
        color: "#0077BB", style: "dotted", arrowhead: "none", dir: "none", penScale: 1,
        legendText: "negotiates with (undirected)")
    }
  }
}
