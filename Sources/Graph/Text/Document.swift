/// A text to read: an article from a file, a JSONL line or standard input.
public struct Document: Sendable, Hashable, Codable {
  /// File name or the JSONL `id`; relations name their document by it.
  public var id: String
  /// The text. A document read from JSONL keeps its text as UTF-8 bytes (what the extractor
  /// reads) and makes the String only when asked for it.
  public var text: String {
    get {
      switch body {
      case .string(let s): return s
      case .utf8(let b): return String(decoding: b, as: UTF8.self)
      }
    }
    set { body = .string(newValue) }
  }
  /// The document's day as ISO 8601 ("2018-09-05") when the input gave a date `DateText`
  /// can read; nil otherwise.
  public var date: String?

  private var body: Body

  private enum Body: Sendable {
    case string(String)
    /// Valid UTF-8.
    case utf8([UInt8])
  }

  public init(id: String, text: String, date: String? = nil) {
    self.id = id
    self.body = .string(text)
    self.date = date.flatMap(DateText.isoDay)
  }

  /// A document whose text is the UTF-8 `utf8`; bytes that are not valid UTF-8 are read as
  /// `String(decoding:as:)` reads them (repaired).
  /// With `validated`, the caller vouches that `utf8` is valid UTF-8 (it checked the bytes it
  /// cut them from), and they are not checked again.
  init(id: String, utf8: [UInt8], date: String?, validated: Bool = false) {
    self.id = id
    let valid =
      validated
      || utf8.withUnsafeBufferPointer { b in
        b.baseAddress.map { UTF8Check.firstInvalid($0, b.count).invalid == nil } ?? true
      }
    self.body = valid ? .utf8(utf8) : .string(String(decoding: utf8, as: UTF8.self))
    self.date = date.flatMap(DateText.isoDay)
  }

  /// The text's UTF-8 bytes (without a copy when the document keeps them).
  var utf8: [UInt8] {
    switch body {
    case .string(let s): return Array(s.utf8)
    case .utf8(let b): return b
    }
  }

  /// The number of bytes of the text's UTF-8.
  var utf8Count: Int {
    switch body {
    case .string(let s): return s.utf8.count
    case .utf8(let b): return b.count
    }
  }

  enum CodingKeys: String, CodingKey {
    case id, text, date
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    id = try c.decode(String.self, forKey: .id)
    body = .string(try c.decode(String.self, forKey: .text))
    date = try c.decodeIfPresent(String.self, forKey: .date)
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(text, forKey: .text)
    try c.encodeIfPresent(date, forKey: .date)
  }

  public static func == (a: Document, b: Document) -> Bool {
    a.id == b.id && a.text == b.text && a.date == b.date
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(id)
    hasher.combine(text)
    hasher.combine(date)
  }
}
