import Foundation
import TolkEvents
import TolkGlossary

/// Writes glossaries as TSV, CSV (RFC 4180) or JSON.
///
/// TSV and CSV start with the columns `source, target, count, score, category, known`; a glossary that was
/// merged with a file carrying further columns (a reviewer's notes) keeps them after these six. JSON is an
/// array of objects with those keys plus `part_of_speech`, `source_lemma`, `target_lemma` and `examples`.
///
/// ```swift
/// let tsv = GlossaryWriter.tsv(glossary)   // "source\ttarget\tcount\tscore\tcategory\tknown\n..."
/// ```
public enum GlossaryWriter {
    /// The six leading columns, in order.
    public static let columns = ["source", "target", "count", "score", "category", "known"]

    /// The glossary as tab-separated values with a header line.
    /// - Complexity: O(n) in the size of the glossary.
    public static func tsv(_ glossary: Glossary) -> String {
        let extra = extraColumns(glossary)
        var out = (columns + extra).joined(separator: "\t") + "\n"
        for entry in glossary.entries {
            out += fields(entry, extra: extra).map(tsvField).joined(separator: "\t") + "\n"
        }
        return out
    }

    /// The glossary as comma-separated values (RFC 4180: CRLF line ends, fields with commas, quotes or line
    /// breaks quoted, quotes doubled).
    /// - Complexity: O(n) in the size of the glossary.
    public static func csv(_ glossary: Glossary) -> String {
        let extra = extraColumns(glossary)
        var out = (columns + extra).map(csvField).joined(separator: ",") + "\r\n"
        for entry in glossary.entries {
            out += fields(entry, extra: extra).map(csvField).joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// The glossary as a JSON array of entry objects.
    /// - Complexity: O(n) in the size of the glossary.
    public static func json(_ glossary: Glossary) -> String {
        var out = "[\n"
        for (index, entry) in glossary.entries.enumerated() {
            var members: [(String, String)] = [
                ("source", jsonString(entry.source)), ("target", jsonString(entry.target)),
                ("count", String(entry.count)), ("score", score(entry.score)),
                ("category", jsonString(entry.category.rawValue)), ("known", entry.known ? "true" : "false"),
                ("part_of_speech", entry.partOfSpeech.map(jsonString) ?? "null"),
                ("source_lemma", entry.sourceLemma.map(jsonString) ?? "null"),
                ("target_lemma", entry.targetLemma.map(jsonString) ?? "null"),
            ].map { key, value in (key, entry.written[key]?.json ?? value) }
            for key in entry.extra.keys.sorted() where !members.contains(where: { $0.0 == key }) && key != "examples" {
                members.append((key, entry.written[key]?.json ?? jsonString(entry.extra[key] ?? "")))
            }
            let examples = entry.examples.map { example in
                "{\"source_document\": \(jsonString(example.sourceDocument)), "
                    + "\"target_document\": \(jsonString(example.targetDocument)), "
                    + "\"source_text\": \(jsonString(example.sourceText)), "
                    + "\"target_text\": \(jsonString(example.targetText)), "
                    + "\"source_range\": [\(example.sourceRange.map(String.init).joined(separator: ", "))], "
                    + "\"target_range\": [\(example.targetRange.map(String.init).joined(separator: ", "))]}"
            }
            members.append(("examples", entry.written["examples"]?.json ?? "[" + examples.joined(separator: ", ") + "]"))
            out += "  {" + members.map { "\(jsonString($0.0)): \($0.1)" }.joined(separator: ", ") + "}"
            out += index + 1 < glossary.entries.count ? ",\n" : "\n"
        }
        return out + "]\n"
    }

    /// A score as written in every format: two decimals.
    public static func score(_ value: Double) -> String {
        value.isFinite ? String(format: "%.2f", value) : "0.00"
    }

    static func extraColumns(_ glossary: Glossary) -> [String] {
        var names: Set<String> = []
        for entry in glossary.entries { names.formUnion(entry.extra.keys) }
        return names.subtracting(columns).subtracting(["examples"]).sorted()
    }

    static func fields(_ entry: GlossaryEntry, extra: [String]) -> [String] {
        let computed = [entry.source, entry.target, String(entry.count), score(entry.score), entry.category.rawValue,
                        entry.known ? "true" : "false"]
        return zip(columns, computed).map { column, value in entry.written[column]?.text ?? value }
            + extra.map { entry.written[$0]?.text ?? entry.extra[$0] ?? "" }
    }

    static func tsvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\r" }) else { return text }
        return String(text.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 })
    }

    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// `text` as a JSON string literal (``JSONBytes/string(_:)``).
    static func jsonString(_ text: String) -> String {
        var json = JSONBytes(capacity: text.utf8.count + 2)
        json.string(text)
        return String(decoding: json.bytes, as: UTF8.self)
    }
}
