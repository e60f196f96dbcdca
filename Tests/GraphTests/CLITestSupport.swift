import Foundation

/// Runs the `graphctl` binary that `swift build` / `swift test` put beside the test bundle, for
/// tests of what the command line does with bad input, interrupts and its outputs.
enum CLIRunner {
  /// The binary, when it was built (SwiftPM builds every product before running tests).
  static let binary: URL? = {
    var candidates: [URL] = []
    if let arg0 = CommandLine.arguments.first {
      candidates.append(
        URL(fileURLWithPath: arg0).deletingLastPathComponent().appendingPathComponent("graphctl"))
    }
    if let exe = Bundle.main.executableURL {
      candidates.append(exe.deletingLastPathComponent().appendingPathComponent("graphctl"))
    }
    candidates.append(Repo.root.appendingPathComponent(".build/debug/graphctl"))
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
  }()

  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// Runs graphctl with `arguments` in `directory` and waits for it.
  static func run(
    _ arguments: [String], in directory: URL, stdin: Data? = nil,
    environment: [String: String] = [:]
  ) throws -> Result {
    let p = try process(arguments, in: directory, environment: environment)
    let out = Pipe()
    let err = Pipe()
    p.standardOutput = out
    p.standardError = err
    let input = Pipe()
    p.standardInput = stdin == nil ? FileHandle.nullDevice : input
    try p.run()
    if let stdin {
      input.fileHandleForWriting.write(stdin)
      try input.fileHandleForWriting.close()
    }
    // Read both pipes to the end before waiting, so a full pipe cannot block the child.
    nonisolated(unsafe) var errData = Data()
    let reader = Thread { errData = err.fileHandleForReading.readDataToEndOfFile() }
    reader.start()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    while !reader.isFinished { usleep(1000) }
    return Result(
      status: p.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }

  /// A configured, unstarted graphctl process.
  static func process(_ arguments: [String], in directory: URL, environment: [String: String])
    throws -> Process
  {
    guard let binary else { throw CLIError.notBuilt }
    let p = Process()
    p.executableURL = binary
    p.arguments = arguments
    p.currentDirectoryURL = directory
    var env = ProcessInfo.processInfo.environment
    for (k, v) in environment { env[k] = v }
    p.environment = env
    return p
  }

  enum CLIError: Error { case notBuilt }

  /// A new empty folder.
  static func folder(_ name: String) throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "graphctl-\(name)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
  }

  /// `name` found on PATH.
  static func which(_ name: String) -> URL? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
    for dir in path.split(separator: ":") {
      let url = URL(fileURLWithPath: String(dir)).appendingPathComponent(name)
      if FileManager.default.isExecutableFile(atPath: url.path) { return url }
    }
    return nil
  }

  /// The names in `dir`, hidden ones (temporary files) included, sorted.
  static func listing(_ dir: URL) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).sorted()
  }
}
