/// Fill colours for alliance blocs: Paul Tol's "light" qualitative scheme, which stays
/// distinguishable under the common colour-vision deficiencies and keeps black text readable.
public enum BlocPalette {
  /// Colours in the order blocs use them; bloc `i` gets `colors[i % colors.count]`.
  public static let colors: [String] = [
    "#77AADD",  // light blue
    "#EE8866",  // orange
    "#EEDD88",  // light yellow
    "#FFAABB",  // pink
    "#99DDFF",  // light cyan
    "#44BB99",  // mint
    "#BBCC33",  // pear
    "#AAAA00",  // olive
  ]

  /// Fill for actors without a bloc.
  public static let noBloc = "#DDDDDD"

  /// The fill colour of a bloc id; `noBloc` for nil or negative ids.
  public static func color(forBloc bloc: Int?) -> String {
    guard let bloc, bloc >= 0 else { return noBloc }
    return colors[bloc % colors.count]
  }

  /// A pale version of `color` (`#RRGGBB`, mixed 80% with white) for bloc boxes.
  public static func tint(_ color: String) -> String {
    let hex = color.hasPrefix("#") ? String(color.dropFirst()) : color
    guard hex.count == 6, let value = UInt32(hex, radix: 16) else { return "#F4F4F4" }
    let channels = [(value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF].map { c in
      UInt32((Double(c) * 0.2 + 255 * 0.8).rounded())
    }
    return "#"
      + channels.map { c in
        let text = String(c, radix: 16, uppercase: true)
        return text.count == 1 ? "0" + text : text
      }.joined()
  }
}
