import Foundation
import TolkText

/// Country names, demonyms and inhabitant nouns of two languages mapped to the region they name, so that
/// Danish "russiske", "russere" and "Rusland" meet English "Russian" and "Russia" as one place, and "U.S."
/// meets "USA".
///
/// Sources: the pair's ``PlaceTable`` (the rows of `lexicons/<pair>/demonyms.tsv` with a `region` code, and
/// the country names of ICU's CLDR data in each language); only one-word names, matched by their place stem
/// key (``StemKey/place(_:)``: russer, russere -> "ruser"; Russia, Russian -> "rusia"). A stem that two
/// regions share (Austria, Australia) names neither. Dotted abbreviations (U.S.) name the region whose
/// two-letter code they spell.
///
/// ```swift
/// let places = PlaceConcepts(source: .danish, target: .english)
/// places.source[StemKey.place(WordFolding.folded("russiske"))!]
///     == places.target[StemKey.place(WordFolding.folded("Russian"))!]   // true
/// ```
package struct PlaceConcepts: Sendable {
    /// Concept key per folded stem, source language.
    let source: [UInt64: UInt64]
    /// Concept key per folded stem, target language.
    let target: [UInt64: UInt64]
    /// Concept key per folded region code, for dotted abbreviations in either language.
    let abbreviations: [UInt64: UInt64]

    /// No places.
    package init() {
        source = [:]
        target = [:]
        abbreviations = [:]
    }

    /// The places of a language pair; no demonyms where the data folder has no table for the pair.
    /// - Throws: ``AlignmentError/data(_:)`` when the data folder is missing or the table is malformed.
    /// - Complexity: O(r + d) in the number of regions and demonym rows.
    package init(source sourceLanguage: LanguageCode, target targetLanguage: LanguageCode) throws(AlignmentError) {
        var sourceCodes: [UInt64: Set<String>] = [:]
        var targetCodes: [UInt64: Set<String>] = [:]
        var abbreviations: [UInt64: UInt64] = [:]
        func add(_ word: String, code: String, to table: inout [UInt64: Set<String>]) {
            guard !word.contains(" "), let stem = StemKey.place(WordFolding.folded(word)) else { return }
            table[stem, default: []].insert(code)
        }
        for (code, name) in PlaceTable.countryNames(in: sourceLanguage) { add(name, code: code, to: &sourceCodes) }
        for (code, name) in PlaceTable.countryNames(in: targetLanguage) { add(name, code: code, to: &targetCodes) }
        // Only codes that folding leaves as they are (UZ folds to "us" and must not take U.S.).
        for code in LocaleNames.regionCodes where WordFolding.folded(code) == Array(code.lowercased().utf8) {
            abbreviations[stableHash(WordFolding.folded(code))] = Self.key(code)
        }
        let table = try AlignmentError.loading { () throws(DataError) in
            try PlaceTable.shipped(source: sourceLanguage, target: targetLanguage)
        }
        for row in table?.rows ?? [] where !row.region.isEmpty {
            add(row.source, code: row.region, to: &sourceCodes)
            add(row.target, code: row.region, to: &targetCodes)
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
}
