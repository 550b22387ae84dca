import Foundation
import TolkText

/// Finds, in each document of a pair, the names the other document's recognizer found that this document spells
/// too but its own recognizer missed: "Rosenholm" tagged in the Danish text and written in the English one,
/// "Kødbyen" / "Kodbyen" (folded alike), and a Danish closed compound with its definite ending against
/// the English open compound ("Metroringen" / "Metro Ring").
///
/// A written form counts only where it stands as a name: its first word capitalised, its last word capitalised
/// or a number, its words in one sentence with nothing but a space or a hyphen between them; a one-word name
/// must have four letters or more, be neither a common nor a function word of either language, and never be
/// written in lower case in the document ("omikron" beside a headline's "Omikron"). A form
/// overlapping a mention of the document is taken only when every such mention lies inside it and is linked to
/// nothing on the other side (it then replaces them: "Varga" inside "Simone Varga").
package enum NameProjection {
    /// The mentions of both documents with the projected names added, and the evidence of each projected key.
    package struct Result {
        package var source: [EntityMention]
        package var target: [EntityMention]
        /// Evidence labels by link key: "spelled in both texts", "compound spelling".
        package var evidence: [String: String]
    }

    /// One side of a pair as the projection reads it.
    package struct Side {
        package var mentions: [EntityMention]
        package var tokens: [ScannedToken]
        package var bytes: [UInt8]
        package var language: LanguageCode

        /// The memberwise initializer, open to the modules above (TolkEvents projects the names of a pair).
        package init(mentions: [EntityMention], tokens: [ScannedToken], bytes: [UInt8], language: LanguageCode) {
            self.mentions = mentions
            self.tokens = tokens
            self.bytes = bytes
            self.language = language
        }
    }

    /// Projects the names of each side into the other.
    /// - Complexity: O(n + m·w) for n tokens, m names of at most w words.
    package static func project(source: Side, target: Side, gazetteer: Gazetteer) -> Result {
        var evidence: [String: String] = [:]
        let intoTarget = projected(from: source, into: target, gazetteer: gazetteer, evidence: &evidence)
        let intoSource = projected(from: target, into: source, gazetteer: gazetteer, evidence: &evidence)
        // Then the names neither side found that both write alike.
        var sourceSide = source, targetSide = target
        sourceSide.mentions = intoSource
        targetSide.mentions = intoTarget
        let shared = SharedNameRuns.added(source: sourceSide, target: targetSide, gazetteer: gazetteer)
        for key in shared.keys {
            evidence[key] = shared.compoundKeys.contains(key) ? "compound spelling" : "spelled in both texts"
        }
        return Result(source: shared.source, target: shared.target, evidence: evidence)
    }

    /// A name to look for: its key and kind on the side that found it, and its folded words.
    private struct Pattern {
        var key: String
        var kind: EntityKind
        var words: [String]
    }

    /// The mentions of `side` with the names of `other` it spells added.
    private static func projected(from other: Side, into side: Side, gazetteer: Gazetteer,
                                  evidence: inout [String: String]) -> [EntityMention] {
        let ownKeys = Set(side.mentions.map(\.key)), otherKeys = Set(other.mentions.map(\.key))
        var patterns: [Pattern] = []
        var seen: Set<[String]> = []
        for mention in other.mentions where mention.form == .name && !ownKeys.contains(mention.key) {
            let words = NameFolding.key(mention.baseForm).split(separator: " ").map(String.init)
            guard !words.isEmpty, seen.insert(words).inserted, isDistinctive(words, gazetteer: gazetteer,
                                                                             languages: [side.language, other.language])
            else { continue }
            patterns.append(Pattern(key: mention.key, kind: mention.kind, words: words))
        }
        guard !patterns.isEmpty else { return side.mentions }
        // Longer names first, so "Simone Varga" is found before "Varga" claims a part of it.
        patterns.sort { ($1.words.count, $0.words.joined(separator: " ")) < ($0.words.count, $1.words.joined(separator: " ")) }
        let words = WrittenWords(side: side)
        var mentions = side.mentions
        var claimed = IndexSet()
        for pattern in patterns {
            var occurrences = words.occurrences(of: pattern.words).map { ($0, "spelled in both texts") }
            if Genitive.isInflecting(other.language) != Genitive.isInflecting(side.language) {
                occurrences += words.compoundOccurrences(of: pattern.words,
                                                         closedSide: Genitive.isInflecting(side.language))
                    .map { ($0, "compound spelling") }
            }
            for (tokens, label) in occurrences {
                let range = side.tokens[tokens.lowerBound].range.lowerBound..<side.tokens[tokens.upperBound - 1].range.upperBound
                guard !claimed.intersects(integersIn: range) else { continue }
                let overlapping = mentions.indices.filter { mentions[$0].range.overlaps(range) }
                guard overlapping.allSatisfy({ index in
                    let mention = mentions[index]
                    return mention.form == .name && range.contains(mention.range.lowerBound)
                        && mention.range.upperBound <= range.upperBound && !otherKeys.contains(mention.key)
                })
                else { continue }
                for index in overlapping.reversed() { mentions.remove(at: index) }
                let text = String(decoding: side.bytes[range], as: UTF8.self)
                mentions.append(EntityMention(text: text, range: range, kind: pattern.kind,
                                              baseForm: Self.baseForm(text, pattern: pattern.words),
                                              key: pattern.key))
                claimed.insert(integersIn: range)
                evidence[pattern.key] = evidence[pattern.key] ?? label
            }
        }
        mentions.sort { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
        return mentions
    }

    /// True for a name distinctive enough to look for in running text: one word of four letters or more that is
    /// no common, frequent or calendar word in `languages`, or several words.
    private static func isDistinctive(_ words: [String], gazetteer: Gazetteer, languages: [LanguageCode]) -> Bool {
        guard words.count == 1, let word = words.first else { return words.count > 1 }
        guard word.count >= 4 else { return false }
        return !languages.contains { language in
            gazetteer.isCommonWord(word, in: language) || gazetteer.isFrequentWord(word, in: language)
        }
    }

    /// `text` without an English possessive ending, or without a Danish genitive "s" the pattern does not have.
    private static func baseForm(_ text: String, pattern: [String]) -> String {
        if Genitive.possessiveEnding(of: text) != nil { return String(text.dropLast(2)) }
        let folded = NameFolding.key(text).replacingOccurrences(of: " ", with: "")
        let joined = pattern.joined()
        if text.hasSuffix("s"), folded == joined + "s" { return String(text.dropLast()) }
        return text
    }
}

/// The words of one document as name projection reads them: folded, with where each may stand in a name.
private struct WrittenWords {
    /// Token indices of words and numbers.
    private var positions: [Int] = []
    /// The folded form of each of `positions` (possessive endings left out).
    private var folded: [String] = []
    /// Whether each of `positions` continues the name of the one before it (same sentence, joined by a space or
    /// a hyphen).
    private var continues: [Bool] = []
    private var capitalised: [Bool] = []
    private var isNumber: [Bool] = []
    /// Folded words the document writes in lower case somewhere ("omikron" beside "Omikron"): not names there.
    private var writtenLowerCase: Set<String> = []
    /// Where each folded word stands, by the index into `positions`.
    private var index: [String: [Int]] = [:]
    /// True when the document's language writes genitives and compounds inside the word (Danish).
    private let inflecting: Bool

    init(side: NameProjection.Side) {
        inflecting = Genitive.isInflecting(side.language)
        var previous: Int?
        for (tokenIndex, token) in side.tokens.enumerated() where token.kind == .word || token.kind == .number {
            var word = NameFolding.key(Genitive.withoutNamePossessive(token.text))
            // Foundation's search is asked only when a space byte is there at all (no other text equals a space).
            if word.utf8.contains(0x20), word.contains(" ") { word = word.replacingOccurrences(of: " ", with: "") }
            var joined = false
            if let last = previous, side.tokens[last].sentence == token.sentence {
                let gap = side.bytes[side.tokens[last].range.upperBound..<token.range.lowerBound]
                joined = gap.count <= 1 && gap.allSatisfy { $0 == 0x20 || $0 == UInt8(ascii: "-") }
            }
            if token.kind == .word, token.text.first?.isLowercase == true { writtenLowerCase.insert(word) }
            index[word, default: []].append(positions.count)
            positions.append(tokenIndex)
            folded.append(word)
            continues.append(joined)
            capitalised.append(token.isCapitalised)
            isNumber.append(token.kind == .number)
            previous = tokenIndex
        }
    }

    /// The token ranges where `words` are written as a name (a Danish genitive "s" allowed on the last word).
    func occurrences(of words: [String]) -> [Range<Int>] {
        guard let first = words.first, words.count > 1 || !writtenLowerCase.contains(first) else { return [] }
        var starts = index[first] ?? []
        if words.count == 1, inflecting { starts += index[first + "s"] ?? [] }
        var result: [Range<Int>] = []
        for start in starts.sorted() where capitalised[start] {
            let end = start + words.count
            guard end <= positions.count else { continue }
            var matches = true
            for offset in 1..<max(1, words.count) {
                let at = start + offset
                let expected = words[offset]
                let same = folded[at] == expected
                    || (offset == words.count - 1 && inflecting && folded[at] == expected + "s")
                if !same || !continues[at] {
                    matches = false
                    break
                }
            }
            guard matches, capitalised[end - 1] || isNumber[end - 1] else { continue }
            result.append(positions[start]..<(positions[end - 1] + 1))
        }
        return result
    }

    /// The token ranges where a compound is written the other way round: in a closed-compound language (this
    /// document's, when `closedSide`) one capitalised word, with or without its definite ending ("-en", "-et",
    /// "-n"), for the words of an open compound of two or three capitalised words; else such an open compound
    /// for a closed one of seven letters or more.
    func compoundOccurrences(of words: [String], closedSide: Bool) -> [Range<Int>] {
        if closedSide {
            guard (2...3).contains(words.count), words.allSatisfy({ $0.count >= 3 }) else { return [] }
            let joined = words.joined()
            var result: [Range<Int>] = []
            for form in [joined, joined + "en", joined + "et", joined + "n", joined + "ens", joined + "ets"] {
                for at in index[form] ?? [] where capitalised[at] { result.append(positions[at]..<(positions[at] + 1)) }
            }
            return result.sorted { $0.lowerBound < $1.lowerBound }
        }
        guard words.count == 1, let word = words.first, word.count >= 7 else { return [] }
        var forms = [word]
        for ending in ["en", "et", "n"] where word.hasSuffix(ending) && word.count - ending.count >= 6 {
            forms.append(String(word.dropLast(ending.count)))
        }
        var result: [Range<Int>] = []
        for start in positions.indices where capitalised[start] {
            var joined = folded[start]
            var end = start + 1
            while end < positions.count, end - start < 3, continues[end], capitalised[end] {
                joined += folded[end]
                end += 1
                if folded[end - 1].count >= 3, folded[start].count >= 3, forms.contains(joined) {
                    result.append(positions[start]..<(positions[end - 1] + 1))
                    break
                }
            }
        }
        return result
    }
}
