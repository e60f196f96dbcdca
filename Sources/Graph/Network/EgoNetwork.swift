/// The ego network of an actor: everyone within a number of steps along edges of any type and
/// either direction.
public enum EgoNetwork {
  /// `center` and every actor reachable from it in at most `depth` steps, ignoring direction.
  public static func members(of center: String, depth: Int, edges: [GraphEdge]) -> Set<String> {
    var neighbours: [String: [String]] = [:]
    for e in edges {
      neighbours[e.source, default: []].append(e.target)
      neighbours[e.target, default: []].append(e.source)
    }
    var seen: Set<String> = [center]
    var frontier = [center]
    var step = 0
    while step < depth, !frontier.isEmpty {
      var next: [String] = []
      for code in frontier {
        for n in neighbours[code, default: []] where seen.insert(n).inserted {
          next.append(n)
        }
      }
      frontier = next
      step += 1
    }
    return seen
  }
}
