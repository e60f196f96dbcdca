/// Writes the graph as GraphML (graphml.graphdrawing.org), which NetworkX, igraph, Gephi, yEd
/// and Cytoscape read.
///
/// The graph is directed (`edgedefault="directed"`) with parallel edges (one per relation
/// type). `negotiates-with` is symmetric: it is written once, source and target in code order,
/// with the `directed` attribute false. Node ids are the actor codes; every attribute is a
/// `<key>` with `attr.name` and `attr.type`, so readers get typed values.
public enum GraphMLWriter {
  public static func write(_ graph: ExportGraph) -> String {
    var out = """
      <?xml version="1.0" encoding="UTF-8"?>
      <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
      xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
      xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns \
      http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

      """
    var nodeKeys: [String: String] = [:]
    var edgeKeys: [String: String] = [:]
    var k = 0
    for c in graph.nodeColumns {
      let id = "d\(k)"
      k += 1
      nodeKeys[c.name] = id
      out += key(id: id, for: "node", column: c)
    }
    for c in graph.edgeColumns {
      let id = "d\(k)"
      k += 1
      edgeKeys[c.name] = id
      out += key(id: id, for: "edge", column: c)
    }
    out += "  <graph id=\"G\" edgedefault=\"directed\">\n"
    for n in graph.nodes {
      out += "    <node id=\"\(XMLText.attribute(n.id))\">\n"
      for c in graph.nodeColumns {
        guard let v = n.values[c.name], let id = nodeKeys[c.name] else { continue }
        out += "      <data key=\"\(id)\">\(XMLText.text(text(v)))</data>\n"
      }
      out += "    </node>\n"
    }
    for e in graph.edges {
      out +=
        "    <edge id=\"\(XMLText.attribute(e.id))\" source=\"\(XMLText.attribute(e.source))\""
        + " target=\"\(XMLText.attribute(e.target))\">\n"
      for c in graph.edgeColumns {
        guard let v = e.values[c.name], let id = edgeKeys[c.name] else { continue }
        out += "      <data key=\"\(id)\">\(XMLText.text(text(v)))</data>\n"
      }
      out += "    </edge>\n"
    }
    out += "  </graph>\n</graphml>\n"
    return out
  }

  private static func key(id: String, for domain: String, column: ExportGraph.Column) -> String {
    let type: String
    switch column.kind {
    case .string: type = "string"
    case .integer: type = "int"
    case .double: type = "double"
    case .boolean: type = "boolean"
    }
    return "  <key id=\"\(id)\" for=\"\(domain)\" attr.name=\"\(XMLText.attribute(column.name))\""
      + " attr.type=\"\(type)\"/>\n"
  }

  static func text(_ value: ExportGraph.Value) -> String {
    switch value {
    case .string(let s): return s
    case .integer(let i): return String(i)
    case .double(let d): return XMLText.double(d)
    case .boolean(let b): return b ? "true" : "false"
    }
  }
}
