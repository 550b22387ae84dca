/// The per-language data that keeps abbreviations and numbers from ending sentences, read from
/// `lexicons/text/abbreviations.<language>.tsv` and `lexicons/text/sentence-starters.<language>.tsv`.
///
/// A language without files gets no abbreviation rules (ICU's sentence rules alone).
public struct SegmentationRules: Sendable {
    /// What a period after an abbreviation means.
    public enum Behaviour: String, Sendable {
        /// Never the end of a sentence ("bl.a.", "f.eks.", "Mr.").
        case inner
        /// The end of a sentence only when the next word is a frequent sentence opener ("kr.", "U.S.", "a.m.").
        case final
        /// The end of a sentence unless the next word is in lower case ("etc.": "etc. Be firm" ends one,
        /// "etc., and" and "etc. and" do not).
        case capital
    }

    /// Abbreviations as written, with their final period ("bl.a.", "U.S.").
    public var abbreviations: [String: Behaviour] = [:] {
        didSet { abbreviationBytes = Self.index(abbreviations) }
    }
    /// ``abbreviations`` keyed by their UTF-8 bytes, for look-ups straight from the text.
    private var abbreviationBytes = ByteKeyedTable<Behaviour>()
    /// Behaviour of a number of one to three digits followed by a period (`<number>.`, Danish ordinals).
    public var ordinalNumber: Behaviour?
    /// Behaviour of a single capital letter followed by a period (`<initial>.`, "J. Robert").
    public var initial: Behaviour?
    /// Behaviour of letters joined by periods ("H.C.", "e.g."): `<dotted>.`.
    public var dotted: Behaviour?
    /// Words that often open a sentence ("Det", "The"): after a `final` abbreviation they mark a boundary.
    public var sentenceStarters: Set<String> = []

    /// Rules with nothing in them.
    public init() {}

    /// Loads the rules of `language` from the data folder.
    /// - Throws: ``DataError/malformedLine(path:line:reason:)`` for a bad row, or an error locating the data.
    public static func load(language: LanguageCode) throws(TextError) -> SegmentationRules {
        var rules = SegmentationRules()
        if let table = try TextError.loading({ () throws(DataError) in
            try DataTable.loadIfPresent(
                "text/abbreviations.\(language.rawValue).tsv", columns: ["abbreviation", "behaviour", "note"])
        }) {
            for (line, fields) in table.rows {
                guard let behaviour = Behaviour(rawValue: fields[1]) else {
                    throw TextError.data(.malformedLine(path: table.path, line: line,
                                                  reason: "behaviour must be 'inner', 'final' or 'capital', not '\(fields[1])'"))
                }
                guard fields[0].hasSuffix("."), fields[0].count > 1 else {
                    throw TextError.data(.malformedLine(path: table.path, line: line,
                                                  reason: "an abbreviation ends with a period: '\(fields[0])'"))
                }
                switch fields[0] {
                case "<number>.": rules.ordinalNumber = behaviour
                case "<initial>.": rules.initial = behaviour
                case "<dotted>.": rules.dotted = behaviour
                default: rules.abbreviations[fields[0]] = behaviour
                }
            }
        }
        if let table = try TextError.loading({ () throws(DataError) in
            try DataTable.loadIfPresent("text/sentence-starters.\(language.rawValue).tsv", columns: ["word", "note"])
        }) {
            for (_, fields) in table.rows { rules.sentenceStarters.insert(fields[0]) }
        }
        return rules
    }

    /// How the period that ends `word` behaves ("bl.a.", "5.", "J."), or `nil` if it is an ordinary full stop.
    /// A capitalised form of a lower-case abbreviation counts too ("Bl.a." at the start of a sentence).
    /// - Complexity: O(length of word).
    public func behaviour(ofWordEndingWithPeriod word: Substring) -> Behaviour? {
        // "B.T.." and "kr.." are an abbreviation and a full stop.
        guard word.count > 1, word.last == ".", !word.hasSuffix("..") else { return nil }
        if let known = abbreviations[String(word)] { return known }
        if let first = word.first, first.isUppercase {
            let lowered = first.lowercased() + word.dropFirst()
            if let known = abbreviations[lowered], lowered != String(word) { return known }
        }
        let body = word.dropLast()
        if let ordinalNumber, body.count <= 3, body.allSatisfy({ $0.isASCII && $0.isNumber }) { return ordinalNumber }
        if let initial, body.count == 1, let letter = body.first, letter.isUppercase { return initial }
        if let dotted, body.contains(where: { $0 == "." }), body.split(separator: ".").allSatisfy({ part in
            (1...3).contains(part.count) && part.allSatisfy(\.isLetter)
        }) {
            return dotted
        }
        return nil
    }

    /// ``behaviour(ofWordEndingWithPeriod:)`` for a word given as UTF-8 bytes: ASCII words are decided on the
    /// bytes with no `String` built; others take the `Character` path. Both give the same answer.
    /// - Complexity: O(length of word).
    func behaviour(ofWordEndingWithPeriod word: UnsafeBufferPointer<UInt8>) -> Behaviour? {
        guard word.count > 1, word[word.count - 1] == 0x2E else { return nil }
        if word[word.count - 2] == 0x2E { return nil }  // "B.T.." and "kr..": an abbreviation and a full stop
        if let known = abbreviationBytes[word] { return known }
        if !word.allSatisfy({ $0 < 0x80 }) {
            // Past the exact look-up, a word with a letter beyond ASCII ("Østergade.") can only be a capitalised
            // abbreviation, an initial ("Ø.") or dotted letters ("Å.B."): the `Character` path decides those.
            let body = word.count - 1
            guard word[0] >= 0x80 || body <= 4 || word[..<body].contains(0x2E) else {
                return Self.isUpper(word[0]) ? lowercasedLookUp(word) : nil
            }
            return behaviour(ofWordEndingWithPeriod: Substring(String(decoding: word, as: UTF8.self)))
        }
        if Self.isUpper(word[0]), let known = lowercasedLookUp(word) { return known }
        let body = UnsafeBufferPointer(rebasing: word[..<(word.count - 1)])
        if let ordinalNumber, body.count <= 3, body.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { return ordinalNumber }
        if let initial, body.count == 1, Self.isUpper(body[0]) { return initial }
        if let dotted, body.contains(0x2E), body.split(separator: 0x2E).allSatisfy({ part in
            (1...3).contains(part.count) && part.allSatisfy { Self.isUpper($0) || ($0 >= 0x61 && $0 <= 0x7A) }
        }) {
            return dotted
        }
        return nil
    }

    /// The behaviour of `word` with its first (ASCII capital) letter in lower case ("Bl.a." as "bl.a.").
    private func lowercasedLookUp(_ word: UnsafeBufferPointer<UInt8>) -> Behaviour? {
        guard word.count <= abbreviationBytes.longestKey else { return nil }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: word.count) { lowered in
            _ = lowered.initialize(from: word)
            lowered[0] |= 0x20
            return abbreviationBytes[UnsafeBufferPointer(lowered)]
        }
    }

    private static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }

    private static func index(_ abbreviations: [String: Behaviour]) -> ByteKeyedTable<Behaviour> {
        var table = ByteKeyedTable<Behaviour>()
        for (abbreviation, behaviour) in abbreviations { table.insert(Array(abbreviation.utf8), behaviour) }
        return table
    }
}
