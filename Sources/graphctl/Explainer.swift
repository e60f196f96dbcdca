import Graph

/// Turns a relation into an explanation: rule, cue and the dictionary entries behind it.
struct Explainer {
  let gazetteer: Gazetteer

  /// The JSON form of an explanation.
  struct Explanation: Encodable {
    var relation: Relation
    var sourceEntry: String?
    var targetEntry: String?

    enum CodingKeys: String, CodingKey {
      case relation
      case sourceEntry = "source_entry"
      case targetEntry = "target_entry"
    }
  }

  func entryDescription(code: String, actor: String?) -> String {
    let key = actor ?? code
    guard let e = gazetteer.entry(key) else {
      if key.hasPrefix("PER_") {
        return "\(key) (person introduced by a title in this document) → \(code)"
      }
      return key
    }
    var s = "\(e.code) \(e.name) [\(e.kind.rawValue)] from \(e.origin ?? "user file")"
    if key != code { s += " → rolls up to \(code)" }
    return s
  }

  func explanation(_ r: Relation) -> Explanation {
    Explanation(
      relation: r, sourceEntry: entryDescription(code: r.source, actor: r.sourceActor),
      targetEntry: entryDescription(code: r.target, actor: r.targetActor))
  }

  func text(_ r: Relation) -> String {
    let parts = (r.rule ?? "").split(separator: " ", maxSplits: 1).map(String.init)
    let rule = parts.first ?? "?"
    let origin = parts.count > 1 ? parts[1] : "?"
    var s = "\(r.doc) #\(r.sentence)  \(r.source) \(r.relation.rawValue) \(r.target)"
    if r.hypothetical { s += "  (hypothetical)" }
    s += String(format: "  confidence %.2f\n", r.confidence)
    s += "  cue     \"\(r.cue)\" (lexicon \(origin))\n"
    s += "  rule    \(rule): \(Self.ruleText(rule))\n"
    s +=
      "  source  \"\(r.sourceText)\" = \(entryDescription(code: r.source, actor: r.sourceActor))\n"
    s +=
      "  target  \"\(r.targetText)\" = \(entryDescription(code: r.target, actor: r.targetActor))\n"
    s +=
      "  text    \(Self.clip(r.evidence, 300)) [\(r.span.map(String.init).joined(separator: "-"))]\n"
    return s
  }

