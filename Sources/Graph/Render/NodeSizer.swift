/// Maps a node's score to its width, height and font size (square-root scaling, so that the
/// node's area rather than its width follows the score).
struct NodeSizer: Sendable {
  var low: Double
  var high: Double
  var key: String
  var options: DOTOptions

  init(nodes: [DiagramNode], options: DOTOptions) {
    let values = nodes.compactMap { $0.scores[options.sizeBy] }.filter(\.isFinite)
    low = values.min() ?? 0
    high = values.max() ?? 0
    key = options.sizeBy
    self.options = options
  }

  /// Position of the node's score between the lowest and highest, in 0...1; nodes without the
  /// score get 0, and 0.5 when all scores are equal.
  func fraction(of node: DiagramNode) -> Double {
    guard let value = node.scores[key], value.isFinite else { return 0 }
    guard high > low else { return 0.5 }
    return min(max((value - low) / (high - low), 0), 1)
  }

  func size(of node: DiagramNode) -> (width: Double, height: Double, fontSize: Double) {
    let t = fraction(of: node).squareRoot()
    let width = options.minNodeWidth + t * (options.maxNodeWidth - options.minNodeWidth)
    let fontSize = options.minFontSize + t * (options.maxFontSize - options.minFontSize)
    return (width, width * 0.45, fontSize)
  }
}
