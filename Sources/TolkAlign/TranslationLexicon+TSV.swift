import Foundation
import TolkText

extension TranslationLexicon {
    /// Reads a lexicon from a tab-separated file: a header line whose first two fields are the language codes
    /// of the columns (`da<TAB>en`, more columns allowed and ignored, such as a provenance column), then one
    /// pair per line. Empty lines and lines starting with `#` are skipped.
    ///
    /// - Parameter path: the file to read (UTF-8).
    /// - Throws: ``AlignmentError/data(_:)`` (unreadable, or a malformed line)
    ///   naming the first bad line.
    /// - Complexity: O(n) in the size of the file.
    public init(contentsOfTSV path: String) throws(AlignmentError) {
        let bytes: [UInt8]
        do { bytes = try TextInput.bytes(path: path) } catch {
            if case let .unreadable(_, reason) = error { throw .data(.unreadable(path: path, reason: reason)) }
            throw .data(.unreadable(path: path, reason: error.errorDescription))
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw .data(.malformedLine(path: path, line: 1, reason: "not UTF-8 text"))
        }
        var languages: (LanguageCode, LanguageCode)?
        var pairs: [(String, String)] = []
        var lineNumber = 0
        for line in text.lineParts() {
            lineNumber += 1
            let trimmed = line.hasSuffix("\r") ? line.dropLast() : line[...]
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = trimmed.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 2, !fields[0].isEmpty, !fields[1].isEmpty else {
                throw .data(.malformedLine(path: path, line: lineNumber,
                                        reason: "expected two tab-separated fields: source word, target word"))
            }
            guard languages != nil else {
                guard let source = LanguageCode(rawValue: String(fields[0])),
                      let target = LanguageCode(rawValue: String(fields[1])) else {
                    throw .data(.malformedLine(path: path, line: lineNumber,
                                            reason: "header must name the two columns' languages, such as da<TAB>en"))
                }
                languages = (source, target)
                continue
            }
            pairs.append((String(fields[0]), String(fields[1])))
        }
        guard let languages else {
            throw .data(.malformedLine(path: path, line: max(lineNumber, 1), reason: "no header line"))
        }
        self.init(pairs: pairs, sourceLanguage: languages.0, targetLanguage: languages.1)
    }
}
