import Foundation

/// Writes files all at once: data goes to a temporary file beside the target, then is renamed,
/// so a failed or interrupted run never leaves half a file.
public enum AtomicFile {
  public static func write(_ data: Data, to path: String) throws {
    let url = URL(fileURLWithPath: path)
    let dir = url.deletingLastPathComponent()
    let tmp = dir.appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())")
    do {
      try data.write(to: tmp)
      // rename(2) replaces the target atomically.
      guard rename(tmp.path, url.path) == 0 else {
        throw InputError(
          file: path, message: "cannot write file (\(String(cString: strerror(errno))))")
      }
    } catch let e as InputError {
      try? FileManager.default.removeItem(at: tmp)
      throw e
    } catch {
      try? FileManager.default.removeItem(at: tmp)
      throw InputError(file: path, message: "cannot write file (\(error.localizedDescription))")
    }
  }

  public static func write(_ text: String, to path: String) throws {
    try write(Data(text.utf8), to: path)
  }
}
