import Foundation
import TolkText

/// Country names, demonyms and inhabitant nouns of two languages mapped to the region they name, so that
/// Danish "russiske", "russere" and "Rusland" meet English "Russian" and "Russia" as one place, and "U.S."
/// meets "USA".
///
/// Sources: the pair's demonym table (`lexicons/<pair>/demonyms.tsv`, rows with a `region` code) and the
/// country names of ICU's CLDR data in each language; only one-word names, matched by their first
/// ``stemLength`` folded letters (russer, russere -> "ruser"; Russia, Russian -> "rusia"). A stem that two
/// regions share (Austria, Australia) names neither. Dotted abbreviations (U.S.) name the region whose
/// two-letter code they spell.
///
/// ```swift
/// let places = PlaceConcepts(source: .danish, target: .english)
/// places.source[PlaceConcepts.stem("russiske")!] == places.target[PlaceConcepts.stem("Russian")!]   // true
/// ```
struct PlaceConcepts: Sendable {
    /// Folded letters compared: five, so that a demonym's inflections and its country's name meet although
    /// folding merges doubled letters (russer folds to "ruser").
    static let stemLength = 5

    /// Concept key per folded stem, source language.
    let source: [UInt64: UInt64]
    /// Concept key per folded stem, target language.
    let target: [UInt64: UInt64]
    /// Concept key per folded region code, for dotted abbreviations in either language.
    let abbreviations: [UInt64: UInt64]

    /// No places.
    init() {
        source = [:]
        target = [:]
        abbreviations = [:]
    }

    /// The places of a language pair; empty tables where the data folder has none.
    /// - Complexity: O(r + d) in the number of regions and demonym rows.
    init(source sourceLanguage: LanguageCode, target targetLanguage: LanguageCode) {
        var sourceCodes: [UInt64: Set<String>] = [:]
        var targetCodes: [UInt64: Set<String>] = [:]
        var abbreviations: [UInt64: UInt64] = [:]
        func add(_ word: String, code: String, to table: inout [UInt64: Set<String>]) {
            guard !word.contains(" "), let stem = Self.stem(word) else { return }
            table[stem, default: []].insert(code)
        }
        for code in LocaleNames.regionCodes {
            if let name = LocaleNames.country(code, in: sourceLanguage.rawValue) { add(name, code: code, to: &sourceCodes) }
            if let name = LocaleNames.country(code, in: targetLanguage.rawValue) { add(name, code: code, to: &targetCodes) }
            // Only codes that folding leaves as they are (UZ folds to "us" and must not take U.S.).
            if Self.folded(code) == Array(code.lowercased().utf8) { abbreviations[stableHash(Self.folded(code))] = Self.key(code) }
        }
        for (sourceWord, targetWord, code) in Self.demonyms(source: sourceLanguage, target: targetLanguage) {
            add(sourceWord, code: code, to: &sourceCodes)
            add(targetWord, code: code, to: &targetCodes)
        }
        func keys(_ table: [UInt64: Set<String>]) -> [UInt64: UInt64] {
            var result: [UInt64: UInt64] = [:]
            for (stem, codes) in table where codes.count == 1 {
                if let code = codes.first { result[stem] = Self.key(code) }
            }
            return result
        }
        source = keys(sourceCodes)
        target = keys(targetCodes)
        self.abbreviations = abbreviations
    }

    /// The concept key of region `code`, tagged as a name.
    static func key(_ code: String) -> UInt64 { EvidenceKind.name.tag(stableHash(Array("place:\(code)".utf8))) }

    /// The stem of a word: its first ``stemLength`` folded letters; `nil` for words of fewer than three.
    static func stem(_ word: String) -> UInt64? { stem(folded: folded(word)) }

    /// The stem of an already folded word.
    static func stem(folded: [UInt8]) -> UInt64? {
        folded.count >= 3 ? stableHash(folded.prefix(stemLength)) : nil
    }

    /// The folded letters of a word.
    static func folded(_ word: String) -> [UInt8] {
        var folded: [UInt8] = []
        for scalar in word.unicodeScalars where EvidenceExtractor.isLetter(scalar) {
            WordFolding.append(scalar, to: &folded)
        }
        return folded
    }

    /// (source word, target word, region code) rows of the pair's demonym table, in either direction.
    private static func demonyms(source: LanguageCode, target: LanguageCode) -> [(String, String, String)] {
        guard let root = try? DataDirectory.locate() else { return [] }
        for (folder, swapped) in [("\(source.rawValue)-\(target.rawValue)", false),
                                  ("\(target.rawValue)-\(source.rawValue)", true)] {
            let url = root.appendingPathComponent("\(folder)/demonyms.tsv")
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            var rows: [(String, String, String)] = []
            var header: [Substring] = []
            for line in text.split(separator: "\n") where !line.hasPrefix("#") {
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                guard !header.isEmpty else {
                    header = fields
                    continue
                }
                guard let left = header.firstIndex(of: "source"), let right = header.firstIndex(of: "target"),
                      let region = header.firstIndex(of: "region"), fields.count > max(left, right, region),
                      !fields[region].isEmpty else { continue }
                let pair = (String(fields[left]), String(fields[right]))
                rows.append(swapped ? (pair.1, pair.0, String(fields[region])) : (pair.0, pair.1, String(fields[region])))
            }
            return rows
        }
        return []
    }
}
