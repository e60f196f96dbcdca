import ArgumentParser
import Foundation
import Graph

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Benchmarks (not tests): `graphctl bench analysis` times one analysis algorithm on an edge
/// file; `scripts/bench/analysis.sh` runs it beside igraph, NetworKit and leidenalg.
struct Bench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench",
    abstract: "Benchmarks: time analysis algorithms (see scripts/bench/README.md).",
    subcommands: [BenchAnalysis.self])
}

/// Times one measure on an edge list and prints one JSON line.
struct BenchAnalysis: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "analysis",
    abstract: "Time one analysis algorithm on a tab-separated edge list.",
    discussion: """
      Reads the edge file (not timed), then runs the measure --runs times and prints one JSON \
      line: the wall time and the process CPU time of each run, which cover building the compact \
      graph (CSR) from the parsed arcs and the algorithm, not the file parsing; the resident memory after loading \
      and at the peak; and a check value (sum of scores, or the signed modularity and number \
      of blocs).
      """)

  enum Which: String, ExpressibleByArgument, CaseIterable {
    case pagerank, betweenness, closeness, harmonic, eigenvector, pn, blocs
  }

  @Option(help: "Tab-separated edge list (src dst weight sign).")
  var edges: String

  @Option(help: "Measure: \(Which.allCases.map(\.rawValue).joined(separator: ", ")).")
  var measure: Which

  @Option(help: "Path lengths: hops, weight or inverse.")
  var lengths: PathLength = .hops

  @Option(help: "Threads for betweenness, closeness and harmonic.")
  var threads: Int = 1

  @Option(help: "Betweenness from this many sampled sources (default: exact).")
  var samples: Int?

  @Option(help: "Timed runs.")
  var runs: Int = 1

  @Option(help: "Seed of the bloc optimiser.")
  var seed: UInt64 = 42

  @Option(help: "Write the blocs (one label a line, in node order of first appearance) here.")
  var partitionOut: String?

  func run() throws {
    try CLI.guarded {
      let digraph = try EdgeList.read(edges)
      let rssLoaded = Self.currentRSS()
      var times: [Double] = []
      var cpuTimes: [Double] = []
      var check = 0.0
      var extra: [String: Double] = [:]
      var partition: [Int] = []
      for _ in 0..<max(1, runs) {
        let start = DispatchTime.now().uptimeNanoseconds
        let cpuStart = Self.cpuSeconds()
        let csr = CSRGraph(digraph)
        extra["csr_seconds"] = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        switch measure {
        case .pagerank:
          check = PageRank().scores(csr).reduce(0, +)
        case .betweenness:
          let p = PathCentrality(lengths: lengths, threads: threads, samples: samples, seed: seed)
          check = p.betweenness(csr).reduce(0, +)
        case .closeness, .harmonic:
          let p = PathCentrality(lengths: lengths, threads: threads)
          let s = p.compute(csr, betweenness: false, closeness: true)
          check = (measure == .closeness ? s.closeness : s.harmonic)?.reduce(0, +) ?? 0
        case .eigenvector:
          check = EigenvectorCentrality().scores(csr).reduce(0, +)
        case .pn:
          check = PNCentrality().scores(SignedProjection(csr)).reduce(0, +)
        case .blocs:
          let projection = SignedProjection(csr)
          let optimiser = SignedModularity.scaled(
            for: projection.nodeCount, resolution: 1, seed: seed)
          partition = optimiser.optimise(projection)
          let elapsed = DispatchTime.now().uptimeNanoseconds - start
          times.append(Double(elapsed) / 1e9)
          cpuTimes.append(Self.cpuSeconds() - cpuStart)
          check = optimiser.quality(of: partition, in: projection)
          extra["blocs"] = Double(Set(partition).count)
          continue
        }
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        cpuTimes.append(Self.cpuSeconds() - cpuStart)
      }
      if let partitionOut {
        try AtomicFile.write(
          partition.map(String.init).joined(separator: "\n") + "\n", to: partitionOut)
      }
      var fields: [String] = [
        "\"tool\": \"graphctl\"", "\"measure\": \"\(measure.rawValue)\"",
        "\"lengths\": \"\(lengths.rawValue)\"", "\"threads\": \(threads)",
        "\"nodes\": \(digraph.nodes.count)", "\"arcs\": \(digraph.arcs.count)",
        "\"seconds\": [\(times.map { String(format: "%.6f", $0) }.joined(separator: ", "))]",
        "\"cpu_seconds\": [\(cpuTimes.map { String(format: "%.6f", $0) }.joined(separator: ", "))]",
        "\"rss_loaded_mb\": \(String(format: "%.1f", rssLoaded))",
        "\"peak_rss_mb\": \(String(format: "%.1f", Self.peakRSS()))",
        "\"check\": \(check)",
      ]
      for (k, v) in extra.sorted(by: { $0.key < $1.key }) { fields.append("\"\(k)\": \(v)") }
      print("{" + fields.joined(separator: ", ") + "}")
    }
  }

  /// Peak resident set size of this process image in MB: VmHWM of /proc/self/status on Linux
  /// (getrusage's ru_maxrss would carry over the RSS of the parent that forked us).
  static func peakRSS() -> Double {
    #if os(Linux)
      if let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
        let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
        let kb = Double(line.split(separator: " ").dropFirst().first ?? "")
      {
        return kb / 1024
      }
    #endif
    var usage = rusage()
    #if os(Linux)
      getrusage(RUSAGE_SELF.rawValue, &usage)
      return Double(usage.ru_maxrss) / 1024
    #else
      getrusage(RUSAGE_SELF, &usage)
      return Double(usage.ru_maxrss) / 1_048_576
    #endif
  }

  /// CPU time (user + system, all threads) of this process so far, in seconds.
  static func cpuSeconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
  }

  /// Current resident set size in MB (/proc/self/statm on Linux; the peak elsewhere).
  static func currentRSS() -> Double {
    #if os(Linux)
      if let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) {
        let parts = text.split(separator: " ")
        if parts.count > 1, let pages = Double(parts[1]) {
          return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
        }
      }
    #endif
    return peakRSS()
  }
}
