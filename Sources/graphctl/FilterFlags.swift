import ArgumentParser
import Foundation
import Graph

/// The filter options of render, run and export (see `GraphFilter` for what each one does).
struct FilterFlags: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Relation types to keep, comma-separated (supports,opposes,negotiates-with,strikes).",
      valueName: "list"))
  var types: String?

  @Option(help: "Drop edges whose weight (summed confidence of their relations) is below this.")
  var minWeight: Double = 0

  @Option(help: "Keep only the N actors with the highest --size-by score (and edges among them).")
  var top: Int?

  @Option(help: "Keep only this actor's ego network (with --depth).")
  var actor: String?

  @Option(help: "Steps from --actor to include (edges in either direction).")
  var depth: Int = 1

  @Option(help: "Keep relations dated on or after this day (YYYY, YYYY-MM or YYYY-MM-DD).")
  var from: String?

  @Option(help: "Keep relations dated on or before this day (YYYY, YYYY-MM or YYYY-MM-DD).")
  var to: String?

  @Option(
    help: ArgumentHelp(
      "affiliation: persons rolled up to their organisation or state; person: persons as themselves.",
      valueName: "level"))
  var level: ActorLevel = .affiliation

  func validate() throws {
    _ = try parsedTypes()
    if minWeight < 0 { throw ValidationError("--min-weight must not be negative") }
    if let top, top < 1 { throw ValidationError("--top must be at least 1") }
    if depth < 0 { throw ValidationError("--depth must not be negative") }
    do { _ = try DateRange.parse(from: from, to: to) } catch let e as DateRangeError {
      throw ValidationError(e.message)
    }
  }

  func parsedTypes() throws -> Set<RelationType>? {
    guard let types else { return nil }
    var set = Set<RelationType>()
    for part in types.split(separator: ",") {
      let name = part.trimmingCharacters(in: .whitespaces)
      guard let t = RelationType(rawValue: name) else {
        throw ValidationError(
          "--types: unknown relation type '\(name)' (use supports, opposes, negotiates-with, strikes)"
        )
      }
      set.insert(t)
    }
    return set
  }

  /// The library filter; `rankBy` is the score that --top ranks by.
  func filter(includeHypothetical: Bool, rankBy: String) throws -> GraphFilter {
    GraphFilter(
      types: try parsedTypes(), minWeight: minWeight,
      dates: (try? DateRange.parse(from: from, to: to)) ?? DateRange(), level: level,
      includeHypothetical: includeHypothetical, top: top, rankBy: rankBy, actor: actor,
      depth: depth)
  }
}

extension ActorLevel: ExpressibleByArgument {}
extension BlocStyle: ExpressibleByArgument {}

/// The whole path from relations to the graph and analysis that render and export draw:
/// scope filters, aggregation, analysis, view filters.
struct FilteredGraph {
  var graph: ActorGraph
  var report: AnalysisReport

  static func make(
    relations: [Relation], filter: GraphFilter, options: AnalysisOptions,
    actorInfo: (String) -> Actor?, sizeBy: String?
  ) throws -> FilteredGraph {
    let scope = filter.relations(relations)
    if scope.undated > 0 {
      Console.warn(
        "graphctl: note: \(scope.undated) relation(s) without a date left out by --from/--to")
    }
    let graph = filter.graph(relations, actorInfo: actorInfo)
    let report = Analyzer.analyze(graph, options: options)
    if let sizeBy { try checkScore(sizeBy, in: report) }
    let (viewGraph, viewReport) = try filter.view(graph: graph, report: report)
    return FilteredGraph(graph: viewGraph, report: viewReport)
  }

  /// Throws when no actor has the score `name` (a graph without actors has no scores to check).
  static func checkScore(_ name: String, in report: AnalysisReport) throws {
    let known = Set(report.actors.flatMap { $0.scores.keys })
    guard !known.isEmpty, !known.contains(name) else { return }
    throw FilterError.unknownScore(name, known: known.sorted())
  }
}
