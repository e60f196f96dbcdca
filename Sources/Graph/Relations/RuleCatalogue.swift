/// What each extraction rule reads, in a sentence with an example: the text `graphctl extract
/// --explain` prints beside a relation's rule, so that a user can check why an edge exists.
public enum RuleCatalogue {
  /// The description of `rule` (a relation's rule name, with or without its frame before a
  /// "/" and its "+unsaid-subject" or "+reported-speech" mark); nil for a name it does not know.
  public static func text(_ rule: String) -> String? {
    let name = rule.split(separator: "/").last.map(String.init) ?? rule
    // A rule read with the unsaid subject of the verb before the noun (`ImplicitSubject`).
    let unsaid = "+unsaid-subject"
    if name.hasSuffix(unsaid) {
      return text(String(name.dropLast(unsaid.count))).map {
        $0
          + "; the source is the unsaid subject of the verb before the noun (وأكد دعمه ...): the subject of the clause or sentence before"
      }
    }
    // A verdict whose speaker an earlier sentence named ("وأكد أن المبادرة باطلة").
    let reported = "+reported-speech"
    if name.hasSuffix(reported) {
      return text(String(name.dropLast(reported.count))).map {
        $0 + "; in reported speech: the speaker an earlier sentence named speaks it"
      }
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
    case "requested-deployment":
      return
        "forces sent at another's request (deployed troops at the request of X, بطلب من X): the sentence's subject supports the one who asked"
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
        "the subject of be is the patron of the possessor (Russia has long been Assad's main backer, Russia is one of Maduro's closest allies, وتعد روسيا من أبرز حلفاء مادورو): the subject supports the possessor"
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
    case "agent-pledged-act":
      return
        "an act with ب after a word of pledging (تعهدت الولايات المتحدة بدعم أوكرانيا): the one who pledges, the clause's subject, acts on the actor after the act"
    case "blamed-on":
      return
        "an attack an actor blamed on another (an attack on the bridge, which it blamed on Ukraine): the one who blames opposes the one blamed"
    case "condemned-coup":
      return
        "a verb of condemning or welcoming whose object is a coup the document told (دان X الانقلاب): the subject reacts to the coup's author (the evidence starts there)"
    case "welcomed-force":
      return
        "a welcome of the arrival of a force named by its noun alone (رحب X بوصول القوة): the subject backs the owner of the force an earlier sentence named (the evidence starts there)"
    case "decision-reaction":
      return
        "a verb of stance whose object is a decision the document told (رفضت X القرار, welcomed the decision): the subject reacts to the decision's authors (the evidence starts there)"
    case "expressed-support":
      return
        "support expressed in the sentence that tells a call or meeting (اتصل بوتين بمادورو معربا عن دعمه, telephoned Maduro to express his support): the first party backs the others"
    case "hosted-forces":
      return
        "a strike on a place that hosts another actor's forces (the base in Qatar, which hosts US forces; التي تستضيف قوات أمريكية): the attacker strikes the forces' state too"
    case "joined-stance":
      return
        "joining another in a stance (وانضمت روسيا والصين إلى طهران في رفض القرار): each joiner supports each partner"
    case "joint-between-members":
      return
        "a joint act between parties and a body named last (talks between X and the EU's members): the other parties deal with each member, not the members with one another"
    case "joint-genitive":
      return
        "a joint act whose noun has the parties in the genitive (لقاء وزير الخارجية المصري ونظيره التركي, a meeting of X with Y): the parties deal with each other"
    case "joint-sentence-pair":
      return
        "a dual description (both sides, الطرفان) after a pair named with between/بين earlier in the sentence: the joint act is the pair's (both ways for an act that is not talks)"
    case "meet-where-arrived":
      return
        "a verb of meeting after حيث, after a journey to a place (وصل الوزير إلى موسكو حيث اجتمع مع نظيره): the traveller meets the actor after the verb"
    case "passive-apposition":
      return
        "a backing participle in an apposition (Hezbollah, a group backed by Iran): the agent after by backs the actor before the comma"
    case "said-owned-target":
      return
        "targets the attacker says belong to an actor (ضربات على مواقع، قال إنها تابعة لجماعة لشكر طيبة): the attacker strikes the owner"
    case "talks-host":
      return
        "the host of talks named after their noun (محادثات استضافتها الدوحة, talks hosted by China): the host meets each party of the talks"
    case "verb-exposed-projectile":
      return
        "projectiles fired by an actor at one exposed to them (تعرضت بورتسودان لهجمات بطائرات مسيرة أطلقتها قوات الدعم السريع): the one who fired strikes the one exposed"
    case "verdict-escalation":
      return
        "a verdict calling something an escalation of an actor's involvement: the speaker opposes the actor who escalates"
    case "verdict-group":
      return
        "a verdict on a decision of a plural description an earlier sentence told (قرار الدول الأربع غير مبرر, the decision of the four countries): the speaker judges each actor it refers to (the evidence starts there)"
    case "lead-reaction":
      return
        "a reaction to the move, the decision, the step or the announcement two or more sentences after the document's lead (Ukraine rejected the decision, called the move provocative; in Arabic only opposition, ورفضت كييف القرار): the subject or judge reacts to the actors of the act the lead told (the evidence starts there)"
    case "linked-act-reaction":
      return
        "English: a reaction to an act named by the noun of the verb that told it (seized ... the seizure, captured ... the capture; called the seizure unjustifiable, welcomed the capture): the subject or judge reacts to the actors of that act, told up to three sentences before, or by the document's lead (the evidence starts there)"
    default: return nil
    }
  }
}
