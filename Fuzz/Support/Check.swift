import Foundation

/// Stops the run when an invariant of a fuzz target fails: libFuzzer treats the trap as a crash
/// and saves the input that caused it.
func require(
  _ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String,
  file: StaticString = #fileID, line: UInt = #line
) {
  guard !condition() else { return }
  fatalError("invariant failed: \(message())", file: file, line: line)
}

/// The fuzz input as bytes.
func fuzzBytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
  guard let data, size > 0 else { return [] }
  return Array(UnsafeBufferPointer(start: data, count: size))
}

/// The input as text the way a lenient reader would take it: invalid UTF-8 becomes U+FFFD.
func lenientText(_ bytes: [UInt8]) -> String {
  String(decoding: bytes, as: UTF8.self)
}
