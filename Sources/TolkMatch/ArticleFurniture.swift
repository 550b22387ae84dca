import TolkAlign
import TolkText

/// Recognises article furniture among a document's sentences: photo credits, caption labels, read-more prompts
/// and bylines, by the cues of `lexicons/match/furniture.tsv` (Danish and English news layouts). Furniture is
/// kept out of the evidence for pairing and statement matching and reported with its label, never dropped.
///
/// ```swift
/// let furniture = try ArticleFurniture.shipped()
/// furniture.label(of: "Foto: Ida Marie Odgaard/Ritzau Scanpix")   // "photo-credit"
/// furniture.label(of: "Regeringen vil forbyde burkaer.")          // nil
/// ```
public struct ArticleFurniture: Sendable, Equatable {
    /// One cue: the sentence starts with it (or holds it anywhere) and has at most `maximumWords` words.
    public struct Cue: Sendable, Equatable {
        public let label: String
        public let atStart: Bool
        public let text: String
        public let maximumWords: Int

        public init(label: String, atStart: Bool, text: String, maximumWords: Int) {
            self.label = label
            self.atStart = atStart
            self.text = text
            self.maximumWords = maximumWords
        }
    }

    /// The cues, in file order (the first that fits labels a sentence).
    public let cues: [Cue]

    /// Furniture recognised by `cues`.
    public init(cues: [Cue]) { self.cues = cues }

    /// The shipped cues.
    /// - Throws: ``AlignmentError/data(_:)`` when the file is missing or unreadable, or
    ///   ``AlignmentError/data(_:)`` naming a bad line.
    public static func shipped() throws(AlignmentError) -> ArticleFurniture {
        let path = "match/furniture.tsv"
        let table: DataTable
        do {
            table = try DataTable.load(path, columns: ["label", "where", "cue", "max_words"])
        } catch let error {
            throw .data(error)
        }
        var cues: [Cue] = []
        for row in table.rows {
            let fields = row.fields
            guard fields[1] == "start" || fields[1] == "anywhere" else {
                throw .data(.malformedLine(path: table.path, line: row.line, reason: "where must be start or anywhere"))
            }
            guard let words = Int(fields[3]), words > 0 else {
                throw .data(.malformedLine(path: table.path, line: row.line, reason: "max_words must be a positive number"))
            }
            guard !fields[0].isEmpty, !fields[2].isEmpty else {
                throw .data(.malformedLine(path: table.path, line: row.line, reason: "label and cue must not be empty"))
            }
            cues.append(Cue(label: fields[0], atStart: fields[1] == "start", text: fields[2], maximumWords: words))
        }
        return ArticleFurniture(cues: cues)
    }

    /// The furniture label of a sentence, or `nil` when it is not furniture.
    /// - Complexity: O(c n) for c cues and a sentence of n bytes.
    public func label(of sentence: String) -> String? {
        let trimmed = sentence.drop { $0 == " " || $0 == "\t" }
        var words = 0
        var inWord = false
        for scalar in trimmed.unicodeScalars {
            let space = scalar == " " || scalar == "\t" || scalar == "\n"
            if !space && !inWord { words += 1 }
            inWord = !space
        }
        for cue in cues where words <= cue.maximumWords {
            if cue.atStart ? trimmed.hasPrefix(cue.text) : trimmed.contains(cue.text) { return cue.label }
        }
        return nil
    }
}
