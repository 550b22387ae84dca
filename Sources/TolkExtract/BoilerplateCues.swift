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

        /// The kind's bit in a mask of kinds (``BoilerplateCues/kinds(of:)``): one per kind, in declaration order.
        var bit: UInt8 {
            switch self {
            case .remove: 1
            case .unlikely: 2
            case .negative: 4
            case .positive: 8
            case .phrase: 16
            case .byline: 32
            case .keep: 64
            }
        }
    }

    private var words: [Kind: [[UInt8]]] = [:]
    private(set) var phrases: [String] = []
    private var longestPhrase = 0
    /// The first two characters of each phrase (the phrase itself when shorter), for a quick answer on text that
    /// starts otherwise.
    private var phraseStarts: Set<String> = []
    /// Words under four bytes, which match a token only when they are the token: their kinds, one bit per kind,
    /// keyed by the word packed into an integer (``packed(_:)``).
    private var shortWords: [UInt32: UInt8] = [:]
    /// Words of four bytes or more, which match anywhere in a token, one after the other in one array: each one's
    /// bytes are `longWordBytes[longWordStarts[i]..<longWordStarts[i + 1]]`, its kind's bit `longWordBits[i]`.
    private var longWordBytes: [UInt8] = []
    private var longWordStarts: [Int32] = [0]
    private var longWordBits: [UInt8] = []
    /// For each pair of first bytes p, the long words that start with it: `pairWords[pairStarts[p]..<pairStarts[p + 1]]`
    /// (indices of long words).
    private var pairStarts: [Int32] = []
    private var pairWords: [Int32] = []

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
        phraseStarts = Set(phrases.map { String($0.prefix(2)) })
        var byPair: [[Int32]] = Array(repeating: [], count: 1 << 16)
        for kind in Kind.allCases {
            for word in words[kind] ?? [] {
                guard word.count >= 4 else {
                    shortWords[Self.packed(word), default: 0] |= kind.bit
                    continue
                }
                byPair[Int(word[0]) << 8 | Int(word[1])].append(Int32(longWordBits.count))
                longWordBytes += word
                longWordStarts.append(Int32(longWordBytes.count))
                longWordBits.append(kind.bit)
            }
        }
        pairStarts.reserveCapacity(byPair.count + 1)
        for words in byPair {
            pairStarts.append(Int32(pairWords.count))
            pairWords += words
        }
        pairStarts.append(Int32(pairWords.count))
    }

    /// A word of under four bytes as one integer: its length in the top byte, its bytes below.
    private static func packed<Bytes: Collection<UInt8>>(_ word: Bytes) -> UInt32 {
        word.reduce(UInt32(0)) { $0 << 8 | UInt32($1) } | UInt32(word.count) << 24
    }

    /// The kinds whose words match a name token (lower-case UTF-8), one bit per ``Kind`` in declaration order: a
    /// word matches when it is the token, or, for words of four bytes or more, a part of it.
    func kinds(of token: [UInt8]) -> UInt8 {
        guard token.count >= 4 else { return shortWords[Self.packed(token)] ?? 0 }
        var mask: UInt8 = 0
        token.withUnsafeBufferPointer { bytes in
            longWordBytes.withUnsafeBufferPointer { wordBytes in
                longWordStarts.withUnsafeBufferPointer { starts in
                    longWordBits.withUnsafeBufferPointer { bits in
                        pairStarts.withUnsafeBufferPointer { pairStarts in
                            pairWords.withUnsafeBufferPointer { pairWords in
                                for start in 0...(bytes.count - 4) {
                                    let pair = Int(bytes[start]) << 8 | Int(bytes[start + 1])
                                    for slot in Int(pairStarts[pair])..<Int(pairStarts[pair + 1]) {
                                        let word = Int(pairWords[slot]), bit = bits[word]
                                        let from = Int(starts[word]), length = Int(starts[word + 1]) - from
                                        guard mask & bit == 0, start + length <= bytes.count else { continue }
                                        var offset = 2
                                        while offset < length && bytes[start + offset] == wordBytes[from + offset] {
                                            offset += 1
                                        }
                                        if offset == length { mask |= bit }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return mask
    }

    /// Whether `word` (lower case) opens a byline.
    func isBylineWord(_ word: String) -> Bool { words[.byline]?.contains(Array(word.utf8)) ?? false }

    /// The phrase `text` starts with (compared in lower case), or `nil`.
    func phrase(startingText text: String) -> String? {
        // Text opening with three ASCII characters (no CR, which pairs with LF) opens, lower-cased, with the first
        // two lower-cased as characters of their own: no phrase matches unless one starts with those, or is the
        // first alone.
        let start = text.utf8.prefix(3)
        if start.count == 3, start.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            let lower = start.prefix(2).map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") ? $0 | 0x20 : $0 }
            let two = String(decoding: lower, as: UTF8.self)
            guard phraseStarts.contains(two) || phraseStarts.contains(String(two.prefix(1))) else { return nil }
        }
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
