import ArgumentParser
import Foundation
import Graph

/// Options that shape the graph and its analysis, shared by run, analyze and render.
struct AnalysisFlags: ParsableArguments {
  @Flag(help: "Keep hypothetical (conditional) relations in the graph.")
  var includeHypothetical = false

  @Option(help: "Seed of the bloc detection and of --samples (same seed, same result).")
  var seed: UInt64 = 42

  @Option(help: "Resolution of the signed modularity: higher gives more, smaller blocs.")
  var resolution: Double = 1.0

  @Option(
    help: ArgumentHelp(
      "Signed weights per relation type as type=weight pairs, e.g. supports=1,opposes=-1,negotiates-with=0.3,strikes=-1.5.",
      valueName: "weights"))
  var weights: String?

  @Option(
    help: ArgumentHelp(
      "Threads for betweenness, closeness and harmonic (default: all cores; results do not depend on it).",
      valueName: "n"))
  var threads: Int?

  @Option(
    help: ArgumentHelp(
      "Path lengths for betweenness, closeness and harmonic: hops (every arc 1), weight (|w|, as igraph and NetworkX) or inverse (1/|w|: strong ties are short).",
      valueName: "mode"))
  var lengths: PathLength = .hops

  @Option(
    help: ArgumentHelp(
      "Estimate betweenness from this many source nodes drawn with --seed (default: exact).",
      valueName: "k"))
  var samples: Int?

  func validate() throws {
    if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
    if let samples, samples < 1 { throw ValidationError("--samples must be at least 1") }
    guard resolution.isFinite, resolution >= 0 else {
      throw ValidationError("--resolution must be a finite number >= 0")
    }
  }

  func analysisOptions(measures: Set<String>? = nil) throws -> AnalysisOptions {
    var w = SignedWeights.standard
    if let weights {
      for part in weights.split(separator: ",") {
        let kv = part.split(separator: "=", maxSplits: 1).map {
          String($0).trimmingCharacters(in: .whitespaces)
        }
        guard kv.count == 2, let type = RelationType(rawValue: kv[0]), let value = Double(kv[1])
        else {
          throw ValidationError(
            "--weights: '\(part)' is not type=number with a known relation type")
        }
        switch type {
        case .supports: w.supports = value
        case .opposes: w.opposes = value
        case .negotiatesWith: w.negotiatesWith = value
        case .strikes: w.strikes = value
        }
      }
    }
    var o = AnalysisOptions(
      weights: w, seed: seed, resolution: resolution, lengths: lengths,
      betweennessSamples: samples)
    if let threads { o.threads = threads }
    if let measures { o.measures = measures }
    return o
  }
}

/// Reads relation files and names their actors (built-in gazetteer plus --actors files).
struct RelationInput: ParsableArguments {
  @Argument(
    help: ArgumentHelp(
      "relations.jsonl files (from `graphctl extract` or `run`), or - for standard input.",
      valueName: "relations"))
  var files: [String] = []

  @Option(
    name: .customLong("actors"),
    help: "A gazetteer JSONL file that adds or overrides actor names (repeatable).")
  var actorFiles: [String] = []

  @Flag(
    help:
      "Warn about bad lines (unknown relation types, broken JSON, bad edge-list lines) and go on.")
  var skipBad = false

  func relations() throws -> [Relation] {
    guard !files.isEmpty else {
      throw ValidationError("give relations.jsonl files, or - for standard input")
    }
    let r = try RelationsJSONL.read(files, skipBad: skipBad, warn: Console.warn)
    if r.isEmpty {
      throw InputError(
        file: files.joined(separator: " "), message: "no relations to read (empty input)")
    }
    return r
  }

  func gazetteer() throws -> Gazetteer {
    var g = try Gazetteer.builtIn()
    g.merge(try ActorFiles.load(actorFiles))
    return g
  }

  func graph(includeHypothetical: Bool) throws -> ActorGraph {
    let g = try gazetteer()
    return ActorGraph.build(
      relations: try relations(), includeHypothetical: includeHypothetical,
      actorInfo: { g.actor($0) })
  }
}

extension PathLength: ExpressibleByArgument {}
