import Foundation

/// Writes files all at once: data goes to a temporary file beside the target, then is renamed,
/// so a failed or interrupted run never leaves half a file.
public enum AtomicFile {
  public static func write(_ data: Data, to path: String) throws {
    let w = try Writer(path: path)
    try data.withUnsafeBytes { try w.write($0) }
    try w.commit()
  }

  public static func write(_ text: String, to path: String) throws {
    try write(Data(text.utf8), to: path)
  }

  /// Writes several files as one step: every file goes to its temporary name first, then all
  /// are renamed, so a failure (or Ctrl-C) while writing leaves none of them half-written and
  /// none replaced.
  public static func write(_ files: [(path: String, data: Data)]) throws {
    var writers: [Writer] = []
    for file in files {
      let w = try Writer(path: file.path)
      writers.append(w)
      try file.data.withUnsafeBytes { try w.write($0) }
    }
    for w in writers { try w.commit() }
  }

  /// A file written piece by piece into a temporary file beside `path` and renamed onto it by
  /// `commit`; dropped without `commit` (or on Ctrl-C, see `Interrupts`), it leaves nothing.
  public final class Writer {
    public let path: String
    let temporary: String
    private var fd: Int32
    private var slot: Int?
    /// The temporary file exists and was not renamed yet.
    private var pending = true

    public init(path: String) throws {
      self.path = path
      let url = URL(fileURLWithPath: path)
      temporary =
        url.deletingLastPathComponent().appendingPathComponent(
          ".\(url.lastPathComponent).tmp-\(getpid())"
        ).path
      slot = Interrupts.register(temporary)
      fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
      guard fd >= 0 else {
        let reason = String(cString: strerror(errno))
        Interrupts.unregister(slot)
        slot = nil
        pending = false
        throw InputError(file: path, message: "cannot write file (\(reason))")
      }
    }

    deinit { abort() }

    public func write(_ bytes: UnsafeRawBufferPointer) throws {
      var done = 0
      while done < bytes.count {
        let n = Foundation.write(fd, bytes.baseAddress! + done, bytes.count - done)
        if n < 0 && errno == EINTR { continue }
        guard n > 0 else {
          let reason = String(cString: strerror(errno))
          abort()
          throw InputError(file: path, message: "cannot write file (\(reason))")
        }
        done += n
      }
    }

    public func write(_ bytes: [UInt8]) throws {
      try bytes.withUnsafeBytes { try write($0) }
    }

    /// Closes the temporary file and renames it onto `path` (atomically replacing it).
    public func commit() throws {
      guard fd >= 0 else { throw InputError(file: path, message: "cannot write file") }
      let closed = close(fd)
      fd = -1
      guard closed == 0, rename(temporary, path) == 0 else {
        let reason = String(cString: strerror(errno))
        abort()
        throw InputError(file: path, message: "cannot write file (\(reason))")
      }
      pending = false
      Interrupts.unregister(slot)
      slot = nil
    }

    /// Removes the temporary file (nothing when already committed).
    public func abort() {
      if fd >= 0 {
        close(fd)
        fd = -1
      }
      if pending {
        unlink(temporary)
        pending = false
      }
      Interrupts.unregister(slot)
      slot = nil
    }
  }
}

/// Ctrl-C (SIGINT), SIGTERM and SIGHUP: remove the temporary files of unfinished writes, end a
/// progress line, and exit with 128 + the signal number. Registered paths are kept as C strings
/// in fixed slots so the handler only calls async-signal-safe functions (unlink, write, _exit).
public enum Interrupts {
  static let capacity = 64
  nonisolated(unsafe) static let slots = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>
    .allocate(capacity: capacity)
  nonisolated(unsafe) static var installed = false
  static let lock = NSLock()
  /// Set while a progress line is on the terminal, so the handler ends it first.
  nonisolated(unsafe) public static var progressLineOpen = false

  /// Installs the handlers (once). A signal that was ignored when the program started stays
  /// ignored (a job started in the background of a script must not stop at Ctrl-C), and the
  /// three signals are unblocked: a parent may hand down a mask that blocks them (threads of
  /// libdispatch do), and Ctrl-C would then do nothing.
  public static func install() {
    lock.lock()
    defer { lock.unlock() }
    guard !installed else { return }
    slots.initialize(repeating: nil, count: capacity)
    installed = true
    var unblock = sigset_t()
    sigemptyset(&unblock)
    for sig in [SIGINT, SIGTERM, SIGHUP] {
      var current = sigaction()
      sigaction(sig, nil, &current)
      // SIG_IGN is the handler value 1.
      if unsafeBitCast(current.__sigaction_handler.sa_handler, to: Int.self) == 1 { continue }
      sigaddset(&unblock, sig)
      signal(sig) { sig in
        for k in 0..<Interrupts.capacity {
          if let p = Interrupts.slots[k] { unlink(p) }
        }
        if Interrupts.progressLineOpen {
          var nl: UInt8 = 0x0A
          _ = Foundation.write(2, &nl, 1)
        }
        _exit(128 + sig)
      }
    }
    sigprocmask(SIG_UNBLOCK, &unblock, nil)
  }

  static func register(_ path: String) -> Int? {
    lock.lock()
    defer { lock.unlock() }
    guard installed else { return nil }
    for k in 0..<capacity where slots[k] == nil {
      slots[k] = strdup(path)
      return k
    }
    return nil
  }

  static func unregister(_ slot: Int?) {
    guard let slot else { return }
    lock.lock()
    defer { lock.unlock() }
    let p = slots[slot]
    slots[slot] = nil
    free(p)
  }
}
