import Foundation
import TolkText

/// The lexicon file format: UTF-8 TSV with a header line naming the columns, one entry per line.
///
/// ```
/// source	target	pos	weight	origin	category
/// ambassade	embassy	noun	0.93	europarl
/// ifølge	according to		1	reporting	sourcing
/// ```
/// `source`, `target` and `origin` are required; `pos`, `weight` (0...1, default 1) and `category` are optional
/// and may be empty. Lines starting with `#` and empty lines are skipped. Files the project ships are sorted
/// and in NFC so that a change reads well in a diff (``write(_:)`` produces that form).
public enum LexiconTSV {
    /// The columns, in the order ``write(_:)`` writes them.
    public static let columns = ["source", "target", "pos", "weight", "origin", "category"]

    /// Reads the entries of the file at `url`.
    ///
    /// - Throws: ``DataError/unreadable(path:reason:)``, ``DataError/missingColumn(path:column:)``,
    ///   or ``DataError/malformedLine(path:line:reason:)`` naming the first bad line.
    /// - Complexity: O(n) in the file's size.
    public static func read(contentsOf url: URL) throws(DataError) -> [LexiconEntry] {
        try read(bytes: LexiconFile.bytes(path: url.path, checkingUTF8: false), path: url.path)
    }

    /// Parses TSV text held as UTF-8 bytes; `path` names the source in errors (see
    /// ``parse(_:path:validated:)``).
    public static func read(bytes: [UInt8], path: String, validated: Bool = false) throws(DataError)
        -> [LexiconEntry]
    {
        let result = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(DataError) -> [LexiconEntry] in try parse(buffer, path: path, validated: validated) }
        }
        return try result.get()
    }

    /// Parses TSV text held as UTF-8 bytes; `path` names the source in errors.
    ///
    /// - Parameters:
    ///   - bytes: the file's bytes.
    ///   - path: the file's name for errors.
    ///   - validated: whether the caller has already checked that `bytes` are UTF-8 (then they are not checked
    ///     again); otherwise a field that is not UTF-8 is an error naming its line.
    /// - Complexity: O(n) in the number of bytes: one validation pass over the whole buffer (none when
    ///   `validated`), then one pass that slices fields in place (no line copies) and parses weights from the
    ///   bytes.
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>, path: String, validated: Bool = false)
        throws(DataError) -> [LexiconEntry]
    {
        let valid = validated || String(validating: bytes, as: UTF8.self) != nil
        var entries: [LexiconEntry] = []
        entries.reserveCapacity(bytes.count / 40)
        var layout: ColumnLayout?
        var lineNumber = 0
        // A UTF-8 byte-order mark (as some editors save) is not part of the header's first column name.
        var lineStart = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        var fields: [Range<Int>] = []
        fields.reserveCapacity(8)
        while lineStart < bytes.count {
            lineNumber += 1
            var lineEnd = lineStart
            while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
            let next = lineEnd + 1
            if lineEnd > lineStart && bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            defer { lineStart = next }
            if lineEnd == lineStart || bytes[lineStart] == UInt8(ascii: "#") { continue }
            fields.removeAll(keepingCapacity: true)
            var fieldStart = lineStart
            for index in lineStart..<lineEnd where bytes[index] == 0x09 {
                fields.append(fieldStart..<index)
                fieldStart = index + 1
            }
            fields.append(fieldStart..<lineEnd)
            let line = LineFields(bytes: bytes, fields: fields, valid: valid, path: path, number: lineNumber)
            guard let columns = layout else {
                layout = try ColumnLayout(header: line)
                continue
            }
            guard fields.count == columns.count else {
                throw .malformedLine(
                    path: path, line: lineNumber,
                    reason: "expected \(columns.count) tab-separated fields, found \(fields.count)")
            }
            entries.append(try columns.entry(line))
        }
        return entries
    }

    /// The TSV text of `entries`: header line, then entries in NFC sorted by source, target, origin.
    ///
    /// - Complexity: O(n log n) in the number of entries.
    public static func write(_ entries: [LexiconEntry]) -> String {
        let lines = entries.map { entry in
            [
                entry.source.precomposedStringWithCanonicalMapping, entry.target.precomposedStringWithCanonicalMapping,
                entry.partOfSpeech ?? "", formatWeight(entry.weight), entry.origin, entry.category ?? "",
            ]
        }.sorted { $0.lexicographicallyPrecedes($1) }
        var output = columns.joined(separator: "\t") + "\n"
        for line in lines { output += line.map(clean).joined(separator: "\t") + "\n" }
        return output
    }

    /// A weight with at most four decimals and no trailing zeros ("1", "0.25").
    static func formatWeight(_ weight: Double) -> String {
        let scaled = (weight * 10_000).rounded()
        var text = String(Int(scaled) / 10_000)
        let fraction = Int(scaled) % 10_000
        if fraction > 0 {
            var digits = String(fraction)
            digits = String(repeating: "0", count: 4 - digits.count) + digits
            while digits.hasSuffix("0") { digits.removeLast() }
            text += "." + digits
        }
        return text
    }

    private static func clean(_ field: String) -> String {
        field.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\r" })
            ? field.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\r", with: " ")
                .replacingOccurrences(of: "\n", with: " ") : field
    }
}
