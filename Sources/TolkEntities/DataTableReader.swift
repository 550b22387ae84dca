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
    /// Lines and fields are cut on the UTF-8 bytes of newline and tab (a line may end in "\r\n"), scanned in the
    /// string's own storage: on tables of tens of thousands of lines the generic `split` over the UTF-8 view cost
    /// about three times as much.
    static func rows(in text: String, path: String, required: [String]) throws(DataError) -> [DataRow] {
        var text = text
        let parsed: Result<[DataRow], DataError> = text.withUTF8 { bytes in
            Result { () throws(DataError) in try rows(bytes: bytes, path: path, required: required) }
        }
        return try parsed.get()
    }

    /// The rows of the TSV `bytes` (see ``rows(in:path:required:)``).
    private static func rows(bytes: UnsafeBufferPointer<UInt8>, path: String,
                             required: [String]) throws(DataError) -> [DataRow] {
        var header: [String]?
        var columns: [String: Int] = [:]
        var result: [DataRow] = []
        var fields: [String] = []
        var lineNumber = 0
        let newline = UInt8(ascii: "\n"), tab = UInt8(ascii: "\t"), carriageReturn = UInt8(ascii: "\r")
        let count = bytes.count
        var start = 0
        // One pass per line: `start` is the line's first byte; the last line may lack a final newline (an empty
        // last line after it counts as a line, as splitting on newlines counts it).
        while start <= count {
            var end = start
            while end < count && bytes[end] != newline { end += 1 }
            lineNumber += 1
            var contentEnd = end
            if contentEnd > start && bytes[contentEnd - 1] == carriageReturn { contentEnd -= 1 }
            defer { start = end + 1 }
            if contentEnd == start || bytes[start] == UInt8(ascii: "#") { continue }
            // A fresh array sized to the header's width: each row keeps its own, no larger than it needs.
            fields = []
            fields.reserveCapacity(header?.count ?? 8)
            var fieldStart = start
            for index in start..<contentEnd where bytes[index] == tab {
                fields.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[fieldStart..<index]), as: UTF8.self))
                fieldStart = index + 1
            }
            fields.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[fieldStart..<contentEnd]), as: UTF8.self))
            guard let width = header?.count else {
                for column in required where !fields.contains(column) {
                    throw .missingColumn(path: path, column: column)
                }
                header = fields
                for (index, name) in fields.enumerated() where columns[name] == nil { columns[name] = index }
                continue
            }
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