  static func ruleText(_ rule: String) -> String {
    let name = rule.split(separator: "/").last.map(String.init) ?? rule
    // A rule read with the unsaid subject of the verb before the noun (`ImplicitSubject`).
    let unsaid = "+unsaid-subject"
    if name.hasSuffix(unsaid) {
      return ruleText(String(name.dropLast(unsaid.count)))
        + "; the source is the unsaid subject of the verb before the noun (وأكد دعمه ...): the subject of the clause or sentence before"
    }
    // A verdict whose speaker an earlier sentence named ("وأكد أن المبادرة باطلة").
    let reported = "+reported-speech"
    if name.hasSuffix(reported) {
      return ruleText(String(name.dropLast(reported.count)))
        + "; in reported speech: the speaker an earlier sentence named speaks it"
    }
    switch name {
    case "verb-svo": return "subject before the verb is the source, the object after it the target"
    case "verb-vso":
      return "the actor right after the verb is the subject (source), the next one the target"
    case "verb+object-pronoun":
      return "the verb's object pronoun points back to the target; the subject follows the verb"
    case "coordinated-event":
      return
        "an act of talks or coordination whose subject is the attack an earlier sentence told (the operation was coordinated with X): its agents deal with X (the evidence starts there)"
    case "agent-speaker":
      return
        "an agent phrase of backing in what a speaker says, with no actor between the complementizer and it (إن المقذوفات جرى اعتراضها بمساعدة X): X backs the speaker's side"
    case "verb+act-pronoun":
      return
        "a verb of stance whose pronoun object stands for the act named before it (كما أدانتها قطر): the subject after the verb opposes the act's author"
    case "verb-shared-subject":
      return "a coordinated or subject-less verb takes the previous verb's subject or the speaker"
    case "reported-speech":
      return "a first-person verb in reported speech: the speaker is the source"
    case "condemned-event":
      return
        "the subject condemns an attack named by a bare noun; its agent is the one an earlier sentence named (the evidence starts there)"
    case "praised-event":
      return
        "the subject welcomes or praises an attack named by a bare noun; its agent is the one an earlier sentence named (the evidence starts there)"
    case "joint-with-group":
      return
        "the actor before a joint act meets each actor a plural description after with/مع names (the two leaders, الزعيمين), from an earlier sentence (the evidence starts there)"
    case "veto-author":
      return
        "the subject vetoes a text (a resolution, a draft); its author, named before or after the text's noun or after drafted by / قدمته, is the target"
    case "joined-meeting":
      return
        "the subject joins a meeting named again (attended the meeting, joined by video); its parties are the ones an earlier sentence named (the evidence starts there)"
    case "joined-meeting-together":
      return
        "two actors or more who join a meeting together (their verb's subject, and one named after إلى جانب before it) meet each other"
    case "condemned-act":
      return
        "the subject condemns an act named by a noun (the sale, the decision, the sanctions); its actors are the ones the sentence before named (the evidence starts there)"
    case "verb-light-noun":
      return
        "a noun of an act with its of after a determiner (the withdrawal of X): the subject of the light verb before it (demanded, announced) is the source, the object after it the target"
    case "members-killed":
      return
        "the actor that opens the sentence reports its own members killed in an attack named by a bare noun; the attack's agent, named by an earlier sentence, strikes it (the evidence starts there)"
    case "backed-event":
      return
        "an attack named by a bare noun was carried out with the backing of those after the agent cue; they support the agent an earlier sentence named (the evidence starts there)"
    case "judged-event":
      return
        "the speaker judges an attack named by a bare noun (a violation, unacceptable); its agent is the one an earlier sentence named (the evidence starts there)"
    case "blamed-event":
      return
        "the one blamed for an attack an earlier sentence told without its author (Police blamed ETA.) strikes its victim (the evidence starts there)"
    case "retaliation-target":
      return
        "a strike told as the answer to an actor's attack (in retaliation for Houthi attacks, ردا على هجمات حزب الله): whoever strikes strikes that actor too"
    case "retaliation-answered":
      return
        "a strike told as the answer to an actor's attack (in retaliation for US air strikes, ردا على غارات إسرائيلية): that actor's attack hit the one who answers it"
    case "response-event":
      return
        "the victim of an attack an earlier sentence told answers its attacker (Israel retaliated., troops repelled the assault, South Korea returned fire) (the evidence starts there)"
    case "followed-suit":
      return
        "the subject follows suit (Canada and Brazil followed suit, وحذت حذوها الإمارات): it repeats the act the sentence before told, with that act's relation and targets (the evidence starts there)"
    case "casualties-in-event":
      return
        "the one whose own men were killed in an attack an earlier sentence told (وأعلن حزب الله مقتل ثلاثة من عناصره في الغارة, Hezbollah said three of its fighters were killed in the strike) was hit by its agent (the evidence starts there)"
    case "claimed-event":
      return
        "the subject claims an attack named by a bare noun; its target is the one an earlier sentence named (the evidence starts there)"
    case "verb-relative-author":
      return
        "the subject opposes an act named after the verb; the subject of the relative clause naming it (its author) is the target"
    case "verb-event-author":
      return
        "the subject judges an act named after the verb (the killing of X by Y); the act's author after by/من قبل/على يد is the target, not its victims"
    case "verb-taken-from":
      return "a verb of taking (recaptured P from Y): the one the place is taken from is the target"
    case "verb-handed-to":
      return
        "weapons handed over or sold (سلمت X طائرات رافال إلى Y): the one who gets them, right after إلى, is the target"
    case "verb-left":
      return
        "a verb of leaving a body (انسحبت X من إيكواس, withdrew from the ICC): the one who leaves opposes the body named right after من/from"
    case "demand-of":
      return
        "a demand made of someone (طالبت X Y بالانسحاب): the one who asks is the source, the one asked the target"
    case "noun-visit":
      return
        "a visit: the visitor (the noun's genitive, its pronoun's antecedent or the clause's subject) meets the host after إلى or with ل"
    case "noun-visit-speaker":
      return
        "a visit with the pronoun of the first person (زيارتي الى ايران) in a quote, or with his/her and no owner in its clause (قال X إن زيارته إلى روسيا): the speaker visits the host after إلى or with ل"
    case "noun-agent":
      return
        "an act of force with an agent phrase (اغتيال X على يد Y, the killing of X by Y): the agent is the source, the noun's genitive the target"
    case "noun-event-author":
      return
        "a judgement of an act (إدانتها للقصف الإسرائيلي): the judge is the source, the act's nisba (its author) the target"
    case "demand-stop-act":
      return
        "a request that an act of force stop (طالب X بوقف العدوان الإسرائيلي): the one who asks is the source, the act's author (its nisba or genitive) the target"
    case "noun-asked-stance":
      return
        "a stance asked of another (طالبت X مجلس الأمن بإدانة Y): the one who asks holds it, and is the source"
    case "verdict":
      return
        "a judgement (غير مقبول، unacceptable): the speaker of the sentence is the source, the actor named before it the target"
    case "noun-after-preposition":
      return
        "a verbal noun after a preposition (على دعم X): the clause's subject is the source, the noun's genitive the target"
    case "noun":
      return
        "verbal noun: its possessor/genitive (or the actor before it) is the source, the object after it the target"
    case "passive", "compound-passive":
      return
        "passive participle: the agent after من/by is the source, the actor it describes the target"
    case "agent":
      return
        "agent phrase (بدعم من، على يد، at the hands of): the agent is the source, the clause subject the target"
    case "patron":
      return "supporters/allies of X: X is the target, the named supporters the sources"
    case "joint-between": return "between X and Y: both take part"
    case "joint-adjacent": return "the participants follow the noun (توافق مصري فرنسي)"
    case "joint-subject": return "a coordinated subject (X and Y) takes part together"
    case "joint-with": return "X ... with Y"
    case "meet-arrival-fronted":
      return
        "a verb of arrival with the place first (وصل إلى القاهرة أمس X): the one named after the place visits it"
    case "joint-attended":
      return
        "actors named together after بحضور (in the presence of) right after a meeting noun take part in the meeting together"
    case "joint-speaker-possessor":
      return
        "a meeting noun with a pronoun (وقال ... بعد لقائه Y) in a sentence with no subject: the speaker meets the one after it"
    case "joint-message":
      return
        "a message (تسلم X رسالة من Y، بعث X برقية إلى Y): the one who sends or receives it deals with the other side"
    case "meet": return "symmetric verb: subject and object meet"
    case "meet-joint-subject": return "symmetric verb with a coordinated subject"
    case "joint-clause":
      return "the actors of the clause act together during the joint act (شكر X Y في اتصال هاتفي)"
    case "joint-counterpart":
      return
        "talks with a counterpart (لقاء نظيره الفرنسي): the sentence's subject and the counterpart's nisba"
    case "joint-genitive-with":
      return
        "the joint act's genitive or holder (اجتماع ... للرئيس X مع Y) meets the actor after مع"
    case "joint-purpose":
      return "to meet (للقاء X): the clause's subject and the actors after the noun"
    case "joint-signed-by": return "an accord signed by X and Y: both are parties"
    case "verb-example", "noun-example":
      return
        "the object is a common noun the actor is an example of (جماعات مثل X, groups such as X): X is the target"
    case "agent-act-genitive":
      return
        "an act with ب and a name after it (توعدت X بقصف Y): the clause's subject is the source, the name the target"
    case "agent-act-place":
      return
        "an act with ب on places in a state (قامت X بقصف منازل في غزة): the clause's subject is the source, the state the target"
    case "withdrawal":
      return
        "leaving a joint act (انسحبت X من الاتفاق مع Y, X withdrew from the deal with Y): X opposes the other party"
    case "verb-group-anaphor":
      return
        "the verb's subject is a plural description (البلدان, both sides) of actors named in an earlier sentence: each is a source"
    case "verb-praised-support":
      return
        "thanks or praise for support (X thanked Y for its support, for Z's backing): Y (or Z) supports X"
    case "demand-group-anaphor":
      return
        "a demand (urged Y to withdraw) whose asker is a plural description (the two leaders) of actors named in an earlier sentence: each is a source, the one asked the target"
    case "noun-group-anaphor":
      return
        "a stance noun with a dual pronoun (أكد الزعيمان دعمهما ل...) after a plural description of actors named in an earlier sentence: each is a source"
    case "verb-clause-reaction":
      return
        "a reaction to the clause before (وهو ما رفضته X, which X condemned): X judges that clause's subject"
    case "verb-blame":
      return
        "blame laid for an act (blamed the attack on X): X is the target"
    case "joint-group-anaphor":
      return
        "a plural description (هذه الدول, the two countries) names the coordinated actors of an earlier sentence: all take part"
    case "noun-between-mutual":
      return "fighting between X and Y: each side strikes the other"
    case "noun-with-mutual":
      return "clashes with Y after the clause's subject X: each side strikes the other"
    case "verb-passive":
      return
        "passive verb (X was attacked by Y, killed in a Y strike): Y is the source, X the target"
    case "noun-exposure":
      return
        "the one exposed to the act (تعرض X لقصف تركي, came under attack) is the target, the act's nisba or agent the source"
    case "verb-projectile-subject":
      return
        "projectiles reach or fall on X (طالت صواريخ Y مدنا, سقطت صواريخ Y على X): their owner Y is the source, X the target"
    case "noun-exposure-named":
      return
        "the one exposed to an act it names (تعرضه لما سماه عدوانا, what it called aggression) opposes the act's agent"
    case "participle":
      return
        "active participle (المناهضة لـ X, loyal to X): the actor it describes is the source, X the target"
    case "agent-instrument":
      return
        "killed by a bomb planted by X: the weapon's user X is the source, the victim the target"
    case "demand":
      return
        "a demand (انسحاب X): the one who demands is the source, the one asked to leave the target"
    case "requested-act":
      return
        "an act asked of someone (طالبت X Y بدعم Z): the one asked would act on the one after the act"
    case "verb-participle":
      return "a participle clause after a comma (..., lambasting X) takes the sentence's subject"
    case "verb-relative-object":
      return
        "the antecedent of a relative pronoun (the government, which X dismisses) is the verb's object"
    case "verb-shared-subject+object-pronoun":
      return
        "a coordinated verb with an object pronoun: the previous subject acts on the pronoun's antecedent"
    case "agent-announcer":
      return
        "an army, state or armed group announces the killing of the victims of an act (أعلن الجيش مقتل ... في غارة): the announcer is the source, the victims' side the target"
    case "agent-attack-subject":
      return
        "an attack on a target was carried out or claimed by X (The attack on the embassy was carried out by X): X is the source, the target after on/against/of the target"
    case "agent-relative":
      return
        "the one attacked stands before a relative clause between commas (Hamas, which ruled Gaza, was attacked by X): X is the source, it the target"
    case "attack-phrase-place":
      return
        "an attack phrase with no actor hit names a place of a state (near the town of X): the attack's author is the source, the state the target"
    case "compound-passive-apposition":
      return
        "a backed-by compound in an apposition (The Houthis, an Iran-backed group,): the backer is the source, the actor before the comma the target"
    case "joint-gathering":
      return
        "a gathering noun (summit, conference) names its participants beside it: each meets the others"
    case "joint-mediated-by":
      return
        "an agreement brokered by X between the parties: the go-between deals with each party, not the parties with each other"
    case "joint-possessor":
      return
        "a meeting noun with a pronoun (خلال لقائه وزير الخارجية, in a phone call with X): the one the pronoun refers to meets the actor after the noun"
    case "joint-subject-with":
      return
        "a joint subject acts with the actor after with (Sudan and Wagner clashed with the RSF): each of the subject meets or fights that actor"
    case "judged-act":
      return
        "a verb of judging with ب and a verbal noun (أشاد بدعم روسيا لحفتر): the noun's genitive acts on the one after ل; the judge is no party to that act"
    case "noun-by-agent":
      return
        "an attack or stance noun with its agent after by and its target after on/against (an attack by X on Y): X is the source, Y the target"
    case "noun-repelled":
      return
        "an attack repelled (صد الجيش هجوما لتنظيم X, repelled an attack by X): the attacker and the one who repels it each strike the other"
    case "noun-result":
      return
        "an act of force resulted in the killing of members of an actor (أسفرت غارة ... عن مقتل عناصر X): the act's author is the source, that actor the target"
    case "noun-stirred-anger":
      return
        "a verb of stirring before a noun of anger (أثار توقيع X غضب Y): Y opposes the one who stirred it (read in reverse)"
    case "agent-act-target":
      return
        "an act with its agent right after it and على (قتل عشرة في غارة إسرائيلية على غزة), no victim an actor: the agent strikes the one after على"
    case "noun-accused-act":
      return
        "an act with ب after a noun of accusation (نفت X اتهامات Y لها بدعم Z): the accused (the actor with ل, else the clause's subject) acts on the one after it"
    case "noun-war-on":
      return
        "a war noun with its nisba and على/ضد (الحرب الإسرائيلية على لبنان): the nisba's actor wages it on the actor after على"
    case "passive-relative":
      return
        "the subject of a passive stands before a relative clause between commas (X, which fought a war, is supported by Y): Y is the source, X the target"
    case "passive-whose":
      return
        "a passive in a whose clause (X, whose forces were attacked by Y): Y is the source, the actor before whose the target"
    case "patron-apposition":
      return
        "an ally noun opening an apposition after a comma (وحزب الله، حليف إيران،, The SDF, a US ally,): the actor before the comma is the ally of the one the noun names"
    case "patron-copula":
      return
        "the subject of be is the patron of the possessor (Russia has long been Assad's main backer): the subject supports the possessor"
    case "received-from":
      return
        "a receiving verb (تلقى دعما من X, received support from X): the giver X supports the receiver"
    case "received-from-thing":
      return
        "a thing received from an actor (received Shahed drones from Iran): the giver supports the receiver; no meeting"
    case "received-thing":
      return
        "a thing received with the giver's nisba (received German tanks): the nisba's state supports the receiver; no meeting"
    case "told-attack-target":
      return
        "an attack told in an earlier sentence, named again with its target (condemned the attack on American soldiers): its agent strikes that target (the evidence starts there)"
    case "verb-act-agent":
      return
        "an act is the verb's subject and the one who carried it out is named (A bombing claimed by X killed soldiers): X is the source, the verb's object the target"
    case "verb-common-enemy":
      return
        "allies fighting alongside each other against a third actor (X fought alongside Y against Z): each of them strikes and opposes Z"
    case "verb-fought-for":
      return
        "fighting for or on behalf of an actor (Hezbollah fought for Assad): the fighter supports that actor"
    case "verb-group-object":
      return
        "a verb whose object is a plural description (accused the two countries): the subject acts on each actor the description refers back to"
    case "verb-intercepted":
      return
        "a projectile or aircraft stopped (اعترضت الدفاعات صاروخا حوثيا, shot down a drone): its owner fired it at the one who stopped it, or at the actor it was heading to"
    case "verb-into":
      return
        "a verb of entering by force (توغلت القوات في جنوب لبنان, entered): the subject strikes the state entered"
    case "verb-permitted":
      return
        "allowing an actor to attack (Belarus allowed Russian troops to invade Ukraine): the one who lets supports the attacker"
    case "verb-provocation":
      return
        "a provoking verb (angered, alarmed; أغضب): its object opposes its subject (after a comma, the subject of the clause before)"
    case "verb-fired-projectile":
      return
        "a verb of firing whose pronoun is a projectile named before it (الصواريخ التي يطلقها الحوثيون على ...): its subject fires at the actor after the word of direction"
    case "verb-repelled":
      return
        "a repelling verb (repelled Russian assaults, صد): the one repelled attacked first; each strikes the other"
    case "verb-threatened-act":
      return
        "threatening an act (هددت X بقصف Y, threatened to strike Y): the threat opposes Y; the act itself is hypothetical"
    case "verb-threatened-fate":
      return
        "a threat told as what will befall an actor (توعد X بأن Y سيدفع الثمن): the threat opposes Y"
    case "act-verdict":
      return
        "a verdict on an act named by its noun (called the accord a grave mistake): the speaker judges the actors the sentence before named (the evidence starts there)"
    case "decision-verdict":
      return
        "a verdict on a decision named by its noun (ووصفت X القرار بأنه غير مبرر): the speaker judges the decision's authors an earlier sentence named (the evidence starts there)"
    case "verdict-act":
      return
        "a verdict on an act (said the US strikes on Syria were unacceptable): the speaker judges the act's author, not the one it hit"
    default: return rule
    }
  }

  static func clip(_ s: String, _ n: Int) -> String {
    let flat = s.replacingOccurrences(of: "\n", with: " ")
    return flat.count > n ? String(flat.prefix(n)) + "…" : flat
  }
}
