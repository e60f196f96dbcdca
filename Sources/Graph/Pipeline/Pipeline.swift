import Foundation

/// Everything one run produces from documents: relations, the aggregated graph, the analysis.
public struct PipelineOutput: Sendable {
  public var documents: Int
  public var relations: [Relation]
  public var graph: ActorGraph
  public var report: AnalysisReport
}

/// The whole path from text to analysed graph, usable without the command line.
public struct Pipeline: Sendable {
  public var extractor: Extractor
  public var analysis: AnalysisOptions
  /// Keep hypothetical (conditional) relations in the graph; they are always in relations.jsonl.
  public var includeHypothetical: Bool

  public init(
    extractor: Extractor, analysis: AnalysisOptions = AnalysisOptions(),
    includeHypothetical: Bool = false
  ) {
    self.extractor = extractor
    self.analysis = analysis
    self.includeHypothetical = includeHypothetical
  }

  public var gazetteer: Gazetteer { extractor.matcher.gazetteer }

  /// Extracts relations from every document, using all cores; the result keeps input order.
  public func extract(_ docs: [Document]) -> [Relation] {
    final class Slots: @unchecked Sendable {
      var items: [[Relation]]
      init(_ n: Int) { items = Array(repeating: [], count: n) }
    }
    let slots = Slots(docs.count)
    let ex = extractor
    DispatchQueue.concurrentPerform(iterations: docs.count) { i in
      let r = ex.extract(docs[i])
      // Each iteration writes its own slot only.
      slots.items[i] = r
    }
    return slots.items.flatMap { $0 }
  }

  /// The graph of `relations`, actors named from the gazetteer.
  public func graph(_ relations: [Relation]) -> ActorGraph {
    let g = gazetteer
    return ActorGraph.build(
      relations: relations, includeHypothetical: includeHypothetical, actorInfo: { g.actor($0) })
  }

  public func run(_ docs: [Document]) -> PipelineOutput {
    let relations = extract(docs)
    let graph = graph(relations)
    let report = Analyzer.analyze(graph, options: analysis)
    return PipelineOutput(documents: docs.count, relations: relations, graph: graph, report: report)
  }
}
