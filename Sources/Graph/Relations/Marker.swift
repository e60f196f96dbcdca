/// The marker lists the extraction rules test (markers.json), by base name: a token is in
/// `marker` when one of its readings is in the list of its language (`name_ar` or `name_en`).
///
/// Each base name has one bit (`mask`) in `TokenLex.markers`, set when the tokenizer looks the
/// word up (`WordIndex`), so a rule's marker test is one AND. A name with no lists in
/// markers.json is never a marker.
///
/// At most 64 cases (`capacity`, the bits of a `UInt64`): a 65th case has rawValue 64, and
/// `1 << 64` is 0 (Swift's shifts do not wrap), so the last case would silently never match.
/// `WordIndex.init` stops the program when there are more. To add a list to a full enum, widen
/// `mask`, `TokenLex.markers`/`articleMarkers`/`strippedMarkers` and `WordIndex.Entry.ar`/`en`.
enum Marker: Int, CaseIterable, Sendable {
  case adverb, against, agentPreposition, ally, also, anaphoricHead, arrival, attackNoun, auxiliary,
    between
  case clauseOpener, complementizer, conditional, contentNoun, coordination, counterpart, denial
  case destination, determiner, direction, during, envoyHead, eventHead, eventNoun, eventTarget
  case expletiveFollower, exposure, factive, fireDirection, forceNoun, future, grounds, groupAnaphor
  case groupAnaphorModifier, groupNoun, jointAdjective, lightVerb, locative, modalAdjective
  case negation, nonAgentHead, nounBlock, numberWord, objectStop, passiveAux, pastIrregular
  case patronLink, personHead, postingPreposition, preposition, projectile, pronounPp
  case receipt, refusal, relative, request, responsibility, resumptiveIn, signed, statementNoun
  case targetHead, timeNoun, warning, with

  /// The base name in markers.json ("agent_preposition").
  var name: String { Self.names[rawValue] }

  /// Lists of markers.json that have no case here (the enum is full): rules ask for them through
  /// a `NamedList` (or by name, `Lexicon.isMarker(_:_:)` with a `String`). Each has a bit of its
  /// own, bit k for the k-th, in `TokenLex.namedMarkers` (at most `NamedBits.bitWidth`, 128).
  static let namedLists = [
    "plural_anaphor", "plural_anaphor_determiner", "withdrawal", "domestic_force",
    "domestic_force_first", "domestic_force_second", "accusation", "example", "still", "ties",
    "envoy", "gathering", "sequel", "measure", "terror_label", "latter", "affiliation",
    "alongside", "exchange", "cessation", "purpose", "verbal", "former", "repel",
    "pronoun_complementizer", "mediation", "projectile_stop", "drone",
    "place_head", "currency", "recognition", "expulsion", "government_head",
    "result_verb", "quantity_noun", "continuation", "pledge", "supplied_thing",
    "permission_verb", "response_verb", "claim_verb", "entry_verb", "order_verb",
    "provocation", "stirring_verb", "ending", "agreement_noun", "clause_noun",
    "adverbial_stance_noun", "veto_verb", "voted_text", "announcing_verb", "wing_head",
    "wing_word", "alternative_opener", "told_determiner", "state_head", "weapon",
    "community", "help_verb", "anger_noun", "qualified_weapon", "weapon_qualifier",
    "copula_verb", "reaction_pronoun", "subject_pronoun", "possessive", "welcome_verb",
    "weapon_participle", "control_noun", "goods_head", "lifting", "lifted_measure", "membership",
    "opposition_word", "government_word", "naming_verb", "sport_word",
    "expressing_participle", "gunfire", "place_strike",
    "victim_genitive", "inclusion_verb", "attendance", "reaching_verb",
    "facing_verb", "sidelines",
  ]

  /// The names of `namedLists`.
  static let readByName = Set(namedLists)

  /// The bit in `TokenLex.namedMarkers` of list `name` of `namedLists`, if it is one.
  @inline(__always)
  static func namedMask(_ name: String) -> NamedBits? {
    namedLists.firstIndex(of: name).map { NamedBits(bit: $0) }
  }

  /// A list of `namedLists` with its bit, so rules test a token's bit without looking the name
  /// up and never pass a name and a bit that disagree.
  struct NamedList: Sendable {
    let name: String
    let bit: NamedBits

    init(_ name: String) {
      self.name = name
      bit = Marker.namedMask(name) ?? 0
    }

