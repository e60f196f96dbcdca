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
    let ex = extractor
    return parallelMap(docs.count) { ex.extract(docs[$0]) }.flatMap { $0 }
  }

  /// Relations and unmatched items of every document, in input order, using all cores.
  public func trace(_ docs: [Document]) -> [DocumentTrace] {
    let ex = extractor
    return parallelMap(docs.count) { ex.trace(docs[$0]) }
  }

  /// Extracts a stream of documents a batch at a time: `map` runs on every document of a batch
  /// on all cores, then `body` gets the batch and the results in input order, before the next
  /// batch is read. Memory holds one batch, not the input.
  public func forEachBatch<T: Sendable>(
    _ stream: DocumentStream, map: @escaping @Sendable (Extractor, Document) -> T,
    _ body: (_ documents: [Document], _ results: [T]) throws -> Void
  ) throws {
    let ex = extractor
    while let docs = try stream.next() {
      guard !docs.isEmpty else { continue }
      try body(docs, parallelMap(docs.count) { map(ex, docs[$0]) })
    }
  }

  /// The graph of `relations`, actors named from the gazetteer.
  public func graph(_ relations: [Relation]) -> ActorGraph {
    let g = gazetteer
    return ActorGraph.build(
      relations: relations, includeHypothetical: includeHypothetical, actorInfo: { g.actor($0) })
  }

  public func run(_ docs: [Document]) -> PipelineOutput {
    analyze(extract(docs), documents: docs.count)
  }

  /// The graph and analysis of relations extracted from `documents` documents.
  public func analyze(_ relations: [Relation], documents: Int) -> PipelineOutput {
    let graph = graph(relations)
    let report = Analyzer.analyze(graph, options: analysis)
    return PipelineOutput(
      documents: documents, relations: relations, graph: graph, report: report)
  }
}
