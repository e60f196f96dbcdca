import Foundation

/// What `fstat` tells of an open file, to know that bytes read from it later are the bytes an
/// earlier pass read (and validated): same device, inode, size and status-change time.
///
/// Every write, truncation or `utimes` sets the status-change time to the current time, so a
/// file whose stamp is unchanged was not modified in between, provided the first stamp's
/// change time was already in the past when it was taken (file-system clocks are coarse: a
/// file changed in the same clock tick could keep its time; such a file is not trusted, as
/// git treats a "racily clean" index entry).
struct FileStamp: Equatable, Sendable {
  var device: UInt64
  var inode: UInt64
  var size: Int64
  var changedSeconds: Int
  var changedNanoseconds: Int

  /// The stamp of open file `fd`, or nil when `fstat` fails or the file changed less than
  /// `window` seconds ago (a later change might then keep the same time).
  init?(fd: Int32, window: Int = 2) {
    var info = stat()
    guard fstat(fd, &info) == 0 else { return nil }
    device = UInt64(info.st_dev)
    inode = UInt64(info.st_ino)
    size = Int64(info.st_size)
    #if canImport(Darwin)
      let changed = info.st_ctimespec
    #else
      let changed = info.st_ctim
    #endif
    changedSeconds = Int(changed.tv_sec)
    changedNanoseconds = Int(changed.tv_nsec)
    var now = timespec()
    guard clock_gettime(CLOCK_REALTIME, &now) == 0, changedSeconds + window < Int(now.tv_sec)
    else { return nil }
  }
}
