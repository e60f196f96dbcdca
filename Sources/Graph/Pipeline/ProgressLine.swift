import Foundation

/// A one-line progress report for long runs (documents, MB, MB/s, ETA), redrawn in place on
/// standard error when that is a terminal and silent otherwise, so logs and pipes stay clean.
public final class ProgressLine {
  let label: String
  let totalBytes: Int?
  let totalDocuments: Int?
  let fd: Int32
  /// True when the bar draws (the output is a terminal, or `forceTerminal`).
  public let enabled: Bool
  private let started: Double
  private var lastDraw = -1.0
  private var width = 0

  /// `totalBytes` gives the ETA; `fd` is where to draw (standard error by default).
  public init(
    label: String, totalBytes: Int?, totalDocuments: Int? = nil, fd: Int32 = 2,
    forceTerminal: Bool = false
  ) {
    self.label = label
    self.totalBytes = totalBytes
    self.totalDocuments = totalDocuments
    self.fd = fd
    self.enabled = forceTerminal || isatty(fd) == 1
    self.started = Self.now()
  }

  static func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
  }

  /// Redraws at most ten times a second.
  public func update(documents: Int, bytes: Int) {
    guard enabled else { return }
    let t = Self.now()
    guard t - lastDraw >= 0.1 else { return }
    lastDraw = t
    draw(line(documents: documents, bytes: bytes, elapsed: t - started))
  }

  /// Draws the final figures and ends the line.
  public func finish(documents: Int, bytes: Int) {
    guard enabled else { return }
    draw(line(documents: documents, bytes: bytes, elapsed: Self.now() - started) + "\n")
    Interrupts.progressLineOpen = false
  }

  /// The text of the bar, e.g. `extract  1,204/26,250 docs  4.6/100.1 MB  23.1 MB/s  ETA 0:04`.
  func line(documents: Int, bytes: Int, elapsed: Double) -> String {
    let mb = Double(bytes) / 1e6
    let rate = elapsed > 0 ? mb / elapsed : 0
    var s = "\(label)  \(Self.grouped(documents))"
    if let totalDocuments { s += "/\(Self.grouped(totalDocuments))" }
    s += " docs  " + String(format: "%.1f", mb)
    if let totalBytes { s += String(format: "/%.1f", Double(totalBytes) / 1e6) }
    s += " MB  " + String(format: "%.1f MB/s", rate)
    if let totalBytes, rate > 0, bytes < totalBytes {
      s += "  ETA " + Self.clock((Double(totalBytes) / 1e6 - mb) / rate)
    } else {
      s += "  " + Self.clock(elapsed)
    }
    return s
  }

  private func draw(_ text: String) {
    // \r, the text, blanks over a longer previous line.
    let plain = text.hasSuffix("\n") ? String(text.dropLast()) : text
    let pad = max(0, width - plain.count)
    width = plain.count
    let out = "\r" + plain + String(repeating: " ", count: pad) + (text.hasSuffix("\n") ? "\n" : "")
    Interrupts.progressLineOpen = !text.hasSuffix("\n")
    var bytes = Array(out.utf8)
    _ = bytes.withUnsafeMutableBytes { Foundation.write(fd, $0.baseAddress!, $0.count) }
  }

  static func grouped(_ n: Int) -> String {
    let digits = String(n)
    var out = ""
    for (k, c) in digits.enumerated() {
      if k > 0 && (digits.count - k) % 3 == 0 { out.append(",") }
      out.append(c)
    }
    return out
  }

  static func clock(_ seconds: Double) -> String {
    let s = Int(seconds.rounded())
    return s >= 3600
      ? String(format: "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
      : String(format: "%d:%02d", s / 60, s % 60)
  }
}
