import Foundation

/// Reads the TSV data files of TolkEvents: UTF-8, a header line naming the columns, `#` comments.
enum DataTableReader {
    /// The rows of the file at `url` as dictionaries keyed by column name; `required` columns must exist.
    ///
    /// - Throws: ``EventsError`` naming the file, and the line for a row with the wrong number of fields.
    /// - Complexity: O(n) in the file's size.
    static func rows(of url: URL, required: [String]) throws(EventsError) -> [[String: String]] {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw .unreadable(path: url.path, reason: error.localizedDescription)
        }
        return try rows(in: text, path: url.path, required: required)
    }

    /// The rows of TSV `text`; `path` names it in errors.
    static func rows(in text: String, path: String, required: [String]) throws(EventsError) -> [[String: String]] {
        var header: [String]?
        var result: [[String: String]] = []
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let content = line.hasSuffix("\r") ? line.dropLast() : line
            if content.isEmpty || content.hasPrefix("#") { continue }
            let fields = content.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard let columns = header else {
                for column in required where !fields.contains(column) {
                    throw .missingColumn(path: path, column: column)
                }
                header = fields
                continue
            }
            guard fields.count == columns.count else {
                throw .malformedLine(path: path, line: lineNumber,
                                     reason: "expected \(columns.count) tab-separated fields, found \(fields.count)")
            }
            result.append(Dictionary(zip(columns, fields), uniquingKeysWith: { first, _ in first }))
        }
        return result
    }
}
