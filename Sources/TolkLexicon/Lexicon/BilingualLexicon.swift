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
    /// Key -> the last entry with that key; `previousWithSameSource[i]` chains back to earlier ones
    /// (no array per key, so loading allocates little).
    private var bySource: [String: Int32] = [:]
    private var byTarget: [String: Int32] = [:]
    private var previousWithSameSource: [Int32] = []
    private var previousWithSameTarget: [Int32] = []
    private var morphologies: [LanguageCode: Morphology]
    /// Whether any entry came from a user file (lookups then look for them at every level first).
    private(set) var hasUserEntries = false

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
    /// - Throws: ``LexiconError`` when the data folder is missing, the pair has no lexicon, or a file is
    ///   malformed (file and line).
    /// - Complexity: O(n) in the total size of the files.
    public static func shipped(_ pair: LanguagePair) throws(LexiconError) -> BilingualLexicon {
        if let lexicon = try shippedIfPresent(pair) { return lexicon }
        let root: URL
        do { root = try DataDirectory.locate() } catch { throw .data(error) }
        throw .missingLexicon(pair: pair.description, searched: root.path)
    }

    /// The shipped lexicon for `pair` as ``shipped(_:)`` reads it, or `nil` when the data folder ships none for
    /// the pair (such as en-en): a pair without a lexicon is not an error, a missing data folder or a
    /// malformed file is.
    ///
    /// The files are read once per process and data folder: later calls return the lexicon already read.
    ///
    /// - Throws: ``LexiconError`` when the data folder is missing or a file is malformed (file and line).
    /// - Complexity: O(n) in the total size of the files the first time, O(1) after.
    public static func shippedIfPresent(_ pair: LanguagePair) throws(LexiconError) -> BilingualLexicon? {
        let root: URL
        do { root = try DataDirectory.locate() } catch { throw .data(error) }
        return try shippedLexicons.value(for: root.path + "\u{0}" + pair.description) { () throws(LexiconError) in
            try readShipped(pair)
        }
    }

    /// The shipped lexicons read so far, by data folder and pair.
    private static let shippedLexicons = ProcessCache<BilingualLexicon?>()

    /// Reads the shipped files of `pair` (either direction) from the data folder; see ``shippedIfPresent(_:)``.
    private static func readShipped(_ pair: LanguagePair) throws(LexiconError) -> BilingualLexicon? {
        for candidate in [pair, pair.reversed] {
            let names: [String]
            do { names = try DataDirectory.contents(of: candidate.description) } catch { throw .data(error) }
            let files = names.filter { $0.hasSuffix(".tsv") }
            guard !files.isEmpty else { continue }
            let folder: URL
            do { folder = try DataDirectory.locate().appendingPathComponent(candidate.description) } catch {
                throw .data(error)
            }
            var lexicon = BilingualLexicon(
                pair: candidate,
                morphologies: try LexiconError.loading { () throws(DataError) in
                    [try Morphology.shipped(candidate.source), try Morphology.shipped(candidate.target)]
                })
            // All files at once, in name order: the same entries, indices and chains as adding them file by file,
            // without copying and regrowing the two indexes once per file.
            var entries: [LexiconEntry] = []
            for file in files {
                let url = folder.appendingPathComponent(file)
                entries += try LexiconError.loading { () throws(DataError) in try LexiconTSV.read(contentsOf: url) }
            }
            lexicon.add(entries, tier: .shipped)
            return lexicon
        }
        return nil
    }

    /// Adds the entries of a lexicon TSV file (see ``LexiconTSV``).
    ///
    /// - Throws: ``LexiconError`` naming the file and line of the first malformed line.
    public mutating func add(contentsOf url: URL, tier: Tier = .user) throws(LexiconError) {
        add(try LexiconError.loading { () throws(DataError) in try LexiconTSV.read(contentsOf: url) }, tier: tier)
    }

    /// Adds entries whose `source` is in ``pair``'s source language.
    ///
    /// - Complexity: O(n) in the number of new entries, plus one copy of the two indexes when they already
    ///   hold entries.
    public mutating func add(_ newEntries: [LexiconEntry], tier: Tier = .user) {
        if tier == .user && !newEntries.isEmpty { hasUserEntries = true }
        let first = entries.count
        entries.append(contentsOf: newEntries)
        tiers.append(contentsOf: repeatElement(tier, count: newEntries.count))
        // The two sides' indexes are independent: each is built on its own core.
        let tables = [(bySource, true), (byTarget, false)]
        bySource = [:]
        byTarget = [:]
        let built = Parallel.map(tables, state: {}) { _, table in
            var (keys, isSource) = table
            var previous: [Int32] = []
            previous.reserveCapacity(newEntries.count)
            keys.reserveCapacity(keys.count + newEntries.count)
            for (offset, entry) in newEntries.enumerated() {
                let key = BilingualLexicon.key(isSource ? entry.source : entry.target)
                previous.append(keys.updateValue(Int32(first + offset), forKey: key) ?? -1)
            }
            return (keys, previous)
        }
        bySource = built[0].0
        byTarget = built[1].0
        previousWithSameSource += built[0].1
        previousWithSameTarget += built[1].1
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
    ///
    /// - Complexity: O(n); one scan of the UTF-8 bytes returns the word itself when it is already a key
    ///   (the common case for shipped data), so loading allocates nothing here.
    static func key(_ word: String) -> String {
        if word.utf8.withContiguousStorageIfAvailable(isKey) ?? false { return word }
        var lowered = word.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
        lowered = lowered.split(separator: " ").joined(separator: " ")
        return lowered
    }

    /// Whether `bytes` has no capital (ASCII or Latin-1), no leading, trailing or double space, and nothing
    /// beyond Latin-1 (other scripts and the typographic apostrophe take the exact, slower path).
    private static func isKey(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previous: UInt8 = 0x20
        var afterLatinOneLead = false
        for byte in bytes {
            if byte >= 0x41 && byte <= 0x5A { return false }
            if byte == 0x20 && previous == 0x20 { return false }
            if afterLatinOneLead && byte >= 0x80 && byte <= 0x9E { return false }
            if byte >= 0xC4 { return false }
            afterLatinOneLead = byte == 0xC3
            previous = byte
        }
        return previous != 0x20
    }

    /// The entries whose side in `language` is exactly `word` (ignoring case), without morphology.
    ///
    /// - Complexity: O(k) for k matching entries, after one hash lookup.
    public func entries(matching word: String, in language: LanguageCode) -> [LexiconEntry] {
        hits(for: BilingualLexicon.key(word), in: language).map { entries[Int($0)] }
    }

    /// Whether `word` (ignoring case) is a headword on the `language` side, without morphology.
    public func contains(_ word: String, in language: LanguageCode) -> Bool {
        !hits(for: BilingualLexicon.key(word), in: language).isEmpty
    }

    /// Whether the lexicon has `language` on one of its sides.
    func covers(_ language: LanguageCode) -> Bool { language == pair.source || language == pair.target }

    /// Whether `key` (already a key) is a headword on the `language` side.
    func isHeadword(_ key: String, in language: LanguageCode) -> Bool {
        (language == pair.source ? bySource[key] : language == pair.target ? byTarget[key] : nil) != nil
    }

    /// The indices of the entries whose `language` side has `key`, in load order.
    ///
    /// - Complexity: O(k) for k entries, after one hash lookup.
    func hits(for key: String, in language: LanguageCode) -> [Int32] {
        let forward = language == pair.source
        guard forward || language == pair.target,
            var index = forward ? bySource[key] : byTarget[key]
        else { return [] }
        var result: [Int32] = []
        while index >= 0 {
            result.append(index)
            index = forward ? previousWithSameSource[Int(index)] : previousWithSameTarget[Int(index)]
        }
        result.reverse()
        return result
    }

    /// Whether some entry whose `language` side has `key` satisfies `predicate` (given the entry's index), found
    /// by walking the chain without building the list of ``hits(for:in:)``.
    /// - Complexity: O(k) for k entries, after one hash lookup.
    func hasHit(for key: String, in language: LanguageCode, where predicate: (Int32) -> Bool) -> Bool {
        let forward = language == pair.source
        guard forward || language == pair.target,
            var index = forward ? bySource[key] : byTarget[key]
        else { return false }
        while index >= 0 {
            if predicate(index) { return true }
            index = forward ? previousWithSameSource[Int(index)] : previousWithSameTarget[Int(index)]
        }
        return false
    }

    func morphology(for language: LanguageCode) -> Morphology {
        morphologies[language] ?? Morphology(language: language)
    }

    func tier(of index: Int32) -> Tier { tiers[Int(index)] }
}

extension BilingualLexicon {
    /// The number of distinct headwords (ignoring case) on the `language` side.
    public func headwordCount(in language: LanguageCode) -> Int {
        language == pair.source ? bySource.count : language == pair.target ? byTarget.count : 0
    }
}
