/// The names `Analyzer` understands in `AnalysisOptions.measures`; score measures are also the
/// keys of `ActorReport.scores`. All measures read the signed projection of the actor graph
/// (`SignedDigraph(graph, weights:)`) after `CSRGraph` has merged parallel arcs (signed weights
/// summed, so "supports" and "strikes" between the same pair partly cancel) and dropped
/// self-loops.
///
/// Conventions compared with NetworkX 3.x and igraph 0.10+/python-igraph 1.0 (checked by the
/// fixtures of `scripts/reference/make_analysis_fixtures.py`):
/// - No measure is normalised by `n - 1`; NetworkX's `degree_centrality` /
///   `in_degree_centrality` would divide the counts by `n - 1`.
/// - Strengths and PageRank use |weight|; NetworkX and igraph would take a negative weight as
///   is (igraph refuses negative PageRank weights), so feed them `abs(w)` to compare.
public enum Measure: String, CaseIterable, Sendable, Hashable, Codable {
  /// Weighted total degree: `in_strength + out_strength`. NetworkX:
  /// `G.degree(weight=w)` on a DiGraph with |w|; igraph: `strength(mode="all", weights=...)`.
  case degree
  /// Number of distinct nodes with an arc into the actor (unweighted). NetworkX:
  /// `G.in_degree()`; igraph: `degree(mode="in")` on the simplified graph.
  case inDegree = "in_degree"
  /// Number of distinct nodes the actor has an arc to (unweighted). NetworkX: `G.out_degree()`.
  case outDegree = "out_degree"
  /// Sum of |w| over arcs into the actor. NetworkX: `G.in_degree(weight=...)`; igraph:
  /// `strength(mode="in", weights=...)`.
  case inStrength = "in_strength"
  /// Sum of |w| over arcs out of the actor. NetworkX: `G.out_degree(weight=...)`.
  case outStrength = "out_strength"
  /// Directed PageRank on |w|, damping 0.85, uniform teleport, dangling rank spread uniformly;
  /// scores sum to 1. Equals `networkx.pagerank(G, alpha=0.85, weight=...)` (its default
  /// `personalization=None, dangling=None`) and igraph's `pagerank(directed=True,
  /// weights=..., implementation="prpack")` up to the iteration tolerance (L1 change < 1e-12
  /// here; NetworkX stops at `N * tol`). A node whose out-arcs all weigh 0 is dangling.
  case pagerank
  /// Alliance blocs (`AnalysisReport.blocs`, `ActorReport.bloc`): maximises the signed
  /// modularity of Traag & Bruggeman (2009) on the undirected projection
  /// (`SignedProjection(graph, weights:)`: pair weight = signed sum over the pair's edges in
  /// both directions, each actor-graph edge counted once, so a `negotiates-with` edge weighs
  /// its configured 0.3, not twice that), with `AnalysisOptions.resolution` as gamma. Same quality function as
  /// igraph's `community_leiden`/leidenalg with separate positive and negative layers
  /// (leidenalg `optimise_partition_multiplex` with layer weights 1 and -1 and
  /// `RBConfigurationVertexPartition`), up to the factor 1/(2w+ + 2w-). Not a score.
  case blocs
  /// Balance statistics (`AnalysisReport.balance`): triangles of the same undirected
  /// projection as `blocs` (pairs of net weight 0 ignored), the share whose sign product is positive, and the
  /// frustration (total |w| of pairs negative inside a bloc or positive across blocs) under
  /// the blocs. Computes the blocs even when `blocs` is not requested. Not a score.
  case balance

  /// Names of the per-actor score measures.
  public static let scoreNames: Set<String> = [
    "degree", "in_degree", "out_degree", "in_strength", "out_strength", "pagerank",
  ]

  /// Every measure name.
  public static let allNames: Set<String> = Set(allCases.map(\.rawValue))
}
