import Foundation

@testable import Graph

#if canImport(FoundationXML)
  import FoundationXML
#endif

// The DOT writer fed back into libgvc's parser. The input is cut at 0xFF bytes (which UTF-8
// never holds): the first piece sets the options, the title and the edges; every following
// three pieces are one actor's code, name and Arabic name, decoded leniently, so names hold
// quotes, backslashes, newlines, control and bidi characters, HTML, DOT keywords.
//
// Invariants: the DOT parses without a warning; Graphviz has one node per actor (plus the
// legend), named as the writer meant, and every edge between the right nodes; each label shows
// exactly the actor's names (sanitized), every tooltip and the title shows literal text; when
// the first byte asks for it, the SVG laid out by dot is well-formed XML with every node.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDOT(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = fuzzBytes(data, size)
  let pieces = bytes.split(separator: 0xFF, omittingEmptySubsequences: false).map {
    lenientText(Array($0))
  }
  let control = Array(bytes.split(separator: 0xFF, omittingEmptySubsequences: false)[0])
  let flags = control.first ?? 0
  var actors: [Actor] = []
  var seen = Set<String>()
  var k = 1
  while k < pieces.count && actors.count < 24 {
    let code = pieces[k]
    let name = k + 1 < pieces.count ? pieces[k + 1] : ""
    let nameAr = k + 2 < pieces.count ? pieces[k + 2] : ""
    k += 3
    guard seen.insert(code).inserted else { continue }
    let kind = ActorKind.allCases[actors.count % ActorKind.allCases.count]
    actors.append(Actor(code: code, name: name, nameAr: nameAr, kind: kind))
  }
  guard !actors.isEmpty else { return 0 }
  var edges: [GraphEdge] = []
  var i = 1
  while i + 2 < control.count && edges.count < 48 {
    let a = actors[Int(control[i]) % actors.count]
    let b = actors[Int(control[i + 1]) % actors.count]
    let type = RelationType.allCases[Int(control[i + 2]) % RelationType.allCases.count]
    i += 3
    guard a.code != b.code else { continue }
    edges.append(
      GraphEdge(
        source: a.code, target: b.code, type: type, count: Int(control[i - 1]),
        weight: Double(control[i - 2]) / 7, firstDate: a.name, lastDate: b.nameAr,
        evidence: [EvidenceRef(doc: b.name, sentence: i, span: [0, 1], cue: a.nameAr)]))
  }
  let report = AnalysisReport(
    actors: actors.enumerated().map { n, actor in
      ActorReport(
        code: actor.code, name: actor.name, nameAr: actor.nameAr, kind: actor.kind,
        bloc: n % 4 == 3 ? nil : n % 3, scores: ["pagerank": Double(n), actor.name: 1])
    },
    blocs: (0..<3).map { b in
      Bloc(id: b, members: actors.indices.filter { $0 % 3 == b }.map { actors[$0].code })
    },
    balance: nil)
  let graph = ActorGraph(actors: actors, edges: edges)
  var options = DOTOptions(title: pieces[0])
  options.blocStyle = flags & 1 == 0 ? .clusters : .color
  options.labelLimit = flags & 2 == 0 ? 150 : 2
  options.showLegend = flags & 4 == 0
  options.sizeBy = actors[0].name
  options.engine = .dot
  let dot = DOTWriter(options: options).write(graph: graph, report: report)

  let inspection: DOTInspection
  do { inspection = try GraphvizRenderer().inspect(dot: dot) } catch {
    require(false, "Graphviz cannot parse the DOT: \(error)")
    return 0
  }
  require(inspection.warnings.isEmpty, "Graphviz warned: \(inspection.warnings)")
  let ids = DOTWriter.nodeIDs(actors.map(\.code))
  let names = Dictionary(
    uniqueKeysWithValues: actors.map { ($0.code, DOTLabelText.storedName(ids[$0.code] ?? "")) })
  require(Set(names.values).count == actors.count, "two actors share a node id")
  let legend = options.showLegend ? 1 : 0
  require(
    inspection.nodes.count == actors.count + legend,
    "\(inspection.nodes.count) nodes for \(actors.count) actors")
  let byName = Dictionary(inspection.nodes.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
  for actor in actors {
    guard let name = names[actor.code], let node = byName[name] else {
      require(false, "no node for \(actor.code.debugDescription)")
      return 0
    }
    let tooltip = node.attributes["tooltip"] ?? ""
    require(DOTLabelText.displayed(tooltip) != nil, "tooltip substitutes text")
    if node.attributes["shape"] == "circle" { continue }  // an unlabelled dot
    let shownName = DOTEscaping.sanitized(actor.name).isEmpty ? actor.code : actor.name
    var expected = DOTEscaping.sanitized(shownName)
    if !DOTEscaping.sanitized(actor.nameAr).isEmpty {
      expected += "\n" + DOTEscaping.sanitized(actor.nameAr)
    }
    let label = node.attributes["label"] ?? ""
    require(
      DOTLabelText.displayed(label) == expected,
      "label \(label.debugDescription) for \(expected.debugDescription)")
  }
  require(
    inspection.edges.count == edges.count, "\(inspection.edges.count) edges of \(edges.count)")
  var wanted: [String: Int] = [:]
  for e in edges {
    wanted["\(names[e.source] ?? "")\u{0}\(names[e.target] ?? "")", default: 0] += 1
  }
  var found: [String: Int] = [:]
  for e in inspection.edges {
    found["\(e.tail)\u{0}\(e.head)", default: 0] += 1
    require(
      DOTLabelText.displayed(e.attributes["tooltip"] ?? "") != nil, "edge tooltip substitutes text")
  }
  require(found == wanted, "edges join other nodes")

  if flags & 8 != 0 && actors.count <= 8 {
    do {
      let svg = try GraphvizRenderer().renderWithWarnings(dot: dot, format: .svg)
      // Graphviz's own layout trouble (spline routing in clusters, for one) is not a fault of
      // the DOT it was given; anything else it says is.
      let layoutOnly = ["spline routing", "Unable to reclaim box space", "trouble in init_rank"]
      let warnings = svg.warnings.filter { w in !layoutOnly.contains { w.contains($0) } }
      require(warnings.isEmpty, "render warned: \(warnings)")
      let counter = NodeGroups()
      let parser = XMLParser(data: Data(svg.data))
      parser.delegate = counter
      require(
        parser.parse(), "the SVG is not well-formed XML: \(String(describing: parser.parserError))")
      require(counter.count == actors.count + legend, "SVG has \(counter.count) nodes")
    } catch {
      require(false, "SVG: \(error)")
    }
  }
  return 0
}

/// Counts the `<g class="node">` elements of an SVG (a SAX parse; XMLDocument leaks its
/// libxml2 document in swift-corelibs-foundation).
final class NodeGroups: NSObject, XMLParserDelegate {
  var count = 0
  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
  ) {
    if elementName == "g" && attributeDict["class"] == "node" { count += 1 }
  }
}
