import Foundation

/// Turns an actor graph and its analysis into DOT text for Graphviz: nodes sized by an influence
/// score and filled by bloc, edges styled by relation type, a title and a legend.
///
/// All user data is escaped (see `DOTEscaping`); the same input always gives the same bytes.
public struct DOTWriter: Sendable {
  public var options: DOTOptions

  public init(options: DOTOptions = DOTOptions()) {
    self.options = options
  }

  /// The DOT text of `graph`, with blocs and scores taken from `report`.
  public func write(graph: ActorGraph, report: AnalysisReport) -> String {
    let nodes = DiagramNode.collect(graph: graph, report: report)
    let ids = Self.nodeIDs(nodes.map(\.code))
    let engine =
      options.engine ?? .automatic(nodeCount: nodes.count, edgeCount: graph.edges.count)
    let font = DOTEscaping.quotedID(options.fontName)
    var lines: [String] = ["digraph \"alliance\" {"]
    lines.append("  graph [" + graphAttributes(engine: engine, nodes: nodes, graph: graph) + "];")
    lines.append(
      "  node [fontname=\(font), shape=box, style=\"rounded,filled\", color=\"#4D4D4D\","
        + " penwidth=1.2, fontcolor=\"#111111\", margin=\"0.15,0.08\"];")
    let arrow = nodes.count > options.labelLimit ? "0.6" : "0.9"
    lines.append("  edge [fontname=\(font), fontsize=10, arrowsize=\(arrow)];")

    let sizes = NodeSizer(nodes: nodes, options: options)
    let labelled = labelledCodes(nodes, sizes: sizes)
    let clustered = options.blocStyle == .clusters && (engine == .dot || engine == .fdp)
    if clustered {
      var byBloc: [Int: [DiagramNode]] = [:]
      for node in nodes {
        if let bloc = node.bloc, bloc >= 0 {
          byBloc[bloc, default: []].append(node)
        } else {
          lines.append("  " + nodeStatement(node, id: ids, sizes: sizes, labelled: labelled))
        }
      }
      for bloc in byBloc.keys.sorted() {
        lines.append(
          contentsOf: clusterStatements(
            bloc: bloc, nodes: byBloc[bloc] ?? [], ids: ids, sizes: sizes, labelled: labelled))
      }
    } else {
      for node in nodes {
        lines.append("  " + nodeStatement(node, id: ids, sizes: sizes, labelled: labelled))
      }
    }
    for edge in sortedEdges(graph.edges) {
      lines.append("  " + edgeStatement(edge, ids: ids))
    }
    if options.showLegend {
      lines.append(
        contentsOf: legendStatements(nodes: nodes, taken: Set(ids.values), report: report))
    }
    lines.append("}")
    return lines.joined(separator: "\n") + "\n"
  }

  /// The DOT node id of each code: the code as Graphviz can carry it (`DOTEscaping.sanitized`;
  /// a leading `%` gets a `_` before it, since cgraph reads names starting with `%` as its own
  /// internal ids and the node would lose its name; `&` is written `&amp;`, since Graphviz
  /// copies a node's name into the SVG `<title>` with anything that looks like an entity,
  /// `&;` included, left as it is, and the SVG was not XML). Codes that differ only in what
  /// that changes would become one node, so all but the unchanged one (or, among changed
  /// ones, the first in order) get `~2`, `~3`, ... appended.
  static func nodeIDs(_ codes: [String]) -> [String: String] {
    func carried(_ code: String) -> String {
      let s = DOTEscaping.sanitized(code).replacingOccurrences(of: "&", with: "&amp;")
      return s.hasPrefix("%") ? "_" + s : s
    }
    var ids: [String: String] = [:]
    var taken = Set<String>()
    for code in codes where carried(code) == code && ids[code] == nil {
      ids[code] = code
      taken.insert(code)
    }
    for code in codes.sorted() where ids[code] == nil {
      let base = carried(code)
      var id = base
      var k = 2
      while taken.contains(id) {
        id = base + "~\(k)"
        k += 1
      }
      ids[code] = id
      taken.insert(id)
    }
    return ids
  }

  /// The codes that get a text label: all when there are at most `labelLimit` nodes, else the
  /// `labelLimit` highest by the size score (ties by code).
  private func labelledCodes(_ nodes: [DiagramNode], sizes: NodeSizer) -> Set<String> {
    guard nodes.count > options.labelLimit else { return Set(nodes.map(\.code)) }
    let ranked = nodes.sorted { a, b in
      let fa = sizes.fraction(of: a)
      let fb = sizes.fraction(of: b)
      return fa != fb ? fa > fb : a.code < b.code
    }
    return Set(ranked.prefix(max(0, options.labelLimit)).map(\.code))
  }

