import Foundation

/// How GDELT's CAMEO actor codes become graphctl actor codes (docs/gdelt.md has the table).
///
/// In order:
/// 1. No actor code: the event is dropped (GDELT leaves one side empty for many events).
/// 2. A known group (`Actor1KnownGroupCode`) that graphctl's gazetteer has: its code
///    (`UNO` -> `UN`, `NAT` -> `NATO`, `TAL` -> `TALIBAN`, ...).
/// 3. A country (`Actor1CountryCode`): CAMEO uses ISO 3166-1 alpha-3 codes, except a few that
///    are mapped (`ROM` -> `ROU`, `TMP` -> `TLS`, `MTN` -> `MNE`; `WSB`, `GZS` -> `PSE`;
///    `BAG` -> `IRQ`); regions (`AFR`, `MEA`, `WST`, ...) are dropped. Then the role
///    (`Actor1Type1Code`):
///    - none, or a state organ (GOV, MIL, COP, JUD, LEG, SPY): the state itself, as DESIGN.md
///      rolls ministries, armies and leaders up to the state; the full GDELT code (`USAGOV`)
///      is kept as the sub-actor (`source_actor`), shown with `--level person`;
///    - an armed or political non-state role (REB, INS, SEP, UAF, OPP, RAD, MOD, PTY):
///      `ISO3_ROLE` (`SYR_OPP`, `LBY_REB`), an actor of its own;
///    - any other role (civilians, business, media, education, health, labour, refugees,
///      NGOs, ...): dropped, these are not the political actors the graph is about.
/// 4. Neither a country nor a known group (`GOV` alone, religions, ethnic groups): dropped.
public enum CAMEOActors {
  /// Why an actor was not mapped; used to count dropped events.
  public enum Drop: String, Sendable, Hashable, CaseIterable {
    case empty = "an actor is empty"
    case noCountry = "an actor has neither a country nor a known group"
    case region = "an actor is a region, not a state"
    case society = "an actor has a social role (not a political actor)"
  }

  /// A mapped actor: the code for the graph and, for state organs, the sub-actor code.
  public struct Mapped: Sendable, Hashable {
    public var code: String
    public var subActor: String?
  }

  public static let countryFixes: [String: String] = [
    "ROM": "ROU", "TMP": "TLS", "MTN": "MNE", "WSB": "PSE", "GZS": "PSE", "BAG": "IRQ",
  ]

  public static let regions: Set<String> = [
    "AFR", "ASA", "BLK", "CRB", "CAU", "CFR", "CAS", "CEU", "EIN", "EAF", "EEU", "EUR", "LAM",
    "MEA", "MDT", "NAF", "NMR", "PGS", "SCN", "SAM", "SAS", "SEA", "SAF", "WAF", "WST",
  ]

  /// CAMEO known-group codes with a gazetteer entry.
  public static let groups: [String: String] = [
    "UNO": "UN", "NAT": "NATO", "EEC": "EU", "ARL": "ARAB_LEAGUE", "OAU": "AU", "GCC": "GCC",
    "OIC": "OIC", "IAD": "IGAD", "WAS": "ECOWAS", "OPC": "OPEC", "SCE": "OSCE",
    "COE": "COUNCIL_OF_EUROPE", "GOS": "G7", "ASN": "ASEAN", "ITP": "INTERPOL", "IMF": "IMF",
    "WBK": "WORLD_BANK", "IAE": "IAEA", "ICC": "ICC", "ICJ": "ICJ", "HCR": "UNHCR",
    "KID": "UNICEF", "WFP": "WFP", "WHO": "WHO", "CRC": "ICRC", "IRC": "ICRC",
    "RCR": "RED_CRESCENT", "MSF": "MSF", "AMN": "AMNESTY", "HRW": "HRW", "HMS": "HAMAS",
    "HEZ": "HEZBOLLAH", "TAL": "TALIBAN", "ALQ": "AQ", "FTA": "FATAH", "PLO": "PLO",
    "PFL": "PFLP", "ISJ": "PIJ", "MBR": "MB", "KDP": "KDP", "AAM": "AQSA_BRIGADES",
    "ENN": "TUN_ENNAHDA",
  ]

  /// Roles that are part of the state.
  public static let stateRoles: Set<String> = ["GOV", "MIL", "COP", "JUD", "LEG", "SPY"]
  /// Non-state roles that act politically or with arms: kept as `ISO3_ROLE`.
  public static let politicalRoles: Set<String> = [
    "REB", "INS", "SEP", "UAF", "OPP", "RAD", "MOD", "PTY",
  ]

  /// Maps one side of an event.
  public static func map(code: String, country: String, knownGroup: String, role: String)
    -> Result<Mapped, DropReason>
  {
    let code = code.trimmingCharacters(in: .whitespaces)
    guard !code.isEmpty else { return .failure(DropReason(.empty)) }
    if let group = groups[knownGroup.uppercased()] { return .success(Mapped(code: group)) }
    let country = country.trimmingCharacters(in: .whitespaces).uppercased()
    guard !country.isEmpty else { return .failure(DropReason(.noCountry)) }
    if regions.contains(country) { return .failure(DropReason(.region)) }
    let iso = countryFixes[country] ?? country
    let role = role.uppercased()
    if role.isEmpty || stateRoles.contains(role) {
      // A bare country code (`USA`, or `ROM` renamed `ROU`) is the state; a longer code
      // (`USAGOV`) names the organ, kept as the sub-actor.
      let bare = role.isEmpty && code.uppercased() == country
      return .success(Mapped(code: iso, subActor: bare || code.uppercased() == iso ? nil : code))
    }
    if politicalRoles.contains(role) { return .success(Mapped(code: iso + "_" + role)) }
    return .failure(DropReason(.society, role: role))
  }

  /// Why a side was dropped, with the role for social roles.
  public struct DropReason: Error, Sendable, Hashable {
    public var kind: Drop
    public var role: String?
    init(_ kind: Drop, role: String? = nil) {
      self.kind = kind
      self.role = role
    }
  }
}
