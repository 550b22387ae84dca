import Foundation
import TolkText

/// Reads other dictionary formats into lexicon entries, so that they can be written as Tolk TSV.
public enum LexiconImporter {
    /// A dictionary file format.
    public enum Format: String, CaseIterable, Sendable {
        /// Tolk's own TSV (``LexiconTSV``).
        case tsv
        /// hunalign dictionaries: one `target @ source` pair per line.
        case hunalign
        /// Pair lists: `source target` per line, separated by a tab or spaces (bilingual word lists).
        case pairs
        /// TermBase eXchange: `termEntry` elements with one `langSet` per language.
        case tbx
    }

    /// The format a file's name and first line suggest, or `nil`.
    public static func guessFormat(path: String, firstLine: String) -> Format? {
        let lowered = path.lowercased()
        if lowered.hasSuffix(".tbx") || firstLine.hasPrefix("<?xml") || firstLine.hasPrefix("<martif") { return .tbx }
        if firstLine.contains(" @ ") { return .hunalign }
        if firstLine.hasPrefix("source\t") { return .tsv }
        if firstLine.split(whereSeparator: { $0 == "\t" || $0 == " " }).count == 2 { return .pairs }
        return nil
    }

    /// The entries of the file at `url` in `format` (guessed when `nil`), labelled `origin`.
    ///
    /// - Parameters:
    ///   - url: The dictionary file.
    ///   - format: Its format, or `nil` to guess from the name and first line.
    ///   - pair: The languages; TBX `langSet`s are matched to them by `xml:lang`.
    ///   - origin: The origin written on every entry (not used for TSV, which carries its own).
    /// - Throws: ``LexiconError`` naming the file and line of a malformed line.
    /// - Complexity: O(n) in the file's size.
    public static func entries(
        contentsOf url: URL, format: Format?, pair: LanguagePair, origin: String
    ) throws(LexiconError) -> [LexiconEntry] {
        try entries(path: url.path, format: format, pair: pair, origin: origin)
    }

    /// The entries of the file at `path`, or of standard input when `path` is "-" (named `<stdin>` in errors);
    /// otherwise as ``entries(contentsOf:format:pair:origin:)``.
    /// - Throws: ``LexiconError`` naming the file and line (and byte offset) of a malformed line or byte.
    public static func entries(
        path: String, format: Format?, pair: LanguagePair, origin: String
    ) throws(LexiconError) -> [LexiconEntry] {
        let name = TextInput.displayName(of: path)
        let bytes = try LexiconError.loading { () throws(DataError) in try LexiconFile.bytes(path: path, checkingUTF8: true) }
        return try entries(validated: bytes, name: name, format: format, pair: pair, origin: origin)
    }

    /// The entries of a dictionary file's `bytes` (named `name` in errors, and for guessing the format);
    /// otherwise as ``entries(contentsOf:format:pair:origin:)``.
    /// - Throws: ``LexiconError`` naming the file and line (and byte offset) of a malformed line or byte.
    /// - Complexity: O(n) in the size of `bytes`.
    public static func entries(
        bytes: [UInt8], name: String, format: Format?, pair: LanguagePair, origin: String
    ) throws(LexiconError) -> [LexiconEntry] {
        try LexiconError.loading { () throws(DataError) in try LexiconFile.validate(bytes, name: name) }
        return try entries(validated: bytes, name: name, format: format, pair: pair, origin: origin)
    }

    private static func entries(
        validated bytes: [UInt8], name: String, format: Format?, pair: LanguagePair, origin: String
    ) throws(LexiconError) -> [LexiconEntry] {
        let text = String(decoding: bytes, as: UTF8.self)
        let firstLine = text.prefix { $0 != "\n" && $0 != "\r\n" }
        guard let format = format ?? guessFormat(path: name, firstLine: String(firstLine)) else {
            throw .unknownFormat(path: name)
        }
        return try LexiconError.loading { () throws(DataError) in
            switch format {
            case .tsv: try LexiconTSV.read(bytes: bytes, path: name, validated: true)
            case .hunalign: try lines(text, path: name, origin: origin, split: hunalignPair)
            case .pairs: try lines(text, path: name, origin: origin, split: whitespacePair)
            case .tbx: try TermBaseReader.entries(text, path: name, pair: pair, origin: origin)
            }
        }
    }

    private static func lines(
        _ text: String, path: String, origin: String, split: (Substring) -> (String, String)?
    ) throws(DataError) -> [LexiconEntry] {
        var result: [LexiconEntry] = []
        for (offset, line) in text.lineParts().enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            guard let (source, target) = split(Substring(trimmed)) else {
                throw .malformedLine(path: path, line: offset + 1, reason: "expected a pair, found '\(trimmed)'")
            }
            result.append(LexiconEntry(source: source, target: target, weight: 1, origin: origin))
        }
        return result
    }

    /// `target @ source` (hunalign's dictionary order).
    static func hunalignPair(_ line: Substring) -> (String, String)? {
        guard let range = line.range(of: " @ ") else { return nil }
        let target = line[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
        let source = line[range.upperBound...].trimmingCharacters(in: .whitespaces)
        return source.isEmpty || target.isEmpty ? nil : (source, target)
    }

    /// `source<TAB>target`, or `source target` when the line has exactly two space-separated words.
    static func whitespacePair(_ line: Substring) -> (String, String)? {
        let tabbed = line.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces) }
        if tabbed.count == 2, !tabbed[0].isEmpty, !tabbed[1].isEmpty { return (tabbed[0], tabbed[1]) }
        let words = line.split(separator: " ")
        return words.count == 2 ? (String(words[0]), String(words[1])) : nil
    }
}