  /// A labelled box around the members of one bloc, tinted with the bloc's colour.
  private func clusterStatements(
    bloc: Int, nodes: [DiagramNode], ids: [String: String], sizes: NodeSizer,
    labelled: Set<String>
  ) -> [String] {
    let color = BlocPalette.color(forBloc: bloc)
    var lines = [
      "  subgraph \"cluster_bloc_\(bloc)\" {",
      "    graph [label=\"bloc \(bloc + 1)\", labeljust=l, fontsize=12, fontcolor=\"#444444\","
        + " style=\"rounded,filled\", color=\"\(color)\", fillcolor=\"\(BlocPalette.tint(color))\","
        + " penwidth=1.5, margin=14];",
    ]
    for node in nodes {
      lines.append("    " + nodeStatement(node, id: ids, sizes: sizes, labelled: labelled))
    }
    lines.append("  }")
    return lines
  }

  // MARK: - Graph

  private func graphAttributes(engine: LayoutEngine, nodes: [DiagramNode], graph: ActorGraph)
    -> String
  {
    var subtitle = "\(nodes.count) actors · \(graph.edges.count) edges"
    if let period = options.period ?? Self.periodText(graph) {
      subtitle += " · " + period
    }
    // Graphviz rejects empty HTML elements, so an empty title leaves out its line.
    let titleText = DOTEscaping.html(options.title)
    let title =
      "<"
      + (titleText.isEmpty ? "" : "<FONT POINT-SIZE=\"22\"><B>\(titleText)</B></FONT><BR/>")
      + "<FONT POINT-SIZE=\"11\" COLOR=\"#555555\">\(DOTEscaping.html(subtitle))</FONT>>"
    var attributes = [
      "label=\(title)",
      "labelloc=t",
      "labeljust=c",
      "fontname=\(DOTEscaping.quotedID(options.fontName))",
      "layout=\(engine.rawValue)",
      "bgcolor=white",
      "pad=0.3",
      "outputorder=edgesfirst",
      // A fixed seed for the force-directed engines (their default start is random).
      "start=1",
    ]
    switch engine {
    case .dot:
      attributes += [
        "rankdir=\(options.rankdir.rawValue)", "nodesep=0.35", "ranksep=0.9",
      ]
    case .sfdp:
      attributes += ["overlap=prism", "sep=\"+12\""]
    case .neato, .fdp, .circo:
      attributes += ["overlap=prism", "sep=\"+12\"", "splines=true"]
    }
    return attributes.joined(separator: ", ")
  }

  // MARK: - Nodes

  /// "2020-01-05 – 2020-06-20" (or one day) from the edges' dates; nil when none is dated.
  static func periodText(_ graph: ActorGraph) -> String? {
    guard let span = graph.dateSpan else { return nil }
    let first = DOTEscaping.sanitized(String(span.first.prefix(10)))
    let last = DOTEscaping.sanitized(String(span.last.prefix(10)))
    return first == last ? first : first + " – " + last
  }

  private func nodeStatement(
    _ node: DiagramNode, id ids: [String: String], sizes: NodeSizer, labelled: Set<String>
  ) -> String {
    let id = DOTEscaping.quotedID(ids[node.code] ?? node.code)
    let size = sizes.size(of: node)
    let tooltip = "tooltip=\(DOTEscaping.quotedLabel(preparedLines: nodeTooltip(node)))"
    let fill = "fillcolor=\"\(BlocPalette.color(forBloc: node.bloc))\""
    guard labelled.contains(node.code) else {
      // A dot whose area follows the score; the name is in the tooltip.
      let diameter = 0.12 + 0.3 * sizes.fraction(of: node).squareRoot()
      let attributes = [
        "label=\"\"", "shape=circle", "fixedsize=true", fill,
        "width=\(DOTEscaping.decimal(diameter))", "penwidth=0.6", tooltip,
      ]
      return id + " [" + attributes.joined(separator: ", ") + "];"
    }
    var label = DOTEscaping.isolated(node.name, rightToLeft: false)
    if options.showArabicNames, !DOTEscaping.sanitized(node.nameAr).isEmpty {
      label += DOTEscaping.isolated(node.nameAr, rightToLeft: true)
    }
    var attributes = [
      "label=\(DOTEscaping.quotedLabel(preparedLines: label))",
      fill,
      "fontsize=\(DOTEscaping.decimal(size.fontSize, digits: 1))",
      "width=\(DOTEscaping.decimal(size.width))",
      "height=\(DOTEscaping.decimal(size.height))",
      tooltip,
    ]
    if node.kind == .person { attributes.append("shape=ellipse, style=filled") }
    return id + " [" + attributes.joined(separator: ", ") + "];"
  }

