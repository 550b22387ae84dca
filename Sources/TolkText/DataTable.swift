import Foundation

/// A tab-separated data file: UTF-8, `#` comment lines and blank lines skipped, a header line, then rows.
///
/// The one reader of Tolk's TSV data (rules, word lists, entity and phrasing tables, and the lexicons through
/// `LexiconTSV`). Lines and fields are cut by ``forEachLine(in:path:validated:_:)`` on the UTF-8 bytes of newline
/// and tab (a line may end in "\r\n"; a byte-order mark is skipped), in the file's own storage, as ``DataLine``s
/// whose fields are byte ranges: on tables of tens of thousands of lines the generic `split` over the UTF-8 view
/// cost about three times as much. Lines keep their numbers (counted from 1, comments and blank lines included),
/// so that a bad row is reported as `file:line: reason`. Two ways to check a table:
///
/// - by position (``load(_:columns:)``): the header starts with `columns` in that order, and every row has at least
///   that many fields; read with `row.fields[i]`.
/// - by name (``rows(of:required:)``): the header holds the `required` columns anywhere, and every row has exactly
///   the header's width; read with `row["name"]` (``DataRow``).
///
/// ```swift
/// let table = try DataTable.loadIfPresent("da-en/demonyms.tsv", columns: ["source", "target"])
/// let region = table?.column("region")
/// ```
public struct DataTable: Sendable {
    /// The file's path, for errors.
    public let path: String
    /// The column names of the header line.
    public let header: [String]
    /// Rows with at least as many fields as the header's required columns, and the 1-based line each came from.
    public let rows: [(line: Int, fields: [String])]

    /// The index of column `name` in the header, or `nil` when the file has no such column.
    public func column(_ name: String) -> Int? { header.firstIndex(of: name) }

    /// Loads `relativePath` from the data folder and checks its header starts with `columns`.
    /// - Throws: ``DataError/missing(name:searched:)``, ``DataError/unreadable(path:reason:)``, or
    ///   ``DataError/malformedLine(path:line:reason:)`` for a wrong header or a short row.
    /// - Complexity: O(n) in the file's size.
    public static func load(_ relativePath: String, columns: [String]) throws(DataError) -> DataTable {
        let url = try DataDirectory.file(relativePath)
        return try parse(url: url, columns: columns)
    }

    /// Like ``load(_:columns:)``, but `nil` when the file does not exist (an optional, per-language file).
    public static func loadIfPresent(_ relativePath: String, columns: [String]) throws(DataError) -> DataTable? {
        let url = try DataDirectory.locate().appendingPathComponent(relativePath)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        return try parse(url: url, columns: columns)
    }

    /// The table at `url`, checked by position (see ``load(_:columns:)``).
    static func parse(url: URL, columns: [String]) throws(DataError) -> DataTable {
        var header: [String]?
        var rows: [(line: Int, fields: [String])] = []
        try forEachLine(of: try text(of: url), path: url.path) { line throws(DataError) in
            guard header != nil else {
                let names = try line.texts()
                guard Array(names.prefix(columns.count)) == columns else {
                    throw line.error("header must start with \(columns.joined(separator: " <tab> "))")
                }
                header = names
                return
            }
            try line.require(width: columns.count, exactly: false)
            rows.append((line.number, try line.texts()))
        }
        return DataTable(path: url.path, header: header ?? [], rows: rows)
    }

    /// The rows of the table at `url`, each read by column name (see ``rows(in:path:required:)``).
    /// - Throws: ``DataError`` naming the file, and the line for a row with the wrong number of fields.
    /// - Complexity: O(n) in the file's size.
    package static func rows(of url: URL, required: [String]) throws(DataError) -> [DataRow] {
        try rows(in: try text(of: url), path: url.path, required: required)
    }

    /// The rows of the TSV `text`, checked by name: the header holds every `required` column, and every row has
    /// exactly as many fields as the header; `path` names the text in errors.
    /// - Throws: ``DataError/missingColumn(path:column:)``, ``DataError/malformedLine(path:line:reason:)``.
    /// - Complexity: O(n) in the text's length.
    package static func rows(in text: String, path: String, required: [String]) throws(DataError) -> [DataRow] {
        var width: Int?
        var columns: [String: Int] = [:]
        var result: [DataRow] = []
        try forEachLine(of: text, path: path) { line throws(DataError) in
            guard let width else {
                columns = try line.columns(required: required)
                width = line.count
                return
            }
            try line.require(width: width)
            result.append(DataRow(fields: try line.texts(), columns: columns))
        }
        return result
    }

    /// The contents of `url` as UTF-8 text.
    private static func text(of url: URL) throws(DataError) -> String {
        do { return try String(contentsOf: url, encoding: .utf8) } catch {
            throw .unreadable(path: url.path, reason: "not readable as UTF-8 text")
        }
    }

    /// Calls `body` with each line of `text` that is neither blank nor a `#` comment, the header line first (see
    /// ``forEachLine(in:path:validated:_:)``).
    private static func forEachLine(
        of text: String, path: String, _ body: (DataLine) throws(DataError) -> Void
    ) throws(DataError) {
        var text = text
        let result: Result<Void, DataError> = text.withUTF8 { bytes in
            Result { () throws(DataError) in try forEachLine(in: bytes, path: path, validated: true, body) }
        }
        try result.get()
    }
}

/// One row of a ``DataTable`` read by name (``DataTable/rows(of:required:)``).
package struct DataRow: Sendable {
    /// The row's fields, as many as the header's columns.
    package let fields: [String]
    /// The index of each column of the header, by name (shared by every row of a table).
    package let columns: [String: Int]

    /// The field of column `name`, or `nil` when the file has no such column.
    package subscript(_ name: String) -> String? {
        guard let index = columns[name], fields.indices.contains(index) else { return nil }
        return fields[index]
    }
}
