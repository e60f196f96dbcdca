/// What `Analyzer.analyze` computes and how.
public struct AnalysisOptions: Sendable, Hashable {
  /// Signed weight of each relation type in the projection.
  public var weights: SignedWeights
  /// Seed of the bloc optimiser: the same seed gives the same blocs on every platform.
  public var seed: UInt64
  /// Resolution gamma of the signed modularity (larger: more, smaller blocs).
  public var resolution: Double
  /// Names of the measures to compute (see `Measure`); unknown names are ignored.
  public var measures: Set<String>

  public init(
    weights: SignedWeights = .standard, seed: UInt64 = 42, resolution: Double = 1.0,
    measures: Set<String> = Measure.allNames
  ) {
    self.weights = weights
    self.seed = seed
    self.resolution = resolution
    self.measures = measures
  }
}
