import Foundation

/// Writes the graph as GEXF 1.3 (gexf.net/1.3), Gephi's own format.
///
/// Structure (as the GEXF 1.3 schema orders it): `meta`, then `graph` with
/// `defaultedgetype="directed"`, two `attributes` blocks (node and edge columns with their
/// types), `nodes` and `edges`. Each node carries its attribute values, a `viz:color` (the
/// bloc's colour) and a `viz:size` (from the size score); each edge a `weight` (evidence
/// weight), its attribute values, `viz:color`, `viz:thickness` and `viz:shape` (the relation
/// type's style). `negotiates-with` edges have `type="mutual"` (they hold both ways); readers
/// such as NetworkX turn a mutual edge into two arcs with the same id.
public enum GEXFWriter {
  public static func write(_ graph: ExportGraph, description: String = "") -> String {
    var out = """
      <?xml version="1.0" encoding="UTF-8"?>
      <gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" \
      xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
      xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
        <meta>
          <creator>graphctl</creator>

      """
    var text = description
    if let p = graph.period { text += (text.isEmpty ? "" : " ") + "(\(p.first) – \(p.last))" }
    if !text.isEmpty { out += "    <description>\(XMLText.text(text))</description>\n" }
    out += "  </meta>\n"
    out += "  <graph defaultedgetype=\"directed\" mode=\"static\">\n"
    var nodeIDs: [String: String] = [:]
    var edgeIDs: [String: String] = [:]
    out += "    <attributes class=\"node\" mode=\"static\">\n"
    for (i, c) in graph.nodeColumns.enumerated() {
      nodeIDs[c.name] = "n\(i)"
      out += attribute(id: "n\(i)", column: c)
    }
    out += "    </attributes>\n"
    out += "    <attributes class=\"edge\" mode=\"static\">\n"
    for (i, c) in graph.edgeColumns.enumerated() {
      edgeIDs[c.name] = "e\(i)"
      out += attribute(id: "e\(i)", column: c)
    }
    out += "    </attributes>\n"
    out += "    <nodes count=\"\(graph.nodes.count)\">\n"
    for n in graph.nodes {
      out +=
        "      <node id=\"\(XMLText.attribute(n.id))\" label=\"\(XMLText.attribute(XMLText.token(n.label)))\">\n"
      out += values(n.values, columns: graph.nodeColumns, ids: nodeIDs)
      let (r, g, b) = ExportGraph.rgb(n.color)
      out += "        <viz:color r=\"\(r)\" g=\"\(g)\" b=\"\(b)\"/>\n"
      out += "        <viz:size value=\"\(XMLText.double(10 + 40 * n.size))\"/>\n"
      out += "      </node>\n"
    }
    out += "    </nodes>\n"
    out += "    <edges count=\"\(graph.edges.count)\">\n"
    for e in graph.edges {
      let type = e.directed ? "directed" : "mutual"
      let label = XMLText.token(GraphMLWriter.text(e.values["type"] ?? .string("")))
      out +=
        "      <edge id=\"\(XMLText.attribute(e.id))\" source=\"\(XMLText.attribute(e.source))\""
        + " target=\"\(XMLText.attribute(e.target))\" type=\"\(type)\""
        + " weight=\"\(XMLText.double(e.weight))\" label=\"\(XMLText.attribute(label))\">\n"
      out += values(e.values, columns: graph.edgeColumns, ids: edgeIDs)
      let (r, g, b) = ExportGraph.rgb(e.color)
      out += "        <viz:color r=\"\(r)\" g=\"\(g)\" b=\"\(b)\"/>\n"
      out += "        <viz:thickness value=\"\(XMLText.double(1 + log1pSafe(e.weight)))\"/>\n"
      out += "        <viz:shape value=\"\(e.lineStyle)\"/>\n"
      out += "      </edge>\n"
    }
    out += "    </edges>\n  </graph>\n</gexf>\n"
    return out
  }

  private static func attribute(id: String, column: ExportGraph.Column) -> String {
    "      <attribute id=\"\(id)\" title=\"\(XMLText.attribute(column.name))\""
      + " type=\"\(column.kind.rawValue)\"/>\n"
  }

  private static func values(
    _ values: [String: ExportGraph.Value], columns: [ExportGraph.Column], ids: [String: String]
  ) -> String {
    var out = "        <attvalues>\n"
    for c in columns {
      guard let v = values[c.name], let id = ids[c.name] else { continue }
      out +=
        "          <attvalue for=\"\(id)\" value=\"\(XMLText.attribute(GraphMLWriter.text(v)))\"/>\n"
    }
    return out + "        </attvalues>\n"
  }

  private static func log1pSafe(_ x: Double) -> Double {
    x.isFinite && x > 0 ? log1p(x) : 0
  }
}
