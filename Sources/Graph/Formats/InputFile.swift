import Foundation

/// Reads one named input file (`-` is standard input) with errors that say what is wrong:
/// missing, a folder, not readable, binary, not UTF-8 (with the byte offset).
public enum InputFile {
  /// The bytes of `path`.
  public static func data(_ path: String) throws -> Data {
    if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { throw openError(path, errno) }
    var info = stat()
    if fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
      close(fd)
      throw InputError(file: path, message: "is a folder, not a file")
    }
    let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
    do {
      return try handle.readToEnd() ?? Data()
    } catch {
      throw InputError(file: path, message: "cannot read file (\(String(cString: strerror(EIO))))")
    }
  }

  /// The UTF-8 text of `path`: binary data (a NUL byte) and invalid UTF-8 are errors naming the
  /// byte offset; a byte-order mark is dropped.
  public static func text(_ path: String) throws -> String {
    try DocumentReader().decode(try data(path), file: name(path))
  }

  /// How errors name the input.
  static func name(_ path: String) -> String { path == "-" ? "<stdin>" : path }

  /// The message for a failed `open`.
  static func openError(_ path: String, _ code: Int32) -> InputError {
    switch code {
    case ENOENT: return InputError(file: path, message: "no such file")
    case ENOTDIR:
      return InputError(file: path, message: "no such file (a part of the path is not a folder)")
    case EACCES: return InputError(file: path, message: "cannot read file (permission denied)")
    default:
      return InputError(
        file: path, message: "cannot read file (\(String(cString: strerror(code))))")
    }
  }
}
