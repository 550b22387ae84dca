import Foundation
import TolkEvents
import TolkGlossary
import TolkText

/// Reads a glossary written by ``GlossaryWriter`` (TSV, CSV or JSON), possibly edited by hand, so that
/// `tolk glossary --merge` can add to it. Columns or keys beyond the known ones are kept in
/// ``GlossaryEntry/extra``.
public enum GlossaryReader {
    /// The glossary in the file at `path`: JSON when it starts with `[`, else TSV when its header has a tab,
    /// else CSV.
    /// - Throws: ``DataError`` naming the file and the line (for JSON, the element) at fault.
    /// - Complexity: O(n) in the file's size.
    public static func read(path: String, sourceLanguage: LanguageCode, targetLanguage: LanguageCode)
        throws(DataError) -> Glossary
    {
        let text: String
        do { text = String(decoding: try TextInput.utf8Bytes(path: path), as: UTF8.self) } catch {
            switch error {
            case let .unreadable(_, reason): throw .unreadable(path: path, reason: reason)
            case let .invalidEncoding(_, _, offset): throw .unreadable(path: path, reason: "invalid UTF-8 at byte offset \(offset)")
            case let .binaryInput(_, offset): throw .unreadable(path: path, reason: "looks binary (NUL byte at byte offset \(offset))")
            default: throw .unreadable(path: path, reason: error.errorDescription)
            }
        }
        let entries: [GlossaryEntry]
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        if body.drop(while: \.isWhitespace).first == "[" {
            entries = try json(body, path: path)
        } else {
            let header = body.prefix { $0 != "\n" && $0 != "\r\n" }
            entries = try table(header.contains("\t") ? tsvRows(body) : csvRows(body), path: path)
        }
        return Glossary(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, entries: entries)
    }

    /// Entries from rows whose first row is the header.
    static func table(_ rows: [(line: Int, fields: [String])], path: String) throws(DataError) -> [GlossaryEntry] {
        guard let header = rows.first?.fields else { return [] }
        for column in GlossaryWriter.columns where !header.contains(column) {
            throw .missingColumn(path: path, column: column)
        }
        var entries: [GlossaryEntry] = []
        for row in rows.dropFirst() {
            guard row.fields.count == header.count else {
                throw .malformedLine(path: path, line: row.line,
                                     reason: "expected \(header.count) fields, found \(row.fields.count)")
            }
            let record = Dictionary(zip(header, row.fields), uniquingKeysWith: { first, _ in first })
            entries.append(try entry(record.mapValues { $0 as Any }, path: path, line: row.line))
        }
        return entries
    }

    static func entry(_ record: [String: Any], path: String, line: Int) throws(DataError) -> GlossaryEntry {
        func text(_ key: String) -> String? {
            switch record[key] {
            case let value as String: value
            case let value as NSNumber: value.stringValue
            default: nil
            }
        }
        guard let source = text("source"), !source.isEmpty, let target = text("target"), !target.isEmpty else {
            throw .malformedLine(path: path, line: line, reason: "empty source or target")
        }
        guard let count = text("count").flatMap({ Int($0) }), count >= 0 else {
            throw .malformedLine(path: path, line: line, reason: "count must be a whole number")
        }
        guard let score = text("score").flatMap({ Double($0) }), score.isFinite else {
            throw .malformedLine(path: path, line: line, reason: "score must be a number")
        }
        let categoryName = text("category") ?? ""
        guard let category = TermCategory(rawValue: categoryName) else {
            let names = TermCategory.allCases.map(\.rawValue).joined(separator: ", ")
            throw .malformedLine(path: path, line: line, reason: "category '\(categoryName)' is not one of \(names)")
        }
        let known: Bool
        switch record["known"] {
        case let value as Bool: known = value
        case let value as String where ["true", "false"].contains(value.lowercased()): known = value.lowercased() == "true"
        default: throw .malformedLine(path: path, line: line, reason: "known must be true or false")
        }
        var extra: [String: String] = [:]
        let fixed: Set<String> = ["source", "target", "count", "score", "category", "known", "part_of_speech",
                                  "source_lemma", "target_lemma", "examples"]
        var written: [String: WrittenField] = [:]
        for (key, value) in record {
            let field = writtenField(key, value)
            written[key] = field
            if !fixed.contains(key) { extra[key] = field.text }
        }
        let examples = (record["examples"] as? [[String: Any]] ?? []).compactMap(example)
        var entry = GlossaryEntry(source: source, target: target, count: count, score: score, category: category,
                                  known: known, partOfSpeech: text("part_of_speech"),
                                  sourceLemma: text("source_lemma"), targetLemma: text("target_lemma"),
                                  examples: examples, extra: extra)
        entry.written = written
        return entry
    }

