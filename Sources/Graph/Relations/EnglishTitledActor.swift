/// English titles whose "of", "for" or "in" phrase names the actor the titled person speaks or
/// acts for: "The leader of Hezbollah condemned ...", "A spokesman for the Egyptian foreign
/// ministry said ...", "A senior official in the Egyptian foreign ministry", "The government
/// of Mali".
extension SentenceContext {
  /// True when the English preposition at `p` ("of", "for", "in") follows a title word (list
  /// `person_head` or `envoy_head`) that opens the sentence (after "On" and a day too), or the
  /// clause after a complementizer, with at most three lower-case words before it (an article
  /// and adjectives: "A senior", "The top"): the actor after the preposition is the one the
  /// subject speaks or acts for, no prepositional object. ("Israel killed the leader of Hamas":
  /// the title is the verb's object, and the preposition stays one.)
  func titledActor(preposition p: Int) -> Bool {
    guard p - 1 >= range.lowerBound, tokens[p].kind == .latin else { return false }
    switch tokens.norm(p) {
    case "of", "for", "in": break
    default: return false
    }
    let h = p - 1
    // ("The military governments of Mali, Burkina Faso and Niger announced": a government
    // word, list `government_head`, acts for its state as a title does.)
    guard tokens[h].kind == .latin,
      isMarker(h, .personHead) || isMarker(h, .envoyHead)
        || lexicon.isMarker(tokens, h, Marker.NamedList.governmentHead),
      !inMention(h)
    else { return false }
    // ("The government of Iraq's Kurdistan region": the actor after "of" owns another head,
    // whose government it is; "The leader of Sudan's army" leads the state's army.)
    if lexicon.isMarker(tokens, h, Marker.NamedList.governmentHead),
      let m = mentions.first(where: { $0.tokenStart > p && $0.tokenStart <= p + 2 }),
      m.tokenEnd + 1 < range.upperBound, tokens[m.tokenEnd].kind == .quote,
      tokens.norm(m.tokenEnd + 1).equalsWord("s")
    {
      return false
    }
    // ("WASHINGTON, Aug 8 — The leaders of Armenia and Azerbaijan": a dateline's dash opens
    // the sentence's text as its start does.)
    func dash(_ k: Int) -> Bool {
      k >= range.lowerBound && Dateline.isDash(tokens, k)
    }
    var j = h - 1
    while j >= range.lowerBound, h - j <= 3, tokens[j].kind == .latin,
      j == range.lowerBound || !tokens[j].capitalized || dash(j - 1),
      !isMarker(j, .preposition), !isMarker(j, .complementizer), !inMention(j)
    {
      j -= 1
    }
    // ("On Thursday the presidents of Russia, France and the United States": a day after "On"
    // opening the sentence, as its start.)
    if j == range.lowerBound + 1, tokens[j].kind == .latin, Self.weekdays.contains(tokens.norm(j)),
      tokens.norm(range.lowerBound).equalsWord("on")
    {
      return true
    }
    return j < range.lowerBound || isMarker(j, .complementizer) || dash(j)
  }

  /// The English days of the week, folded.
  static let weekdays: Set<String> = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  ]
}
