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
}
