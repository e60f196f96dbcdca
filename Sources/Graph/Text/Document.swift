/// A text to read: an article from a file, a JSONL line or standard input.
public struct Document: Sendable, Hashable, Codable {
  /// File name or the JSONL `id`; relations name their document by it.
  public var id: String
  public var text: String
  /// ISO 8601 date (or date-time) when the input gave one.
  public var date: String?

  public init(id: String, text: String, date: String? = nil) {
    self.id = id
    self.text = text
    self.date = date
  }
}
