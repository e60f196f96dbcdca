/// The side an act of force is backed on. "هاجمت قوات البيشمركة تنظيم داعش بدعم من التحالف
/// الدولي", "The peshmerga fought the Islamic State with support from the US-led coalition": the
/// backing after the act goes to the attacker, not to the one the act hit, though that one is
/// the actor named nearest before it.
extension Extractor {
  /// `backing` (an agent phrase's candidates: the backer supports the actor before it) with
  /// each pair whose backed actor is the target of a strike told earlier in the sentence
  /// (`struck`, same mention) given that strike's sources instead; a backer that would back
  /// itself is dropped.
  static func backAttacker(_ backing: [Candidate], struck: [Candidate]) -> [Candidate] {
    var out: [Candidate] = []
    for c in backing {
      let hit = struck.filter {
        $0.target.tokenStart == c.target.tokenStart && $0.target.code == c.target.code
      }
      guard !hit.isEmpty else {
        out.append(c)
        continue
      }
      for h in hit
      where h.source.code != c.source.code
        && !out.contains(where: {
          $0.source.code == c.source.code && $0.target.code == h.source.code
        })
      {
        var r = c
        r.target = h.source
        r.rule += "+attacker"
        out.append(r)
      }
    }
    return out
  }
}
