import Foundation
import TolkText

/// The shipped table of irregular forms: TSV with the header `form	lemma	source`, one form per line.
enum IrregularTable {
    /// Reads the table at `url` into form -> lemmas (lower case, file order).
    ///
    /// - Throws: ``DataError`` naming the file and line of a malformed line.
    /// - Complexity: O(n) in the file's size.
    static func read(contentsOf url: URL) throws(DataError) -> [String: [String]] {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw .unreadable(path: url.path, reason: error.localizedDescription)
        }
        var table: [String: [String]] = [:]
        var sawHeader = false
        for (offset, line) in text.lineParts().enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard sawHeader else {
                guard fields.count >= 2, fields[0] == "form", fields[1] == "lemma" else {
                    throw .missingColumn(path: url.path, column: "form")
                }
                sawHeader = true
                continue
            }
            guard fields.count >= 2, !fields[0].isEmpty, !fields[1].isEmpty else {
                throw .malformedLine(path: url.path, line: offset + 1, reason: "expected form<TAB>lemma<TAB>source")
            }
            table[fields[0].lowercased(), default: []].append(fields[1].lowercased())
        }
        return table
    }
}
