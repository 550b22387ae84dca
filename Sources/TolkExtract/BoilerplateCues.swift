/// The cues that tell article text from page furniture, read from a data file (`lexicons/extract/cues.tsv`).
///
/// Kinds of cue:
/// - `remove`: a word in an element's class, id or role that marks furniture to drop before scoring (cookie
///   banners, share bars, comments, related links), whatever else the element's names say;
/// - `unlikely`: a word that marks furniture unless the names also hold a `positive` word;
/// - `negative` / `positive`: words that lower or raise an element's score as the article's container;
/// - `phrase`: the start of a short block that is furniture in any container ("Læs også", "Read more");
/// - `keep`: a word that marks article content kept even inside furniture markup (a fact box in an `<aside>`);
/// - `byline`: the first word of a short block near the top that names the writer ("Af", "By").
///
/// A word matches a name token (class and id split at anything not a letter or digit, lower-cased) when it is the
/// token, or, for words of four letters or more, a part of it (`comment` matches `comments-list`).
public struct BoilerplateCues: Sendable {
    /// The kinds of cue a row may name.
    public enum Kind: String, Sendable, CaseIterable {
        case remove, unlikely, negative, positive, phrase, byline, keep
    }

    private var words: [Kind: [[UInt8]]] = [:]
    private(set) var phrases: [String] = []
    private var longestPhrase = 0
    /// Words under four bytes, which match a token only when they are the token: their kinds, one bit per kind.
    private var shortWords: [[UInt8]: UInt8] = [:]
    /// Words of four bytes or more, which match anywhere in a token, with their kind's bit.
    private var longWords: [(word: [UInt8], bit: UInt8)] = []
    /// For each pair of first bytes, the long words that start with it (indices into `longWords`), or none.
    private var longWordsByPair: [[Int32]] = []

    /// Builds the cues from rows of the cue file.
    /// - Parameters:
    ///   - rows: each row's line number, kind and cue text.
    ///   - path: the file's path, for errors.
    /// - Throws: ``ExtractError/malformedCue(path:line:reason:)`` for an unknown kind or an empty cue.
    public init(rows: [(line: Int, kind: String, cue: String)], path: String) throws(ExtractError) {
        for row in rows {
            guard let kind = Kind(rawValue: row.kind) else {
                let known = Kind.allCases.map(\.rawValue).joined(separator: ", ")
                throw .malformedCue(path: path, line: row.line, reason: "unknown kind '\(row.kind)' (known: \(known))")
            }
            let cue = row.cue.trimmingSpaces().lowercased()
            guard !cue.isEmpty else { throw .malformedCue(path: path, line: row.line, reason: "empty cue") }
            if kind == .phrase { phrases.append(cue) } else { words[kind, default: []].append(Array(cue.utf8)) }
        }
        phrases.sort { $0.count > $1.count }
        longestPhrase = phrases.first?.count ?? 0
        longWordsByPair = Array(repeating: [], count: 1 << 16)
        for (bit, kind) in Kind.allCases.enumerated() {
            for word in words[kind] ?? [] {
                let mask = UInt8(1) << UInt8(bit)
                guard word.count >= 4 else {
                    shortWords[word, default: 0] |= mask
                    continue
                }
                longWordsByPair[Int(word[0]) << 8 | Int(word[1])].append(Int32(longWords.count))
                longWords.append((word, mask))
            }
        }
    }

    /// The kinds whose words match a name token (lower-case UTF-8), one bit per ``Kind`` in declaration order: a
    /// word matches when it is the token, or, for words of four bytes or more, a part of it.
    func kinds(of token: [UInt8]) -> UInt8 {
        var mask = token.count < 4 ? shortWords[token] ?? 0 : 0
        token.withUnsafeBufferPointer { bytes in
            guard bytes.count >= 4 else { return }
            for start in 0...(bytes.count - 4) {
                let candidates = longWordsByPair[Int(bytes[start]) << 8 | Int(bytes[start + 1])]
                for candidate in candidates {
                    let entry = longWords[Int(candidate)]
                    guard mask & entry.bit == 0, start + entry.word.count <= bytes.count else { continue }
                    var offset = 2
                    while offset < entry.word.count && bytes[start + offset] == entry.word[offset] { offset += 1 }
                    if offset == entry.word.count { mask |= entry.bit }
                }
            }
        }
        return mask
    }

    /// Whether `word` (lower case) opens a byline.
    func isBylineWord(_ word: String) -> Bool { words[.byline]?.contains(Array(word.utf8)) ?? false }

    /// The phrase `text` starts with (compared in lower case), or `nil`.
    func phrase(startingText text: String) -> String? {
        let lowered = String(text.prefix(longestPhrase + 1)).lowercased()
        for phrase in phrases where lowered.hasPrefix(phrase) {
            // A phrase ends at a word boundary: "annonce" must not match "annoncerede".
            let rest = lowered.dropFirst(phrase.count)
            guard let next = rest.first, next.isLetter || next.isNumber else { return phrase }
        }
        return nil
    }
}

extension String {
    /// The string without leading and trailing white space.
    func trimmingSpaces() -> String {
        var scalars = Substring(self)
        while let first = scalars.unicodeScalars.first, first.isSpace { scalars = scalars.dropFirst() }
        while let last = scalars.unicodeScalars.last, last.isSpace { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
