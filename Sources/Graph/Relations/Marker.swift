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
    "facing_verb", "sidelines", "clause_participle", "approximator", "retaliation",
    "negation_idiom", "subordinator", "meeting_noun", "agent_genitive",
    "drafting_verb", "legitimacy_label", "protected_value", "code_name", "suspension",
    "act_adjective", "contact_stop", "sign_noun", "consultation",
    "accusation_noun", "hosting_relative", "mediation_noun", "condition", "linked",
    "answer_word", "vow_word", "follow_suit", "praise_label", "lasting_verb", "object_act",
    "spoken_content", "suffered_act", "inner_adverb", "separate_word", "negated_refusal",
    "coup_word", "decision_noun", "adopting_verb", "stating_verb", "group_holding",
    "involvement_noun", "dismissive_label", "court_word", "deployment",
  ]

  /// The names of `namedLists`.
  static let readByName = Set(namedLists)

  /// Lists of markers.json with no bit at all: rare paths read them through a word's readings
  /// (`Lexicon.isMarker(_:_:_:)` with the name), so they cost no room in `TokenLex`.
  static let readByReadings: Set<String> = ["country_anaphor", "elative"]

  /// The bit in `TokenLex.namedMarkers` of list `name` of `namedLists`, if it is one.
  @inline(__always)
  static func namedMask(_ name: String) -> NamedBits? {
    namedLists.firstIndex(of: name).map { NamedBits(bit: $0) }
  }

  /// A list of `namedLists` with its bit, so rules test a token's bit without looking the name
  /// up and never pass a name and a bit that disagree.
  struct NamedList: Sendable {
    /// The list's place in `namedLists` (its bit).
    let index: Int

    /// The list's name in markers.json (read only for tokens that were not looked up).
    var name: String { Marker.namedLists[index] }

    /// The list's bit in `TokenLex.namedMarkers`.
    @inline(__always) var bit: NamedBits { NamedBits(bit: index) }

    init(_ name: String) {
      index = Marker.namedLists.firstIndex(of: name) ?? -1
    }

    /// The list at `index` of `namedLists`, `name` (checked in debug builds).
    @inline(__always)
    init(index: Int, _ name: StaticString) {
      assert(Marker.namedLists[index] == name.description, "NamedList \(name) is not at \(index)")
      self.index = index
    }

    // The lists the rules name, by their place in `namedLists` (checked in debug builds): values
    // made where they are read, constants, not globals each read through a lazy initialiser
    // with a String to copy. (Generated from `namedLists`; keep in step with it.)
    static var pluralAnaphor: NamedList { NamedList(index: 0, "plural_anaphor") }
    static var pluralAnaphorDeterminer: NamedList {
      NamedList(index: 1, "plural_anaphor_determiner")
    }
    static var withdrawal: NamedList { NamedList(index: 2, "withdrawal") }
    static var domesticForce: NamedList { NamedList(index: 3, "domestic_force") }
    static var domesticForceFirst: NamedList { NamedList(index: 4, "domestic_force_first") }
    static var domesticForceSecond: NamedList { NamedList(index: 5, "domestic_force_second") }
    static var accusation: NamedList { NamedList(index: 6, "accusation") }
    static var example: NamedList { NamedList(index: 7, "example") }
    static var still: NamedList { NamedList(index: 8, "still") }
    static var ties: NamedList { NamedList(index: 9, "ties") }
    static var gathering: NamedList { NamedList(index: 11, "gathering") }
    static var sequel: NamedList { NamedList(index: 12, "sequel") }
    static var envoy: NamedList { NamedList(index: 10, "envoy") }
    static var measure: NamedList { NamedList(index: 13, "measure") }
    static var latter: NamedList { NamedList(index: 15, "latter") }
    static var affiliation: NamedList { NamedList(index: 16, "affiliation") }
    static var alongside: NamedList { NamedList(index: 17, "alongside") }
    static var exchange: NamedList { NamedList(index: 18, "exchange") }
    static var cessation: NamedList { NamedList(index: 19, "cessation") }
    static var purpose: NamedList { NamedList(index: 20, "purpose") }
    static var verbal: NamedList { NamedList(index: 21, "verbal") }
    static var former: NamedList { NamedList(index: 22, "former") }
    static var repel: NamedList { NamedList(index: 23, "repel") }
    static var pronounComplementizer: NamedList { NamedList(index: 24, "pronoun_complementizer") }
    static var mediation: NamedList { NamedList(index: 25, "mediation") }
    static var projectileStop: NamedList { NamedList(index: 26, "projectile_stop") }
    static var drone: NamedList { NamedList(index: 27, "drone") }
    static var placeHead: NamedList { NamedList(index: 28, "place_head") }
    static var expulsion: NamedList { NamedList(index: 31, "expulsion") }
    static var gunfire: NamedList { NamedList(index: 79, "gunfire") }
    static var placeStrike: NamedList { NamedList(index: 80, "place_strike") }
    static var victimGenitive: NamedList { NamedList(index: 81, "victim_genitive") }
    static var inclusionVerb: NamedList { NamedList(index: 82, "inclusion_verb") }
    static var attendance: NamedList { NamedList(index: 83, "attendance") }
    static var reachingVerb: NamedList { NamedList(index: 84, "reaching_verb") }
    static var facingVerb: NamedList { NamedList(index: 85, "facing_verb") }
    static var sidelines: NamedList { NamedList(index: 86, "sidelines") }
    static var clauseParticiple: NamedList { NamedList(index: 87, "clause_participle") }
    static var approximator: NamedList { NamedList(index: 88, "approximator") }
    static var retaliation: NamedList { NamedList(index: 89, "retaliation") }
    static var negationIdiom: NamedList { NamedList(index: 90, "negation_idiom") }
    static var subordinator: NamedList { NamedList(index: 91, "subordinator") }
    static var meetingNoun: NamedList { NamedList(index: 92, "meeting_noun") }
    static var agentGenitive: NamedList { NamedList(index: 93, "agent_genitive") }
    static var draftingVerb: NamedList { NamedList(index: 94, "drafting_verb") }
    static var legitimacyLabel: NamedList { NamedList(index: 95, "legitimacy_label") }
    static var protectedValue: NamedList { NamedList(index: 96, "protected_value") }
    static var codeName: NamedList { NamedList(index: 97, "code_name") }
    static var suspension: NamedList { NamedList(index: 98, "suspension") }
    static var actAdjective: NamedList { NamedList(index: 99, "act_adjective") }
    static var contactStop: NamedList { NamedList(index: 100, "contact_stop") }
    static var signNoun: NamedList { NamedList(index: 101, "sign_noun") }
    static var consultation: NamedList { NamedList(index: 102, "consultation") }
    static var accusationNoun: NamedList { NamedList(index: 103, "accusation_noun") }
    static var hostingRelative: NamedList { NamedList(index: 104, "hosting_relative") }
    static var mediationNoun: NamedList { NamedList(index: 105, "mediation_noun") }
    static var condition: NamedList { NamedList(index: 106, "condition") }
    static var linked: NamedList { NamedList(index: 107, "linked") }
    static var answerWord: NamedList { NamedList(index: 108, "answer_word") }
    static var vowWord: NamedList { NamedList(index: 109, "vow_word") }
    static var followSuit: NamedList { NamedList(index: 110, "follow_suit") }
    static var praiseLabel: NamedList { NamedList(index: 111, "praise_label") }
    static var lastingVerb: NamedList { NamedList(index: 112, "lasting_verb") }
    static var objectAct: NamedList { NamedList(index: 113, "object_act") }
    static var spokenContent: NamedList { NamedList(index: 114, "spoken_content") }
    static var sufferedAct: NamedList { NamedList(index: 115, "suffered_act") }
    static var innerAdverb: NamedList { NamedList(index: 116, "inner_adverb") }
    static var separateWord: NamedList { NamedList(index: 117, "separate_word") }
    static var negatedRefusal: NamedList { NamedList(index: 118, "negated_refusal") }
    static var coupWord: NamedList { NamedList(index: 119, "coup_word") }
    static var decisionNoun: NamedList { NamedList(index: 120, "decision_noun") }
    static var adoptingVerb: NamedList { NamedList(index: 121, "adopting_verb") }
    static var statingVerb: NamedList { NamedList(index: 122, "stating_verb") }
    static var groupHolding: NamedList { NamedList(index: 123, "group_holding") }
    static var involvementNoun: NamedList { NamedList(index: 124, "involvement_noun") }
    static var dismissiveLabel: NamedList { NamedList(index: 125, "dismissive_label") }
    static var courtWord: NamedList { NamedList(index: 126, "court_word") }
    static var deployment: NamedList { NamedList(index: 127, "deployment") }
    static var governmentHead: NamedList { NamedList(index: 32, "government_head") }
    static var resultVerb: NamedList { NamedList(index: 33, "result_verb") }
    static var quantityNoun: NamedList { NamedList(index: 34, "quantity_noun") }
    static var continuation: NamedList { NamedList(index: 35, "continuation") }
    static var pledge: NamedList { NamedList(index: 36, "pledge") }
    static var suppliedThing: NamedList { NamedList(index: 37, "supplied_thing") }
    static var permissionVerb: NamedList { NamedList(index: 38, "permission_verb") }
    static var responseVerb: NamedList { NamedList(index: 39, "response_verb") }
    static var claimVerb: NamedList { NamedList(index: 40, "claim_verb") }
    static var entryVerb: NamedList { NamedList(index: 41, "entry_verb") }
    static var orderVerb: NamedList { NamedList(index: 42, "order_verb") }
    static var provocation: NamedList { NamedList(index: 43, "provocation") }
    static var stirringVerb: NamedList { NamedList(index: 44, "stirring_verb") }
    static var ending: NamedList { NamedList(index: 45, "ending") }
    static var agreementNoun: NamedList { NamedList(index: 46, "agreement_noun") }
    static var clauseNoun: NamedList { NamedList(index: 47, "clause_noun") }
    static var adverbialStanceNoun: NamedList { NamedList(index: 48, "adverbial_stance_noun") }
    static var vetoVerb: NamedList { NamedList(index: 49, "veto_verb") }
    static var votedText: NamedList { NamedList(index: 50, "voted_text") }
    static var announcingVerb: NamedList { NamedList(index: 51, "announcing_verb") }
    static var wingHead: NamedList { NamedList(index: 52, "wing_head") }
    static var wingWord: NamedList { NamedList(index: 53, "wing_word") }
    static var alternativeOpener: NamedList { NamedList(index: 54, "alternative_opener") }
    static var toldDeterminer: NamedList { NamedList(index: 55, "told_determiner") }
    static var stateHead: NamedList { NamedList(index: 56, "state_head") }
    static var weapon: NamedList { NamedList(index: 57, "weapon") }
    static var community: NamedList { NamedList(index: 58, "community") }
    static var helpVerb: NamedList { NamedList(index: 59, "help_verb") }
    static var qualifiedWeapon: NamedList { NamedList(index: 61, "qualified_weapon") }
    static var weaponQualifier: NamedList { NamedList(index: 62, "weapon_qualifier") }
    static var copulaVerb: NamedList { NamedList(index: 63, "copula_verb") }
    static var reactionPronoun: NamedList { NamedList(index: 64, "reaction_pronoun") }
    static var subjectPronoun: NamedList { NamedList(index: 65, "subject_pronoun") }
    static var possessive: NamedList { NamedList(index: 66, "possessive") }
    static var welcomeVerb: NamedList { NamedList(index: 67, "welcome_verb") }
    static var weaponParticiple: NamedList { NamedList(index: 68, "weapon_participle") }
    static var controlNoun: NamedList { NamedList(index: 69, "control_noun") }
    static var namingVerb: NamedList { NamedList(index: 76, "naming_verb") }
    static var sportWord: NamedList { NamedList(index: 77, "sport_word") }
    static var expressingParticiple: NamedList { NamedList(index: 78, "expressing_participle") }
    static var goodsHead: NamedList { NamedList(index: 70, "goods_head") }
    static var lifting: NamedList { NamedList(index: 71, "lifting") }
    static var liftedMeasure: NamedList { NamedList(index: 72, "lifted_measure") }
    static var oppositionWord: NamedList { NamedList(index: 74, "opposition_word") }
    static var governmentWord: NamedList { NamedList(index: 75, "government_word") }
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
