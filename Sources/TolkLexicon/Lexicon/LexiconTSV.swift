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

    /// Parses TSV text held as UTF-8 bytes; `path` names the source in errors. Lines and fields are cut by
    /// ``DataTable`` (the one reader of Tolk's TSV data), the header checked by name, every row exactly its width.
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
        var entries: [LexiconEntry] = []
        entries.reserveCapacity(bytes.count / 40)
        var layout: ColumnLayout?
        try DataTable.forEachLine(in: bytes, path: path, validated: validated) { line throws(DataError) in
            guard let columns = layout else {
                layout = try ColumnLayout(header: line)
                return
            }
            try line.require(width: columns.count)
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
