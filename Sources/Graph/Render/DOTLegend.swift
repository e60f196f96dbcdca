/// The legend node: an HTML-like table that shows the four edge styles and the bloc colours.
struct DOTLegend: Sendable {
  var blocs: [Bloc]
  var hasUnassigned: Bool
  var sizeBy: String
  /// Some actors are persons (drawn as ellipses).
  var hasPersons: Bool = false
  /// How many actors are drawn as dots without a label.
  var unlabelled: Int = 0

  /// At most this many member codes are listed per bloc.
  static let membersShown = 6

  /// The `label=<...>` value (including the angle brackets).
  func htmlLabel() -> String {
    var rows: [String] = []
    rows.append(header("Relations"))
    for type in RelationType.allCases.sorted() {
      rows.append(edgeRow(EdgeStyle.standard(for: type)))
    }
    if !blocs.isEmpty || hasUnassigned {
      rows.append(header("Blocs"))
      for bloc in blocs.sorted(by: { $0.id < $1.id }) {
        rows.append(
          swatchRow(color: BlocPalette.color(forBloc: bloc.id), text: blocText(bloc)))
      }
      if hasUnassigned {
        rows.append(swatchRow(color: BlocPalette.noBloc, text: "no bloc"))
      }
    }
    var notes = [
      "node size grows with \(sizeBy)",
      "line width grows with the weight of evidence",
    ]
    if hasPersons { notes.append("ellipses are persons") }
    if unlabelled > 0 {
      notes.append("\(unlabelled) smaller actors drawn as dots (names in tooltips)")
    }
    for note in notes {
      rows.append(
        "<TR><TD COLSPAN=\"3\" ALIGN=\"LEFT\"><FONT POINT-SIZE=\"10\" COLOR=\"#555555\">"
          + DOTEscaping.html(note) + "</FONT></TD></TR>")
    }
    return "<<TABLE BORDER=\"1\" STYLE=\"ROUNDED\" COLOR=\"#BBBBBB\" BGCOLOR=\"white\""
      + " CELLBORDER=\"0\" CELLSPACING=\"3\" CELLPADDING=\"2\">"
      + rows.joined() + "</TABLE>>"
  }

  private func header(_ text: String) -> String {
    "<TR><TD COLSPAN=\"3\" ALIGN=\"LEFT\"><B>\(DOTEscaping.html(text))</B></TD></TR>"
  }

  /// A sample line drawn as the bottom border of a cell, its arrowhead as a glyph, and a name.
  private func edgeRow(_ style: EdgeStyle) -> String {
    let border = style.style == "bold" ? 3 : 2
    let lineStyle = style.style == "dashed" || style.style == "dotted" ? style.style : "solid"
    let head: String
    switch style.arrowhead {
    case "none": head = ""
    case "empty": head = "▷"
    case "veevee": head = "≫"
    default: head = "▶"
    }
    return
      "<TR><TD SIDES=\"B\" BORDER=\"\(border)\" STYLE=\"\(lineStyle)\" COLOR=\"\(style.color)\""
      + " WIDTH=\"44\" HEIGHT=\"12\" FIXEDSIZE=\"TRUE\"></TD>"
      + "<TD ALIGN=\"LEFT\">"
      + (head.isEmpty ? "" : "<FONT COLOR=\"\(style.color)\">\(head)</FONT>") + "</TD>"
      + "<TD ALIGN=\"LEFT\">\(DOTEscaping.html(style.legendText))</TD></TR>"
  }

  private func swatchRow(color: String, text: String) -> String {
    "<TR><TD BGCOLOR=\"\(color)\" BORDER=\"1\" COLOR=\"#555555\" WIDTH=\"44\" HEIGHT=\"14\""
      + " FIXEDSIZE=\"TRUE\"></TD><TD></TD>"
      + "<TD ALIGN=\"LEFT\">\(DOTEscaping.html(text))</TD></TR>"
  }

  private func blocText(_ bloc: Bloc) -> String {
    let members = bloc.members.sorted()
    var shown = members.prefix(Self.membersShown).joined(separator: ", ")
    if members.count > Self.membersShown {
      shown += ", +\(members.count - Self.membersShown)"
    }
    return "bloc \(bloc.id + 1): " + shown
  }
}
