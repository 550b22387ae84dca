import TolkEvents
import TolkPhrasing

/// Writes phrasing comparisons as text for a terminal: two columns, the source outlet on the left and the
/// target outlet on the right, first for the whole documents, then for every matched statement.
///
/// ```
/// whole articles          | a.da.txt                       | b.en.txt
/// cited                   | CNN (skriver); ...             | U.S. officials, NBC News (told); ...
/// ```
public enum PhrasingTextWriter {
    /// Width of each text column.
    static let columnWidth = 52
    static let labelWidth = 15

    /// The text of `comparisons`.
    /// - Complexity: O(n) in the size of the comparisons.
    public static func text(_ comparisons: [PhrasingComparison]) -> String {
        var out = ""
        for comparison in comparisons {
            out += "Phrasing: \(comparison.sourceDocument) (\(comparison.source.language)) <> "
                + "\(comparison.targetDocument) (\(comparison.target.language))\n\n"
            out += "Whole articles\n"
            out += rows(comparison.source, comparison.target, statementLevel: false)
            for (number, statement) in comparison.statements.enumerated() {
                out += "\n[\(number + 1)] score \(String(format: "%.2f", statement.score))\n"
                out += columns("text", statement.sourceText, statement.targetText)
                out += rows(statement.source, statement.target, statementLevel: true)
            }
            out += "\n"
        }
        if comparisons.isEmpty { out += "No matched document pairs.\n" }
        return out
    }

    static func rows(_ source: SidePhrasing, _ target: SidePhrasing, statementLevel: Bool) -> String {
        var out = ""
        let lines: [(String, String, String)] = [
            ("cited", attributions(source), attributions(target)),
            ("reporting verbs", list(source.reportingVerbs.map(\.text)), list(target.reportingVerbs.map(\.text))),
            ("hedges", list(source.hedges.map(\.text)), list(target.hedges.map(\.text))),
            ("certainty", list(source.certainty.map(\.text)), list(target.certainty.map(\.text))),
            ("evaluative", list(source.evaluative.map(\.text)), list(target.evaluative.map(\.text))),
            ("quotes", quotes(source), quotes(target)),
        ] + (statementLevel ? [("mode", source.mode.rawValue, target.mode.rawValue),
                               ("only this side", list(source.onlyHere), list(target.onlyHere))] : [])
        for (label, left, right) in lines where !(left == "-" && right == "-") {
            out += columns(label, left, right)
        }
        return out
    }

    /// "CNN (skriver); En efterretningskilde i Ecuador (bekræfter)".
    static func attributions(_ side: SidePhrasing) -> String {
        let parts = side.attributions.map { attribution in
            attribution.sources.isEmpty ? attribution.cue
                : attribution.sources.joined(separator: ", ") + " (" + attribution.cue + ")"
        }
        return list(parts, separator: "; ")
    }

    static func quotes(_ side: SidePhrasing) -> String {
        list(side.quotations.map { "\u{201C}" + $0.text + "\u{201D}" }, separator: " ")
    }

    /// Distinct items joined, "-" when there are none.
    static func list(_ items: [String], separator: String = ", ") -> String {
        var seen: Set<String> = []
        let distinct = items.filter { seen.insert($0).inserted }
        return distinct.isEmpty ? "-" : distinct.joined(separator: separator)
    }

    /// One labelled row with both texts wrapped into their columns.
    static func columns(_ label: String, _ left: String, _ right: String) -> String {
        let leftLines = wrap(left), rightLines = wrap(right)
        var out = ""
        for index in 0..<max(leftLines.count, rightLines.count) {
            let name = index == 0 ? label : ""
            out += pad(name, labelWidth) + " | " + pad(index < leftLines.count ? leftLines[index] : "", columnWidth)
                + " | " + (index < rightLines.count ? rightLines[index] : "") + "\n"
        }
        return out
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    /// `text` broken at spaces into lines of at most ``columnWidth`` characters (longer words cut).
    /// - Complexity: O(n) in the characters of `text` (a long word is cut without recounting its rest).
    static func wrap(_ text: String) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var piece = word
            var pieceCount = piece.count
            while pieceCount > columnWidth {
                if !line.isEmpty { lines.append(line); line = "" }
                let cut = piece.index(piece.startIndex, offsetBy: columnWidth)
                lines.append(String(piece[..<cut]))
                piece = piece[cut...]
                pieceCount -= columnWidth
            }
            if line.isEmpty {
                line = String(piece)
            } else if line.count + 1 + pieceCount <= columnWidth {
                line += " " + piece
            } else {
                lines.append(line)
                line = String(piece)
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }
}
