import Foundation

/// A tab-separated data file from `lexicons/`: `#` comment lines, a header line, then rows.
///
/// Rows keep their line numbers so that a bad row is reported as `file:line: reason`. The one reader of such
/// files for the modules that have no error domain of their own for them (TolkText, TolkAlign).
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

    static func parse(url: URL, columns: [String]) throws(DataError) -> DataTable {
        let contents: String
        do {
            contents = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw DataError.unreadable(path: url.path, reason: "not readable as UTF-8 text")
        }
        var rows: [(line: Int, fields: [String])] = []
        var header: [String]?
        for (index, rawLine) in contents.lineParts().enumerated() {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if header == nil {
                guard Array(fields.prefix(columns.count)) == columns else {
                    throw DataError.malformedLine(
                        path: url.path, line: index + 1,
                        reason: "header must start with \(columns.joined(separator: " <tab> "))")
                }
                header = fields
                continue
            }
            guard fields.count >= columns.count else {
                throw DataError.malformedLine(
                    path: url.path, line: index + 1,
                    reason: "expected \(columns.count) tab-separated fields, found \(fields.count)")
            }
            rows.append((index + 1, fields))
        }
        return DataTable(path: url.path, header: header ?? [], rows: rows)
    }
}
