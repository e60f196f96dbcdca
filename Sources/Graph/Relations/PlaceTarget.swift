/// An attack on a state's places: "شنت الطائرات التركية غارات على الأراضي العراقية", "Russian
/// missiles hit Ukrainian cities", "Turkish jets struck targets in Iraqi territory". The nisba of a
/// place names no actor (`ActorMatcher.dropModifiers`), but when an act of force has no other
/// target, the state whose places it hits is its target.
extension Extractor {
  /// The pairs of strikes `cue` read again with the place nisbas of its sentence (`places`,
  /// `ActorMatcher.placeNisbas`) as mentions: only those whose target is such a place and whose
  /// source is not.
  func placeTargets(_ ctx: SentenceContext, _ cue: Lexicon.Match, places: [Mention])
    -> [Candidate]
  {
    guard cue.entry.frame == .verb || cue.entry.frame == .noun else { return [] }
    let known = Set(ctx.mentions.map(\.tokenStart))
    let added = places.filter { !known.contains($0.tokenStart) }
    guard !added.isEmpty else { return [] }
    var p = SentenceContext(
      tokens: ctx.tokens, range: ctx.range,
      mentions: (ctx.mentions + added).sorted { $0.tokenStart < $1.tokenStart }, lexicon: lexicon)
    p.gazetteer = ctx.gazetteer
    p.personCodes = ctx.personCodes
    p.placeStarts = Set(added.map(\.tokenStart))
    let found =
      cue.entry.frame == .verb
      ? p.verbRule(cue, speaker: nil, previousSubject: []) : p.nounRule(cue)
    return found.filter {
      p.placeStarts.contains($0.target.tokenStart) && !p.placeStarts.contains($0.source.tokenStart)
    }
  }
}
