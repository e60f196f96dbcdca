import Foundation
import Testing

@testable import Graph

/// Ctrl-C leaves no partial output, tested with real signals on the real binary.
///
/// Outputs are written to a temporary file and renamed at the end, so the moment that matters
/// is just before the rename. A tiny preloaded library (compiled here with the C compiler that
/// comes with the Swift toolchain) makes `rename` announce itself and wait; the test then sends
/// SIGINT: the command must exit with 130 and leave the folder as it was. A second test
/// interrupts `extract -o` while it streams a large input.
@Suite("Interrupts leave no partial output")
struct InterruptTests {
  static let shimSource = """
    #define _GNU_SOURCE
    #include <dlfcn.h>
    #include <fcntl.h>
    #include <stdlib.h>
    #include <unistd.h>
    int rename(const char *from, const char *to) {
      const char *marker = getenv("GRAPHCTL_TEST_RENAME_MARKER");
      if (marker) {
        int fd = open(marker, O_WRONLY | O_CREAT, 0644);
        if (fd >= 0) close(fd);
        sleep(20);
      }
      int (*real)(const char *, const char *) =
        (int (*)(const char *, const char *))dlsym(RTLD_NEXT, "rename");
      return real(from, to);
    }
    """

  /// The shim as a shared library, when a C compiler is there.
  static let shim: URL? = {
    guard CLIRunner.binary != nil else { return nil }
    let compilers =
      ["/usr/bin/cc", "/usr/bin/clang", "/usr/bin/gcc"]
      + {
        guard let swiftc = CLIRunner.which("swiftc") else { return [] }
        return [swiftc.deletingLastPathComponent().appendingPathComponent("clang").path]
      }()
    guard let cc = compilers.first(where: { FileManager.default.isExecutableFile(atPath: $0) }),
      let dir = try? CLIRunner.folder("rename-shim")
    else { return nil }
    let source = dir.appendingPathComponent("shim.c")
    let library = dir.appendingPathComponent("shim.so")
    guard (try? Data(shimSource.utf8).write(to: source)) != nil else { return nil }
    let p = Process()
    p.executableURL = URL(fileURLWithPath: cc)
    p.arguments = ["-shared", "-fPIC", "-o", library.path, source.path, "-ldl"]
    p.standardError = FileHandle.nullDevice
    guard (try? p.run()) != nil else { return nil }
    p.waitUntilExit()
    return p.terminationStatus == 0 ? library : nil
  }()

  struct Command: CustomTestStringConvertible, Sendable {
    var args: [String]
    var testDescription: String { args.joined(separator: " ") }
  }

  static let commands: [Command] = [
    Command(args: ["extract", "good.txt", "-o", "o.jsonl"]),
    Command(args: ["extract", "--explain", "good.txt", "-o", "e.txt"]),
    Command(args: ["run", "good.txt", "--out", "."]),
    Command(args: ["render", "rel.jsonl", "--format", "dot", "-o", "o.dot"]),
    Command(args: ["export", "rel.jsonl", "--format", "graphml", "-o", "o.graphml"]),
    Command(args: ["export", "rel.jsonl", "--format", "csv", "-o", "csv"]),
    Command(args: ["analyze", "rel.jsonl", "-o", "o.txt"]),
    Command(args: ["import", "relations", "rel.jsonl", "-o", "m.jsonl"]),
    Command(args: ["import", "gdelt", "events-good.tsv", "-o", "g.jsonl"]),
    Command(args: ["draw", "graph.dot", "--format", "dot", "-o", "o.dot"]),
  ]

  @Test(
    .enabled(if: shim != nil, "needs graphctl and a C compiler for the rename shim"),
    arguments: commands)
  func ctrlCBeforeTheRenameLeavesNothing(_ c: Command) throws {
    let shim = try #require(Self.shim)
    let dir = try CLIRunner.folder("interrupt")
    defer { try? FileManager.default.removeItem(at: dir) }
    try BadInputCatalogueTests.makeInputs(in: dir)
    try Data(BadInputCatalogueTests.gdeltRow("1").utf8).write(
      to: dir.appendingPathComponent("events-good.tsv"))
    let before = CLIRunner.listing(dir)
    let marker = dir.deletingLastPathComponent().appendingPathComponent(
      "marker-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: marker) }
    let p = try CLIRunner.process(
      c.args, in: dir,
      environment: ["LD_PRELOAD": shim.path, "GRAPHCTL_TEST_RENAME_MARKER": marker.path])
    p.standardOutput = FileHandle.nullDevice
    p.standardError = FileHandle.nullDevice
    try p.run()
    // Wait until the command is about to rename its first output into place.
    let deadline = Date().addingTimeInterval(30)
    while !FileManager.default.fileExists(atPath: marker.path) && p.isRunning
      && Date() < deadline
    {
      usleep(5_000)
    }
    #expect(FileManager.default.fileExists(atPath: marker.path), "never reached the rename")
    // A temporary file is there now; Ctrl-C must remove it.
    #expect(CLIRunner.listing(dir).contains { $0.contains(".tmp-") })
    kill(p.processIdentifier, SIGINT)
    p.waitUntilExit()
    #expect(p.terminationStatus == 130)
    #expect(CLIRunner.listing(dir) == before)
  }

  @Test(.enabled(if: CLIRunner.binary != nil, "graphctl is not built beside the tests"))
  func ctrlCWhileExtractStreamsLeavesNothing() throws {
    let dir = try CLIRunner.folder("interrupt-stream")
    defer { try? FileManager.default.removeItem(at: dir) }
    // About 12 MB of documents: more than one batch, so the run is still reading when
    // the temporary output appears.
    var line = #"{"id":"d","text":"# + String(repeating: "Turkey supports the GNA. ", count: 400)
    line += "\"}\n"
    let input = dir.appendingPathComponent("big.jsonl")
    _ = FileManager.default.createFile(atPath: input.path, contents: nil)
    let handle = try FileHandle(forWritingTo: input)
    let block = Data(String(repeating: line, count: 100).utf8)
    for _ in 0..<120 { handle.write(block) }
    try handle.close()
    let p = try CLIRunner.process(
      ["extract", "big.jsonl", "-o", "o.jsonl"], in: dir, environment: [:])
    let errors = dir.appendingPathComponent("stderr.txt")
    _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
    p.standardError = try FileHandle(forWritingTo: errors)
    try p.run()
    let deadline = Date().addingTimeInterval(30)
    while !CLIRunner.listing(dir).contains(where: { $0.contains(".tmp-") }) && p.isRunning
      && Date() < deadline
    {
      usleep(2_000)
    }
    #expect(p.isRunning, "extract ended before it could be interrupted")
    kill(p.processIdentifier, SIGINT)
    p.waitUntilExit()
    let stderr = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
    #expect(p.terminationStatus == 130, "\(stderr)")
    #expect(CLIRunner.listing(dir) == ["big.jsonl", "stderr.txt"])
  }
}
