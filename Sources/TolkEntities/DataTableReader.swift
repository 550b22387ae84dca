import Foundation
import TolkText

/// Reads the TSV data files of TolkEvents: UTF-8, a header line naming the columns, `#` comments.
package enum DataTableReader {
    /// The rows of the file at `url`, each read by column name; `required` columns must exist.
    ///
    /// - Throws: ``DataError`` naming the file, and the line for a row with the wrong number of fields.
    /// - Complexity: O(n) in the file's size.
    package static func rows(of url: URL, required: [String]) throws(DataError) -> [DataRow] {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw .unreadable(path: url.path, reason: error.localizedDescription)
        }
        return try rows(in: text, path: url.path, required: required)
    }

    /// The rows of TSV `text`; `path` names it in errors.
    ///
    /// Lines and fields are cut on the UTF-8 bytes of newline and tab (a line may end in "\r\n"), which is
    /// several times faster than splitting by Character on tables of tens of thousands of lines.
    static func rows(in text: String, path: String, required: [String]) throws(DataError) -> [DataRow] {
        var header: [String]?
        var columns: [String: Int] = [:]
        var result: [DataRow] = []
        var lineNumber = 0
        let newline = UInt8(ascii: "\n")
        let tab = UInt8(ascii: "\t")
        for rawLine in text.utf8.split(separator: newline, omittingEmptySubsequences: false) {
            lineNumber += 1
            let content = rawLine.last == UInt8(ascii: "\r") ? rawLine.dropLast() : rawLine
            if content.isEmpty || content.first == UInt8(ascii: "#") { continue }
            let fields = content.split(separator: tab, omittingEmptySubsequences: false)
                .map { String(decoding: $0, as: UTF8.self) }
            guard header != nil else {
                for column in required where !fields.contains(column) {
                    throw .missingColumn(path: path, column: column)
                }
                header = fields
                for (index, name) in fields.enumerated() where columns[name] == nil { columns[name] = index }
                continue
            }
            let width = header?.count ?? 0
            guard fields.count == width else {
                throw .malformedLine(path: path, line: lineNumber,
                                     reason: "expected \(width) tab-separated fields, found \(fields.count)")
            }
            result.append(DataRow(fields: fields, columns: columns))
        }
        return result
    }
}

/// One line of a data file, read by column name.
package struct DataRow: Sendable {
    let fields: [String]
    let columns: [String: Int]

    /// The field of column `name`, or `nil` when the file has no such column.
    package subscript(_ name: String) -> String? {
        guard let index = columns[name], fields.indices.contains(index) else { return nil }
        return fields[index]
    }
}
