/// One line of a TSV data file with its fields as byte ranges into the file's bytes: the byte view of
/// ``DataTable``, for readers of large tables (the lexicons) that make no string for a field they do not keep.
package struct DataLine {
    /// The file's name, for errors.
    package let path: String
    /// The line's number, counted from 1 (comments and blank lines included).
    package fileprivate(set) var number: Int
    /// The byte range of each field in ``bytes``.
    package fileprivate(set) var fields: [Range<Int>]
    /// The bytes of the whole file.
    package let bytes: UnsafeBufferPointer<UInt8>
    /// Whether the whole file is known to be UTF-8 (then a field's text needs no check of its own).
    let validated: Bool

    /// The number of fields.
    package var count: Int { fields.count }

    /// The text of field `index`, or `nil` when it is empty.
    /// - Throws: ``DataError/malformedLine(path:line:reason:)`` when the field is not UTF-8.
    package func text(_ index: Int) throws(DataError) -> String? {
        let range = fields[index]
        guard !range.isEmpty else { return nil }
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        if validated { return String(decoding: slice, as: UTF8.self) }
        guard let value = String(validating: slice, as: UTF8.self) else { throw error("invalid UTF-8") }
        return value
    }

    /// The texts of every field ("" for an empty one).
    /// - Throws: ``DataError/malformedLine(path:line:reason:)`` when a field is not UTF-8.
    package func texts() throws(DataError) -> [String] {
        var result: [String] = []
        result.reserveCapacity(fields.count)
        for index in fields.indices { result.append(try text(index) ?? "") }
        return result
    }

    /// The error of this line: `path:line: reason`.
    package func error(_ reason: String) -> DataError {
        .malformedLine(path: path, line: number, reason: reason)
    }

    /// Checks that the line has `width` fields (exactly, or at least when not `exactly`).
    /// - Throws: ``DataError/malformedLine(path:line:reason:)`` naming both counts.
    package func require(width: Int, exactly: Bool = true) throws(DataError) {
        guard exactly ? fields.count == width : fields.count >= width else {
            throw error("expected \(width) tab-separated fields, found \(fields.count)")
        }
    }

    /// The column index of each name on this header line (the first of a repeated name; empty names skipped).
    /// - Throws: ``DataError/missingColumn(path:column:)`` for a `required` name the header lacks.
    package func columns(required: [String]) throws(DataError) -> [String: Int] {
        var columns: [String: Int] = [:]
        for index in fields.indices {
            if let name = try text(index), columns[name] == nil { columns[name] = index }
        }
        for name in required where columns[name] == nil { throw .missingColumn(path: path, column: name) }
        return columns
    }
}

extension DataTable {
    /// Calls `body` with each line of the TSV file `bytes` that is neither blank nor a `#` comment, the header line
    /// first: the one line and field cutter of Tolk's data files.
    ///
    /// Lines end in "\n" or "\r\n"; fields are cut on tabs; a UTF-8 byte-order mark before the header is skipped.
    /// - Parameters:
    ///   - path: the file's name in errors.
    ///   - validated: whether the caller knows the bytes are UTF-8; otherwise they are checked once, and when
    ///     the check fails a field that is not UTF-8 is an error naming its line as it is read.
    /// - Complexity: O(n) in the number of bytes; no copy of a line.
    package static func forEachLine(
        in bytes: UnsafeBufferPointer<UInt8>, path: String, validated: Bool = false,
        _ body: (DataLine) throws(DataError) -> Void
    ) throws(DataError) {
        let newline = UInt8(ascii: "\n"), tab = UInt8(ascii: "\t"), carriageReturn = UInt8(ascii: "\r")
        let count = bytes.count
        var line = DataLine(path: path, number: 0, fields: [], bytes: bytes,
                            validated: validated || String(validating: bytes, as: UTF8.self) != nil)
        line.fields.reserveCapacity(8)
        var start = count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        while start < count {
            var end = start
            while end < count && bytes[end] != newline { end += 1 }
            line.number += 1
            var contentEnd = end
            if contentEnd > start && bytes[contentEnd - 1] == carriageReturn { contentEnd -= 1 }
            defer { start = end + 1 }
            if contentEnd == start || bytes[start] == UInt8(ascii: "#") { continue }
            line.fields.removeAll(keepingCapacity: true)
            var fieldStart = start
            for index in start..<contentEnd where bytes[index] == tab {
                line.fields.append(fieldStart..<index)
                fieldStart = index + 1
            }
            line.fields.append(fieldStart..<contentEnd)
            try body(line)
        }
    }
}
