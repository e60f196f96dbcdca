import Foundation

/// What `Analyzer.analyze` computes and how.
public struct AnalysisOptions: Sendable, Hashable {
  /// Signed weight of each relation type in the projection.
  public var weights: SignedWeights
  /// Seed of the bloc optimiser and of the betweenness source sample: the same seed gives the
  /// same result on every platform.
  public var seed: UInt64
  /// Resolution gamma of the signed modularity (larger: more, smaller blocs).
  public var resolution: Double
  /// Names of the measures to compute (see `Measure`); unknown names are ignored.
  public var measures: Set<String>
  /// How arc weights become path lengths for betweenness, closeness and harmonic.
  public var lengths: PathLength
  /// Threads for betweenness, closeness and harmonic (results do not depend on it).
  public var threads: Int
  /// Betweenness from this many seeded sample sources (nil: exact, every source).
  public var betweennessSamples: Int?
  /// The exact two-camp split is computed when no connected component is larger than this.
  public var twoCampLimit: Int

  public init(
    weights: SignedWeights = .standard, seed: UInt64 = 42, resolution: Double = 1.0,
    measures: Set<String> = Measure.allNames, lengths: PathLength = .hops,
    threads: Int = ProcessInfo.processInfo.activeProcessorCount,
    betweennessSamples: Int? = nil, twoCampLimit: Int = 30
  ) {
    self.weights = weights
    self.seed = seed
    self.resolution = resolution
    self.measures = measures
    self.lengths = lengths
    self.threads = max(1, threads)
    self.betweennessSamples = betweennessSamples
    self.twoCampLimit = twoCampLimit
  }
}
