extension Bloc {
  /// Turns a partition (one label per node) into blocs: members sorted by code, bloc 0 the
  /// largest, ties broken by the smallest member code. Returns the blocs and each node's bloc id.
  /// Nodes beyond the end of `partition` each get a bloc of their own.
  public static func numbered(partition: [Int], codes: [String]) -> (
    blocs: [Bloc], nodeBloc: [Int]
  ) {
    var groups: [[Int]] = []
    var groupOf: [Int: Int] = [:]
    for v in codes.indices {
      if v < partition.count, let g = groupOf[partition[v]] {
        groups[g].append(v)
      } else {
        if v < partition.count { groupOf[partition[v]] = groups.count }
        groups.append([v])
      }
    }
    let sortedGroups =
      groups
      .map { members in members.sorted { (codes[$0], $0) < (codes[$1], $1) } }
      .sorted { a, b in
        if a.count != b.count { return a.count > b.count }
        return (codes[a[0]], a[0]) < (codes[b[0]], b[0])
      }
    var nodeBloc = [Int](repeating: 0, count: codes.count)
    var blocs: [Bloc] = []
    for (id, members) in sortedGroups.enumerated() {
      for v in members { nodeBloc[v] = id }
      blocs.append(Bloc(id: id, members: members.map { codes[$0] }))
    }
    return (blocs, nodeBloc)
  }
}
