/// A text to read: an article from a file, a JSONL line or standard input.
public struct Document: Sendable, Hashable, Codable {
  /// File name or the JSONL `id`; relations name their document by it.
  public var id: String
  public var text: String
  /// The document's day as ISO 8601 ("2018-09-05") when the input gave a date `DateText`
  /// can read; nil otherwise.
  public var date: String?

  public init(id: String, text: String, date: String? = nil) {
    self.id = id
    self.text = text
    self.date = date.flatMap(DateText.isoDay)
  }
}
