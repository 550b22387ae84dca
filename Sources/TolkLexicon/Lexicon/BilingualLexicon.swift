import Foundation
import TolkText

/// A bilingual lexicon for one language pair, answering both ways, with morphology for inflected forms.
///
/// ```swift
/// let lexicon = try BilingualLexicon.shipped(LanguagePair(.danish, .english))
/// lexicon.translations(of: "ambassaden", from: .danish, to: .english).first?.text  // "embassy"
/// lexicon.translations(of: "Sweden", from: .english, to: .danish).first?.text      // "Sverige"
/// ```
/// Entries from user files (tier ``Tier/user``) rank above shipped ones.
public struct BilingualLexicon: Sendable {
    /// Where an entry came from, for ranking: a user's own file wins over the shipped lexicon.
    public enum Tier: Int, Sendable, Comparable {
        case shipped = 0
        case user = 1
        public static func < (lhs: Tier, rhs: Tier) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The language pair; `source` is the language of the entries' `source` column.
    public let pair: LanguagePair
    /// Every entry, in load order.
    public private(set) var entries: [LexiconEntry] = []
    private var tiers: [Tier] = []
    private var bySource: [String: [Int32]] = [:]
    private var byTarget: [String: [Int32]] = [:]
    private var morphologies: [LanguageCode: Morphology]

    /// An empty lexicon for `pair` using `morphologies` (rule-based ones by default).
    public init(pair: LanguagePair, morphologies: [Morphology] = []) {
        self.pair = pair
        var table: [LanguageCode: Morphology] = [:]
        for language in [pair.source, pair.target] { table[language] = Morphology(language: language) }
        for morphology in morphologies { table[morphology.language] = morphology }
        self.morphologies = table
    }

    /// The shipped lexicon for `pair`: every `*.tsv` in `lexicons/<source>-<target>/` (or the reversed
    /// folder), with the shipped irregular-form tables.
    ///
    /// - Throws: ``LexiconError`` when the folder is missing or a file is malformed (file and line).
    /// - Complexity: O(n) in the total size of the files.
    public static func shipped(_ pair: LanguagePair) throws(LexiconError) -> BilingualLexicon {
        let root: URL
        do { root = try DataDirectory.locate() } catch {
            throw .missingLexicon(pair: pair.description, searched: error.errorDescription)
        }
        for candidate in [pair, pair.reversed] {
            let folder = root.appendingPathComponent(candidate.description)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            let files = names.filter { $0.hasSuffix(".tsv") }.sorted()
            guard !files.isEmpty else { continue }
            var lexicon = BilingualLexicon(
                pair: candidate,
                morphologies: [try Morphology.shipped(candidate.source), try Morphology.shipped(candidate.target)])
            for file in files {
                try lexicon.add(contentsOf: folder.appendingPathComponent(file), tier: .shipped)
            }
            return lexicon
        }
        throw .missingLexicon(pair: pair.description, searched: root.path)
    }

    /// Adds the entries of a lexicon TSV file (see ``LexiconTSV``).
    ///
    /// - Throws: ``LexiconError`` naming the file and line of the first malformed line.
    public mutating func add(contentsOf url: URL, tier: Tier = .user) throws(LexiconError) {
        add(try LexiconTSV.read(contentsOf: url), tier: tier)
    }

    /// Adds entries whose `source` is in ``pair``'s source language.
    ///
    /// - Complexity: O(n) in the number of entries.
    public mutating func add(_ newEntries: [LexiconEntry], tier: Tier = .user) {
        entries.reserveCapacity(entries.count + newEntries.count)
        for entry in newEntries {
            let index = Int32(entries.count)
            entries.append(entry)
            tiers.append(tier)
            bySource[BilingualLexicon.key(entry.source), default: []].append(index)
            byTarget[BilingualLexicon.key(entry.target), default: []].append(index)
        }
    }

    /// The number of entries.
    public var count: Int { entries.count }

    /// The number of entries of each origin, largest first (ties by name).
    public var countsByOrigin: [(origin: String, count: Int)] {
        var counts: [String: Int] = [:]
        for entry in entries { counts[entry.origin, default: 0] += 1 }
        return counts.map { (origin: $0.key, count: $0.value) }.sorted {
            $0.count != $1.count ? $0.count > $1.count : $0.origin < $1.origin
        }
    }

    /// The matching key of a word: lower case, typographic apostrophe as ASCII, spaces collapsed.
    static func key(_ word: String) -> String {
        var lowered = word.lowercased()
        if lowered.contains("\u{2019}") { lowered = lowered.replacingOccurrences(of: "\u{2019}", with: "'") }
        if lowered.contains("  ") || lowered.first == " " || lowered.last == " " {
            lowered = lowered.split(separator: " ").joined(separator: " ")
        }
        return lowered
    }

    /// The entries whose side in `language` is exactly `word` (ignoring case), without morphology.
    ///
    /// - Complexity: O(k) for k matching entries, after one hash lookup.
    public func entries(matching word: String, in language: LanguageCode) -> [LexiconEntry] {
        guard let index = self.index(for: language) else { return [] }
        return (index[BilingualLexicon.key(word)] ?? []).map { entries[Int($0)] }
    }

    /// Whether `word` (ignoring case) is a headword on the `language` side, without morphology.
    public func contains(_ word: String, in language: LanguageCode) -> Bool {
        index(for: language)?[BilingualLexicon.key(word)] != nil
    }

    func index(for language: LanguageCode) -> [String: [Int32]]? {
        language == pair.source ? bySource : language == pair.target ? byTarget : nil
    }

    func morphology(for language: LanguageCode) -> Morphology {
        morphologies[language] ?? Morphology(language: language)
    }

    func tier(of index: Int32) -> Tier { tiers[Int(index)] }
}

extension BilingualLexicon {
    /// The number of distinct headwords (ignoring case) on the `language` side.
    public func headwordCount(in language: LanguageCode) -> Int { index(for: language)?.count ?? 0 }
}
