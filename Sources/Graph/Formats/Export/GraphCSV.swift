/// Writes the graph as two CSV files, one row per actor and one per edge, for spreadsheets and
/// for tools that read edge lists (Gephi's spreadsheet import, pandas, R).
///
/// `nodes.csv`: `code,name,name_ar,kind,affiliation,bloc,<scores...>`.
/// `edges.csv`: `id,source,target,type,directed,count,weight,signed_weight,sign,first_date,
/// last_date,evidence`. Cells follow `CSV.field`: RFC 4180 quoting, CRLF line ends, and text
/// that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or CR and
/// not a number) gets a leading apostrophe.
public enum GraphCSV {
  public static func nodes(_ graph: ExportGraph) -> String {
    var out = CSV.row(graph.nodeColumns.map(\.name))
    for n in graph.nodes {
      out += CSV.row(graph.nodeColumns.map { cell(n.values[$0.name]) })
    }
    return out
  }

  public static func edges(_ graph: ExportGraph) -> String {
    var out = CSV.row(["id", "source", "target"] + graph.edgeColumns.map(\.name))
    for e in graph.edges {
      out += CSV.row(
        [e.id, e.source, e.target] + graph.edgeColumns.map { cell(e.values[$0.name]) })
    }
    return out
  }

  private static func cell(_ value: ExportGraph.Value?) -> String {
    guard let value else { return "" }
    switch value {
    case .string(let s): return s
    case .integer(let i): return String(i)
    case .double(let d): return d.isFinite ? String(d) : ""
    case .boolean(let b): return b ? "true" : "false"
    }
  }
}
