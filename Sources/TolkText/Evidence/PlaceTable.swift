import Foundation

/// The place evidence of a language pair: the rows of its table of places, demonyms and inhabitant nouns
/// (`lexicons/<pair>/demonyms.tsv`), and the country names of ICU's CLDR data in each language.
///
/// The one reader of that table, read once per process and data folder: the place concepts of alignment and
/// paraphrase (`PlaceConcepts`: stems of names and demonyms to a region) and the gazetteer of entity
/// recognition (names, demonyms and their regions) both take their rows from here.
///
/// ```swift
/// let table = try PlaceTable.shipped(source: .danish, target: .english)
/// table?.rows.first { $0.source == "russisk" }?.region  // "RU"
/// ```
public struct PlaceTable: Sendable {
    /// One row of the table, oriented to the pair asked for.
    public struct Row: Sendable {
        /// The name or word in the source language ("Rusland", "russisk").
        public let source: String
        /// The name or word in the target language ("Russia", "Russian").
        public let target: String
        /// The row's part of speech (`propn` for a name).
        public let partOfSpeech: String
        /// `country`, `city`, `region`, `organisation`, `demonym` or `inhabitant`.
        public let category: String
        /// The ISO 3166 code of the region the row names or belongs to; empty when the row has none.
        public let region: String
    }

    /// The rows in file order.
    public let rows: [Row]

    /// The table of the pair `source`-`target` (or of `target`-`source`, its columns swapped); `nil` when the
    /// data folder has neither.
    /// - Throws: ``DataError`` when the data folder is missing, or the table is unreadable or malformed (the
    ///   file and line).
    /// - Complexity: O(n) in the size of the table the first time, O(n) to swap it after.
    public static func shipped(source: LanguageCode, target: LanguageCode) throws(DataError) -> PlaceTable? {
        if let table = try shipped(folder: "\(source.rawValue)-\(target.rawValue)") { return table }
        return try shipped(folder: "\(target.rawValue)-\(source.rawValue)")?.swapped()
    }

    /// The table in the data folder's `folder` (a pair such as `da-en`, source first), or `nil` when it has none.
    /// - Throws: ``DataError`` when the data folder is missing, or the table is unreadable or malformed.
    /// - Complexity: O(n) in the size of the table the first time, O(1) after.
    public static func shipped(folder: String) throws(DataError) -> PlaceTable? {
        let root = try DataDirectory.locate()
        return try tables.value(for: "\(root.path)\u{0}\(folder)") { () throws(DataError) in
            try read("\(folder)/demonyms.tsv")
        }
    }

    /// The country names of ICU's CLDR data in `language`, by ISO 3166 region code (codes without a name left
    /// out), in the order of ``LocaleNames/regionCodes``.
    /// - Complexity: O(r) ICU look-ups, r the number of region codes (about 250).
    public static func countryNames(in language: LanguageCode) -> [(code: String, name: String)] {
        LocaleNames.regionCodes.compactMap { code in
            LocaleNames.country(code, in: language.rawValue).map { (code, $0) }
        }
    }

    /// The tables read so far, by data folder and pair folder (`nil` for a pair without one).
    private static let tables = ProcessCache<PlaceTable?>()

    /// Reads `relativePath`: a header naming at least `source`, `target`, `pos` and `category` (`region`
    /// optional), and rows of the header's width.
    private static func read(_ relativePath: String) throws(DataError) -> PlaceTable? {
        guard let table = try DataTable.loadIfPresent(relativePath, columns: ["source", "target"]) else { return nil }
        guard let pos = table.column("pos") else { throw .missingColumn(path: table.path, column: "pos") }
        guard let category = table.column("category") else {
            throw .missingColumn(path: table.path, column: "category")
        }
        let region = table.column("region")
        var rows: [Row] = []
        rows.reserveCapacity(table.rows.count)
        for (line, fields) in table.rows {
            guard fields.count == table.header.count else {
                throw .malformedLine(path: table.path, line: line,
                                     reason: "expected \(table.header.count) tab-separated fields, found \(fields.count)")
            }
            rows.append(Row(source: fields[0], target: fields[1], partOfSpeech: fields[pos], category: fields[category],
                            region: region.map { fields[$0] } ?? ""))
        }
        return PlaceTable(rows: rows)
    }

    /// The table with its two languages exchanged.
    private func swapped() -> PlaceTable {
        PlaceTable(rows: rows.map { row in
            Row(source: row.target, target: row.source, partOfSpeech: row.partOfSpeech, category: row.category,
                region: row.region)
        })
    }
}
