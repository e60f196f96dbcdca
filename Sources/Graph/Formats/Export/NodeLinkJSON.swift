import Foundation

/// Writes the graph as NetworkX node-link JSON: `networkx.node_link_graph(json.load(f))`
/// rebuilds it as a `MultiDiGraph` (NetworkX 3.4 and later; with NetworkX 3.0 to 3.3 pass
/// `link="edges"`, because those versions call the edge list "links").
///
/// `{"directed": true, "multigraph": true, "graph": {...}, "nodes": [{"id", ...}],
/// "edges": [{"source", "target", "key", ...}]}`. Node and edge attributes are those of the
/// other exports; edges also carry their `evidence` as a list of `{doc, sentence, span, cue}`.
/// `negotiates-with` edges appear once, with `"directed": false`. The graph attributes hold
/// the blocs, the period the edges cover and the score that sizes nodes.
public enum NodeLinkJSON {
  public static func write(_ graph: ExportGraph) throws -> Data {
    var nodes: [[String: Any]] = []
    for n in graph.nodes {
      var obj: [String: Any] = ["id": n.id]
      for (k, v) in n.values { obj[k] = json(v) }
      nodes.append(obj)
    }
    var edges: [[String: Any]] = []
    for e in graph.edges {
      var obj: [String: Any] = ["source": e.source, "target": e.target, "key": e.id]
      for (k, v) in e.values where k != "evidence" { obj[k] = json(v) }
      obj["evidence"] = e.evidence.map { ref -> [String: Any] in
        ["doc": ref.doc, "sentence": ref.sentence, "span": ref.span, "cue": ref.cue]
      }
      edges.append(obj)
    }
    var attrs: [String: Any] = [
      "blocs": graph.blocs.map { ["id": $0.id, "members": $0.members] as [String: Any] },
      "size_by": graph.sizeBy,
    ]
    if let p = graph.period {
      attrs["first_date"] = p.first
      attrs["last_date"] = p.last
    }
    let root: [String: Any] = [
      "directed": true, "multigraph": true, "graph": attrs, "nodes": nodes, "edges": edges,
    ]
    return try JSONSerialization.data(
      withJSONObject: root, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
  }

  private static func json(_ value: ExportGraph.Value) -> Any {
    switch value {
    case .string(let s): return s
    case .integer(let i): return i
    case .double(let d): return d.isFinite ? d : NSNull()
    case .boolean(let b): return b
    }
  }
}
