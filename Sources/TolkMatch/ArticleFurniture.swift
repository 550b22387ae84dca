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
        // In an ASCII sentence, an ASCII cue is found by its bytes: there Foundation's `contains` (which the other
        // sentences and cues take) is a byte search (no combining marks, no canonical equivalents), without bridging.
        let ascii = trimmed.utf8.allSatisfy { $0 < 0x80 }
        let bytes = ascii ? Array(trimmed.utf8) : []
        for cue in cues where words <= cue.maximumWords {
            let found: Bool
            if cue.atStart {
                found = trimmed.hasPrefix(cue.text)
            } else if ascii, !cue.text.isEmpty, cue.text.utf8.allSatisfy({ $0 < 0x80 }) {
                found = Self.bytes(bytes, contain: Array(cue.text.utf8))
            } else {
                found = trimmed.contains(cue.text)
            }
            if found { return cue.label }
        }
        return nil
    }

    /// Whether `haystack` holds `needle` (not empty) somewhere.
    private static func bytes(_ haystack: [UInt8], contain needle: [UInt8]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            var offset = 1
            while offset < needle.count && haystack[start + offset] == needle[offset] { offset += 1 }
            if offset == needle.count { return true }
        }
        return false
    }
}