    static let pluralAnaphor = NamedList("plural_anaphor")
    static let pluralAnaphorDeterminer = NamedList("plural_anaphor_determiner")
    static let withdrawal = NamedList("withdrawal")
    static let domesticForce = NamedList("domestic_force")
    static let domesticForceFirst = NamedList("domestic_force_first")
    static let domesticForceSecond = NamedList("domestic_force_second")
    static let accusation = NamedList("accusation")
    static let example = NamedList("example")
    static let still = NamedList("still")
    static let gathering = NamedList("gathering")
    static let sequel = NamedList("sequel")
    static let envoy = NamedList("envoy")
    static let measure = NamedList("measure")
    static let latter = NamedList("latter")
    static let affiliation = NamedList("affiliation")
    static let alongside = NamedList("alongside")
    static let cessation = NamedList("cessation")
    static let purpose = NamedList("purpose")
    static let verbal = NamedList("verbal")
    static let former = NamedList("former")
    static let repel = NamedList("repel")
    static let pronounComplementizer = NamedList("pronoun_complementizer")
    static let mediation = NamedList("mediation")
    static let projectileStop = NamedList("projectile_stop")
    static let drone = NamedList("drone")
    static let placeHead = NamedList("place_head")
    static let expulsion = NamedList("expulsion")
    static let gunfire = NamedList("gunfire")
    static let placeStrike = NamedList("place_strike")
    static let victimGenitive = NamedList("victim_genitive")
    static let inclusionVerb = NamedList("inclusion_verb")
    static let attendance = NamedList("attendance")
    static let reachingVerb = NamedList("reaching_verb")
    static let facingVerb = NamedList("facing_verb")
    static let sidelines = NamedList("sidelines")
    static let governmentHead = NamedList("government_head")
    static let resultVerb = NamedList("result_verb")
    static let quantityNoun = NamedList("quantity_noun")
    static let continuation = NamedList("continuation")
    static let pledge = NamedList("pledge")
    static let suppliedThing = NamedList("supplied_thing")
    static let permissionVerb = NamedList("permission_verb")
    static let responseVerb = NamedList("response_verb")
    static let claimVerb = NamedList("claim_verb")
    static let entryVerb = NamedList("entry_verb")
    static let orderVerb = NamedList("order_verb")
    static let provocation = NamedList("provocation")
    static let stirringVerb = NamedList("stirring_verb")
    static let ending = NamedList("ending")
    static let agreementNoun = NamedList("agreement_noun")
    static let clauseNoun = NamedList("clause_noun")
    static let adverbialStanceNoun = NamedList("adverbial_stance_noun")
    static let vetoVerb = NamedList("veto_verb")
    static let votedText = NamedList("voted_text")
    static let announcingVerb = NamedList("announcing_verb")
    static let wingHead = NamedList("wing_head")
    static let wingWord = NamedList("wing_word")
    static let alternativeOpener = NamedList("alternative_opener")
    static let toldDeterminer = NamedList("told_determiner")
    static let stateHead = NamedList("state_head")
    static let weapon = NamedList("weapon")
    static let community = NamedList("community")
    static let helpVerb = NamedList("help_verb")
    static let qualifiedWeapon = NamedList("qualified_weapon")
    static let weaponQualifier = NamedList("weapon_qualifier")
    static let copulaVerb = NamedList("copula_verb")
    static let reactionPronoun = NamedList("reaction_pronoun")
    static let subjectPronoun = NamedList("subject_pronoun")
    static let possessive = NamedList("possessive")
    static let welcomeVerb = NamedList("welcome_verb")
    static let weaponParticiple = NamedList("weapon_participle")
    static let controlNoun = NamedList("control_noun")
    static let namingVerb = NamedList("naming_verb")
    static let sportWord = NamedList("sport_word")
    static let expressingParticiple = NamedList("expressing_participle")
    static let goodsHead = NamedList("goods_head")
    static let lifting = NamedList("lifting")
    static let liftedMeasure = NamedList("lifted_measure")
    static let oppositionWord = NamedList("opposition_word")
    static let governmentWord = NamedList("government_word")
  }

  /// The marker's bit in `TokenLex.markers`.
  @inline(__always) var mask: UInt64 { 1 << UInt64(rawValue) }

  /// The most cases `mask` has bits for.
  static let capacity = UInt64.bitWidth

  static let names: [String] = allCases.map { m in
    var out = ""
    for c in String(describing: m).unicodeScalars {
      if c.properties.isUppercase {
        out += "_" + String(c).lowercased()
      } else {
        out.unicodeScalars.append(c)
      }
    }
    return out
  }

  private static let byName: [String: Marker] = Dictionary(
    uniqueKeysWithValues: allCases.map { ($0.name, $0) })

  /// The marker with base name `name`, if the rules know it.
  init?(name: String) {
    guard let m = Self.byName[name] else { return nil }
    self = m
  }
}