    /// How a field read from a glossary is written back: a TSV or CSV field (a string) as its text, and as JSON the
    /// number, `true`/`false` or string it stands for in its column; a JSON value as its JSON text (`null`,
    /// arrays and objects included) and, for TSV and CSV, that text or the plain string.
    static func writtenField(_ key: String, _ value: Any) -> WrittenField {
        if let string = value as? String {
            let json: String
            switch key {
            case "count" where isJSONNumber(string), "score" where isJSONNumber(string): json = string
            case "known" where ["true", "false"].contains(string.lowercased()): json = string.lowercased()
            default: json = GlossaryWriter.jsonString(string)
            }
            return WrittenField(text: string, json: json)
        }
        let json: String
        if let data = try? JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed, .sortedKeys,
                                                                                   .withoutEscapingSlashes]) {
            json = String(decoding: data, as: UTF8.self)
        } else {
            json = "null"
        }
        if let number = value as? NSNumber, !(value is Bool), json != "true", json != "false" {
            // The shortest text that reads back as the same number (99.999, not 99.998999999999995).
            let text = Double(exactly: number.int64Value) == number.doubleValue && !number.stringValue.contains(".")
                ? number.stringValue : "\(number.doubleValue)"
            return WrittenField(text: text, json: text)
        }
        return WrittenField(text: json, json: json)
    }

    /// Whether `text` is a JSON number literal (so that it can be written into JSON as it is).
    static func isJSONNumber(_ text: String) -> Bool {
        text.range(of: #"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$"#, options: .regularExpression) != nil
    }

    static func example(_ record: [String: Any]) -> GlossaryExample? {
        guard let sourceDocument = record["source_document"] as? String,
              let targetDocument = record["target_document"] as? String,
              let sourceText = record["source_text"] as? String, let targetText = record["target_text"] as? String,
              let sourceRange = record["source_range"] as? [Int], sourceRange.count == 2,
              let targetRange = record["target_range"] as? [Int], targetRange.count == 2,
              sourceRange[0] <= sourceRange[1], targetRange[0] <= targetRange[1] else { return nil }
        return GlossaryExample(AlignedUnit(
            sourceText: sourceText, targetText: targetText, sourceDocument: sourceDocument,
            targetDocument: targetDocument, sourceRange: sourceRange[0]..<sourceRange[1],
            targetRange: targetRange[0]..<targetRange[1]))
    }

    static func json(_ text: String, path: String) throws(DataError) -> [GlossaryEntry] {
        let object: Any
        do { object = try JSONSerialization.jsonObject(with: Data(text.utf8)) } catch {
            throw .malformedLine(path: path, line: 1, reason: "not valid JSON")
        }
        guard let array = object as? [Any] else {
            throw .malformedLine(path: path, line: 1, reason: "expected a JSON array of entries")
        }
        var entries: [GlossaryEntry] = []
        for (index, element) in array.enumerated() {
            guard let record = element as? [String: Any] else {
                throw .malformedLine(path: path, line: index + 1, reason: "element \(index + 1) is not an object")
            }
            entries.append(try entry(record, path: path, line: index + 1))
        }
        return entries
    }

    static func tsvRows(_ text: String) -> [(line: Int, fields: [String])] {
        var rows: [(line: Int, fields: [String])] = []
        for (index, line) in text.lineParts().enumerated() {
            let content = line.hasSuffix("\r") ? line.dropLast() : line
            if content.isEmpty || content.hasPrefix("#") { continue }
            rows.append((index + 1, content.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)))
        }
        return rows
    }

    /// RFC 4180 rows: quoted fields may hold commas, doubled quotes and line breaks.
    static func csvRows(_ text: String) -> [(line: Int, fields: [String])] {
        var rows: [(line: Int, fields: [String])] = []
        var fields: [String] = []
        var field = ""
        var quoted = false
        var line = 1
        var rowLine = 1
        var characters = Array(text).makeIterator()
        var pending: Character?
        func endRow() {
            fields.append(field)
            if !(fields.count == 1 && fields[0].isEmpty) { rows.append((rowLine, fields)) }
            fields = []
            field = ""
        }
        while let character = pending ?? characters.next() {
            pending = nil
            if quoted {
                if character == "\"" {
                    let next = characters.next()
                    if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                } else {
                    if character == "\n" || character == "\r\n" { line += 1 }
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"": quoted = true
            case ",": fields.append(field); field = ""
            case "\n", "\r\n", "\r":
                endRow()
                line += 1
                rowLine = line
            default: field.append(character)
            }
        }
        if !field.isEmpty || !fields.isEmpty { endRow() }
        return rows
    }
}