  private func nodeTooltip(_ node: DiagramNode) -> [String] {
    var lines = DOTEscaping.isolated(node.code + " — " + node.name, rightToLeft: false)
    if !DOTEscaping.sanitized(node.nameAr).isEmpty {
      lines += DOTEscaping.isolated(node.nameAr, rightToLeft: true)
    }
    var facts: [String] = []
    if let kind = node.kind { facts.append(kind.rawValue) }
    facts.append(node.bloc.map { $0 >= 0 ? "bloc \($0 + 1)" : "no bloc" } ?? "no bloc")
    lines.append(facts.joined(separator: " · "))
    for key in node.scores.keys.sorted() {
      if let value = node.scores[key] {
        lines.append(DOTEscaping.sanitized(key) + ": " + DOTEscaping.readable(value))
      }
    }
    return lines
  }

  // MARK: - Edges

  private func sortedEdges(_ edges: [GraphEdge]) -> [GraphEdge] {
    edges.sorted {
      ($0.source, $0.type, $0.target, $0.count) < ($1.source, $1.type, $1.target, $1.count)
    }
  }

  private func edgeStatement(_ edge: GraphEdge, ids: [String: String]) -> String {
    let style = EdgeStyle.standard(for: edge.type)
    let pen = penWidth(weight: edge.weight) * style.penScale
    let attributes = [
      "color=\"\(style.color)\"",
      "style=\(style.style)",
      "arrowhead=\(style.arrowhead)",
      "dir=\(style.dir)",
      "penwidth=\(DOTEscaping.decimal(min(pen, options.maxPenWidth * style.penScale)))",
      "tooltip=\(DOTEscaping.quotedLabel(preparedLines: edgeTooltip(edge)))",
    ]
    return DOTEscaping.quotedID(ids[edge.source] ?? edge.source) + " -> "
      + DOTEscaping.quotedID(ids[edge.target] ?? edge.target)
      + " [" + attributes.joined(separator: ", ") + "];"
  }

  /// Pen width growing with the log of the weight (summed confidence), within the bounds.
  func penWidth(weight: Double) -> Double {
    let w = weight.isFinite ? max(0, weight) : 0
    let raw = options.minPenWidth + 1.3 * log1p(w)
    return min(max(raw, options.minPenWidth), options.maxPenWidth)
  }

  private func edgeTooltip(_ edge: GraphEdge) -> [String] {
    let arrow = edge.type.isSymmetric ? " ↔ " : " → "
    var lines = DOTEscaping.isolated(
      edge.source + arrow + edge.target + ": " + edge.type.rawValue, rightToLeft: false)
    let reports = edge.count == 1 ? "1 report" : "\(edge.count) reports"
    lines.append(reports + ", weight " + DOTEscaping.readable(edge.weight))
    if let first = edge.firstDate {
      let last = edge.lastDate ?? first
      lines.append(DOTEscaping.sanitized(first == last ? first : first + " … " + last))
    }
    if let ref = edge.evidence.first {
      var line = "first: " + DOTEscaping.sanitized(ref.doc) + ", sentence \(ref.sentence)"
      if !ref.cue.isEmpty {
        let cue = DOTEscaping.isolated(ref.cue, rightToLeft: false).joined(separator: " ")
        line += ", cue “" + cue + "”"
      }
      lines.append(line)
    }
    return lines
  }

  // MARK: - Legend

  private func legendStatements(nodes: [DiagramNode], taken: Set<String>, report: AnalysisReport)
    -> [String]
  {
    var id = "graphctl_legend"
    while taken.contains(id) { id += "_" }
    let shownBlocs = Set(nodes.compactMap(\.bloc))
    let legend = DOTLegend(
      blocs: report.blocs.filter { shownBlocs.contains($0.id) },
      hasUnassigned: nodes.contains { ($0.bloc ?? -1) < 0 },
      sizeBy: options.sizeBy,
      hasPersons: nodes.contains { $0.kind == .person },
      unlabelled: max(0, nodes.count - options.labelLimit))
    // A plain node rather than a cluster: every engine places it, and no cluster label can
    // collide with the table (neato does not reserve room for cluster labels).
    return [
      "  \(DOTEscaping.quotedID(id)) [shape=plain, style=\"\", fontsize=11, tooltip=\"Legend\","
        + " label=\(legend.htmlLabel())];"
    ]
  }
}
