import Foundation
import Graph

/// The short report `graphctl run` prints: documents, relations by type, top actors, blocs.
struct Summary {
  /// What the run produced: all relations, and the graph and analysis after the filters.
  struct Result {
    var documents: Int
    var relations: [Relation]
    var graph: ActorGraph
    var report: AnalysisReport
  }
  let result: Result
  let outDir: String
  let files: [String]

  func byType() -> [(RelationType, Int)] {
    RelationType.allCases.map { t in (t, result.relations.filter { $0.relation == t }.count) }
  }

  func text() -> String {
    var lines: [String] = []
    let hyp = result.relations.filter(\.hypothetical).count
    lines.append(
      "\(result.documents) documents, \(result.relations.count) relations"
        + (hyp > 0 ? " (\(hyp) hypothetical, left out of the graph)" : "")
        + ", \(result.graph.actors.count) actors, \(result.graph.edges.count) edges")
    lines.append(
      "relations: " + byType().map { "\($0.0.rawValue) \($0.1)" }.joined(separator: ", "))
    lines.append("top actors by influence (PageRank):")
    for (i, a) in result.report.actors.prefix(8).enumerated() {
      let pr = a.scores["pagerank"].map { String(format: "%.3f", $0) } ?? "-"
      let bloc = a.bloc.map { "bloc \($0)" } ?? ""
      lines.append(
        "  \(i + 1). \(InertText.line(a.code).padding(toLength: 12, withPad: " ", startingAt: 0)) \(pr)  \(InertText.line(a.name))  \(bloc)"
      )
    }
    lines.append("blocs:")
    for b in result.report.blocs {
      lines.append("  \(b.id): " + b.members.map(InertText.line).joined(separator: " "))
    }
    if let bal = result.report.balance, let share = bal.balancedTriangleShare {
      lines.append(
        String(
          format: "balance: %.0f%% of %d signed triangles balanced, frustration %.2f", share * 100,
          bal.triangles, bal.frustration))
    }
    lines.append(
      "wrote "
        + InertText.line(
          files.map { (outDir as NSString).appendingPathComponent($0) }.joined(separator: ", ")))
    return lines.joined(separator: "\n")
  }

  func json() -> String {
    var obj: [String: Any] = [
      "documents": result.documents,
      "relations": result.relations.count,
      "actors": result.graph.actors.count,
      "edges": result.graph.edges.count,
      "by_type": Dictionary(uniqueKeysWithValues: byType().map { ($0.0.rawValue, $0.1) }),
      "top": result.report.actors.prefix(10).map { a in
        [
          "code": a.code, "name": a.name, "pagerank": a.scores["pagerank"] ?? 0,
          "bloc": a.bloc ?? -1,
        ] as [String: Any]
      },
      "blocs": result.report.blocs.map { ["id": $0.id, "members": $0.members] as [String: Any] },
      "files": files.map { (outDir as NSString).appendingPathComponent($0) },
    ]
    if let b = result.report.balance { obj["frustration"] = b.frustration }
    let data =
      (try? JSONSerialization.data(
        withJSONObject: obj, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
    return String(data: data, encoding: .utf8) ?? "{}"
  }
}
