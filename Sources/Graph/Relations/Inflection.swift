/// Regular Arabic verb inflection for lexicon stems (written forms, before folding).
public enum ArabicInflection {
  /// Perfect forms: فعل فعلت فعلوا فعلا فعلتا فعلنا.
  /// A stem ending in ى (a defective verb: "استدعى", "ألقى") drops it before a suffix:
  /// استدعت، استدعوا، استدعيا، استدعتا، استدعينا.
  public static func pastForms(_ stems: [String]) -> [String] {
    stems.flatMap { s -> [String] in
      if s.hasSuffix("\u{0649}") {
        let base = String(s.unicodeScalars.dropLast())
        return [s] + ["ت", "وا", "يا", "تا", "ينا"].map { base + $0 }
      }
      return ["", "ت", "وا", "ا", "تا", "نا"].map { s + $0 }
    }
  }

  /// The first-person plural among `pastForms`, `presentForms` and `futureForms` (فعلنا، نفعل،
  /// نفعلون، سنفعل...):
  /// a speaker's "we" ("ندين", "رفضنا"). The singular أفعل is left out: it is written like
  /// the perfect of form IV ("أعلن").
  public static func firstPersonForms(past: [String], present: [String]) -> Set<String> {
    Set(firstPersonFormList(past: past, present: present))
  }

  /// The forms of `firstPersonForms` as a list (repeats possible), without hashing them.
  static func firstPersonFormList(past: [String], present: [String]) -> [String] {
    let perfect = past.map { s in
      s.hasSuffix("\u{0649}") ? String(s.unicodeScalars.dropLast()) + "ينا" : s + "نا"
    }
    let imperfect = present.flatMap { s in ["", "ون", "ان", "ين", "وا"].map { "ن" + s + $0 } }
    return perfect + imperfect + present.map { "سن" + $0 }
  }

  /// Future forms: س + the indicative imperfect with ي/ت/ن ("ستدعم", "سيقصفون", "سندعم"; the
  /// subjunctive ـوا takes no س, and the feminine "you" of ـين is left out of news).
  public static func futureForms(_ stems: [String]) -> [String] {
    stems.flatMap { s in
      ["سي", "ست", "سن"].flatMap { p in ["", "ون", "ان"].map { p + s + $0 } }
    }
  }

  /// Imperfect forms: ي/ت/ن/أ + stem + (ون ان ين وا ن).
  public static func presentForms(_ stems: [String]) -> [String] {
    stems.flatMap { s in
      ["ي", "ت", "ن", "أ"].flatMap { p in ["", "ون", "ان", "ين", "وا"].map { p + s + $0 } }
    }
  }
}

/// Regular English verb inflection for lexicon lemmas: -s/-es, -ed/-d, -ing, doubled consonants.
public enum EnglishInflection {
  public static func forms(_ lemmas: [String]) -> [String] {
    var out: [String] = []
    for l in lemmas {
      out.append(l)
      let last = l.last ?? " "
      if "sxz".contains(last) || l.hasSuffix("sh") || l.hasSuffix("ch") {
        out.append(l + "es")
      } else if last == "y", let prev = l.dropLast().last, !"aeiou".contains(prev) {
        out.append(l.dropLast() + "ies")
        out.append(l.dropLast() + "ied")
      } else {
        out.append(l + "s")
      }
      if last == "e" {
        out.append(l + "d")
        out.append(l.dropLast() + "ing")
      } else if last != "y" || "aeiou".contains(l.dropLast().last ?? " ") {
        out.append(l + "ed")
        out.append(l + "ing")
        let chars = Array(l)
        if chars.count >= 3, !"aeiouwxy".contains(last),
          "aeiou".contains(chars[chars.count - 2]), !"aeiou".contains(chars[chars.count - 3])
        {
          out.append(l + String(last) + "ed")
          out.append(l + String(last) + "ing")
        }
      } else {
        out.append(l + "ing")
      }
    }
    return out
  }
}
