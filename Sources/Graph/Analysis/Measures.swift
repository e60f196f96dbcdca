/// The names `Analyzer` understands in `AnalysisOptions.measures`; score measures are also the
/// keys of `ActorReport.scores`. This is the one place that says what each measure is.
///
/// All measures read the signed projection of the actor graph (`SignedDigraph(graph,
/// weights:)`) after `CSRGraph` has merged parallel arcs (signed weights summed, so "supports"
/// and "strikes" between the same pair partly cancel) and dropped self-loops. An edge list
/// (`graphctl analyze --edges`) gives the digraph directly: weight x sign per line.
///
/// Conventions compared with NetworkX 3.x and igraph 0.10+/python-igraph 1.0 (checked by the
/// fixtures of `scripts/reference/make_analysis_fixtures.py`, which record the versions):
/// - Degree-type measures are not normalised by `n - 1`; NetworkX's `degree_centrality` /
///   `in_degree_centrality` would divide the counts by `n - 1`.
/// - Strengths, PageRank and eigenvector use |weight|; NetworkX and igraph would take a
///   negative weight as is (igraph refuses negative PageRank weights), so feed them `abs(w)`.
/// - Shortest paths (betweenness, closeness, harmonic) follow `AnalysisOptions.lengths`
///   (`PathLength`): `hops` (default: every arc 1), `weight` (arc length |w|, what igraph's
///   `weights=` and NetworkX's `weight=` mean) or `inverse` (1/|w|: strong ties are short).
///   With weighted lengths, arcs whose merged weight is 0 are left out. Paths are directed
///   and go out of the actor. Two paths tie when their summed lengths are equal as doubles
///   (NetworkX's rule); igraph takes lengths within 1e-10 (relative) as equal, so with
///   non-integer lengths (0.1 + 0.2 vs 0.3) it may count ties that are not ties here.
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
  /// scores sum to 1; power iteration until the L1 change of an iterate is below 1e-10.
  /// Equals `networkx.pagerank(G, alpha=0.85, weight=...)` (its default
  /// `personalization=None, dangling=None`) and igraph's `pagerank(directed=True,
  /// weights=..., implementation="prpack")` up to the iteration tolerance (NetworkX stops at
  /// an L1 change of `N * tol`). A node whose out-arcs all weigh 0 is dangling.
  case pagerank
  /// Brandes (2001) betweenness on directed shortest paths: sum over ordered pairs (s, t) with
  /// s != v != t of the share of shortest s-t paths that pass through v. Not normalised (the
  /// maximum is (n-1)(n-2)). Equals igraph `betweenness(directed=True, weights=...)` and
  /// `networkx.betweenness_centrality(G, normalized=False, weight=...)`; NetworKit's
  /// `Betweenness(G, normalized=False)` on a directed graph too (on an undirected graph it
  /// counts ordered pairs, twice igraph's). With `AnalysisOptions.betweennessSamples = k`,
  /// dependencies of k sources drawn without replacement by `SplitMix64(seed)` are summed and
  /// scaled by n/k (NetworkX's `k=` estimator, with our own sampler).
  case betweenness
  /// Closeness over reachable nodes, on outgoing distances: r / (sum of the distances from the
  /// actor to the r nodes it reaches), 0 when it reaches none. Equals igraph
  /// `closeness(mode="out", normalized=True, weights=...)`; NetworkX measures incoming
  /// distances, so it is `networkx.closeness_centrality(G.reverse(), wf_improved=False,
  /// distance=...)`.
  case closeness
  /// Harmonic centrality on outgoing distances: sum over the other nodes of 1/d(actor, node),
  /// unreachable nodes adding 0; not normalised. Equals igraph `harmonic_centrality(mode="out",
  /// normalized=False, weights=...)`; NetworkX sums incoming 1/d, so it is
  /// `networkx.harmonic_centrality(G.reverse(), distance=...)`.
  case harmonic
  /// Eigenvector centrality of the undirected projection with pair weight
  /// `|w(u->v)| + |w(v->u)|`: the principal eigenvector with Euclidean norm 1 and
  /// non-negative entries (power iteration on A + I until the L1 change is below 1e-14 n).
  /// NetworkX `eigenvector_centrality(G.to_undirected-with-summed-|w|, weight=...)` uses the
  /// same norm; igraph's `eigenvector_centrality(scale=True)` scales the largest entry to 1
  /// instead. On a disconnected graph the vector concentrates on the component with the
  /// largest eigenvalue. All 0 when no tie has a non-zero weight.
  case eigenvector
  /// PN centrality (Everett & Borgatti 2014) on the signed undirected projection:
  /// `(I - A/(2n-2))^-1 1` with `A = P - 2N`, P and N the 0/1 matrices of net positive and
  /// net negative pairs (signs only, as in the paper). Neither igraph nor NetworkX has it;
  /// R's signnet `pn_index(mode="all")` computes the same formula. Checked against a dense
  /// solve.
  case pn
  /// Alliance blocs (`AnalysisReport.blocs`, `ActorReport.bloc`): maximises the signed
  /// modularity of Traag & Bruggeman (2009) on the undirected projection
  /// (`SignedProjection(graph, weights:)`: pair weight = signed sum over the pair's edges in
  /// both directions, each actor-graph edge counted once, so a `negotiates-with` edge weighs
  /// its configured 0.3, not twice that), with `AnalysisOptions.resolution` as gamma, by
  /// `SignedModularity` (Leiden-style: fast local moving, refinement, aggregation; seeded).
  /// Same quality function as leidenalg with separate positive and negative layers
  /// (`optimise_partition_multiplex` with layer weights 1 and -1 and
  /// `RBConfigurationVertexPartition`), up to the factor 1/(2w+ + 2w-). Not a score.
  case blocs
  /// Balance statistics (`AnalysisReport.balance`): triangles of the same undirected
  /// projection as `blocs` (pairs of net weight 0 ignored), the share whose sign product is
  /// positive, the frustration (total |w| of pairs negative inside a bloc or positive across
  /// blocs) under the blocs, and, when no component has more than
  /// `AnalysisOptions.twoCampLimit` actors, the exact two-camp split of minimum frustration
  /// (`TwoCampSplit`). Computes the blocs even when `blocs` is not requested. Not a score.
  case balance

  /// Names of the per-actor score measures.
  public static let scoreNames: Set<String> = [
    "degree", "in_degree", "out_degree", "in_strength", "out_strength", "pagerank",
    "betweenness", "closeness", "harmonic", "eigenvector", "pn",
  ]

  /// Every measure name.
  public static let allNames: Set<String> = Set(allCases.map(\.rawValue))
}
