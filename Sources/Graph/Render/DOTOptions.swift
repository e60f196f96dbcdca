/// Direction in which `dot` ranks the graph (Graphviz `rankdir`).
public enum RankDirection: String, Sendable, Hashable, CaseIterable, Codable {
  case topToBottom = "TB"
  case leftToRight = "LR"
  case bottomToTop = "BT"
  case rightToLeft = "RL"
}

/// How alliance blocs are shown.
public enum BlocStyle: String, Sendable, Hashable, CaseIterable, Codable {
  /// Nodes filled with the bloc's colour.
  case color
  /// Nodes filled with the bloc's colour and drawn inside one labelled box per bloc (`dot`
  /// and `fdp` only; other engines ignore the boxes and keep the colours).
  case clusters
}

/// What `DOTWriter` puts into the diagram and how it sizes things.
public struct DOTOptions: Sendable, Hashable {
  /// Graph title, shown at the top.
  public var title: String
  /// Score (key of `ActorReport.scores`) that sizes the nodes, e.g. `pagerank`, `betweenness`.
  public var sizeBy: String
  /// Layout engine written to the graph's `layout` attribute; nil picks one by node count.
  public var engine: LayoutEngine?
  /// Rank direction for `dot`.
  public var rankdir: RankDirection
  /// Font for every label; it must have Arabic glyphs (DejaVu Sans does).
  public var fontName: String
  /// Node width in inches for the lowest and the highest score (labels may widen nodes).
  public var minNodeWidth: Double
  public var maxNodeWidth: Double
  /// Label font size in points for the lowest and the highest score.
  public var minFontSize: Double
  public var maxFontSize: Double
  /// Bounds of the edge pen width, which grows with the log of the edge weight.
  public var minPenWidth: Double
  public var maxPenWidth: Double
  /// Draw the legend of edge styles and bloc colours.
  public var showLegend: Bool
  /// Put the Arabic name under the English one when the actor has one.
  public var showArabicNames: Bool
  /// Colour only, or colour and a box per bloc.
  public var blocStyle: BlocStyle
  /// At most this many actors (the highest by `sizeBy`) get a text label; the others are drawn
  /// as small dots whose tooltip names them, so that large graphs stay legible.
  public var labelLimit: Int
  /// The period shown under the title; nil shows the first and last date of the edges.
  public var period: String?

  public init(
    title: String = "Alliance diagram",
    sizeBy: String = "pagerank",
    engine: LayoutEngine? = nil,
    rankdir: RankDirection = .leftToRight,
    fontName: String = "DejaVu Sans",
    minNodeWidth: Double = 1.1,
    maxNodeWidth: Double = 2.4,
    minFontSize: Double = 11,
    maxFontSize: Double = 20,
    minPenWidth: Double = 1.2,
    maxPenWidth: Double = 6,
    showLegend: Bool = true,
    showArabicNames: Bool = true,
    blocStyle: BlocStyle = .clusters,
    labelLimit: Int = 150,
    period: String? = nil
  ) {
    self.title = title
    self.sizeBy = sizeBy
    self.engine = engine
    self.rankdir = rankdir
    self.fontName = fontName
    self.minNodeWidth = minNodeWidth
    self.maxNodeWidth = maxNodeWidth
    self.minFontSize = minFontSize
    self.maxFontSize = maxFontSize
    self.minPenWidth = minPenWidth
    self.maxPenWidth = maxPenWidth
    self.showLegend = showLegend
    self.showArabicNames = showArabicNames
    self.blocStyle = blocStyle
    self.labelLimit = labelLimit
    self.period = period
  }
}
