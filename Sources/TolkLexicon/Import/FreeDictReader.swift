import Foundation
import TolkText

/// Reads a FreeDict dictionary in the dictd format (an `.index` file and its uncompressed `.dict` file),
/// such as Debian's `dict-freedict-dan-eng`.
///
/// Each index line is `headword<TAB>offset<TAB>length` (numbers in dictd's base64); the article at that
/// place starts with `headword /pronunciation/ <pos>` and lists senses, numbered (`1. accent, stress`) or
/// not, with notes in square brackets. Every comma-separated equivalent becomes one entry; earlier senses
/// and equivalents weigh more.
///
/// Weights are low (0.225 for the first equivalent, 0.0125 less for each next one, at least 0.125): a sense
/// list says nothing about how often a translation is right, so corpus-learned entries rank first and FreeDict
/// fills gaps and adds agreement. The scale was chosen by `scripts/tune-lexicon.py` on a development set from
/// allowed sources only (held-out FreeDict and CLDR entries, FLORES devtest in context) among first weights
/// 0.05625 ... 0.9 (doubling): with the shipped Europarl table 0.225 scored highest (0.1125 within 0.0002,
/// 0.9 lowest).
public enum FreeDictReader {
    /// The origin label of these entries.
    public static let origin = "freedict"

    /// The entries of the dictionary whose index is `index` and uncompressed articles `dictionary`.
    ///
    /// - Throws: ``DataError`` naming the index file and line of a malformed index line.
    /// - Complexity: O(n) in the size of both files.
    public static func entries(index: URL, dictionary: URL) throws(DataError) -> [LexiconEntry] {
        let indexText: String
        let articles: Data
        do {
            indexText = try String(contentsOf: index, encoding: .utf8)
            articles = try Data(contentsOf: dictionary)
        } catch {
            throw .unreadable(path: index.path, reason: error.localizedDescription)
        }
        var result: [LexiconEntry] = []
        for (offset, line) in indexText.lineParts().enumerated() {
            guard !line.isEmpty, !line.hasPrefix("00database") else { continue }
            let fields = line.split(separator: "\t")
            guard fields.count == 3, let start = decode(fields[1]), let length = decode(fields[2]),
                start + length <= articles.count
            else {
                throw .malformedLine(path: index.path, line: offset + 1, reason: "expected headword, offset, length")
            }
            let article = String(decoding: articles[start..<(start + length)], as: UTF8.self)
            result += entries(headword: String(fields[0]), article: article)
        }
        return result
    }

    /// The entries of one article.
    static func entries(headword: String, article: String) -> [LexiconEntry] {
        let lines = article.split(separator: "\n").map(String.init)
        guard let first = lines.first else { return [] }
        let partOfSpeech = first.range(of: "<[^>]+>", options: .regularExpression).map {
            normalizedPartOfSpeech(String(first[$0].dropFirst().dropLast()))
        }
        var result: [LexiconEntry] = []
        var seen: Set<String> = []
        var rank = 0
        for line in lines.dropFirst() {
            for equivalent in equivalents(in: line) where seen.insert(equivalent).inserted {
                let weight = max(0.125, 0.225 - 0.0125 * Double(rank))
                result.append(
                    LexiconEntry(
                        source: headword, target: equivalent, partOfSpeech: partOfSpeech, weight: weight,
                        origin: origin))
                rank += 1
            }
        }
        return result
    }

    /// `1. accent mark, supersign [note]` -> ["accent mark", "supersign"].
    static func equivalents(in line: String) -> [String] {
        var text = line.replacingOccurrences(of: "\\[[^\\]]*\\]", with: "", options: .regularExpression)
        text = text.replacingOccurrences(of: "^\\s*[0-9]+\\.\\s*", with: "", options: .regularExpression)
        return text.split(whereSeparator: { $0 == "," || $0 == ";" }).map {
            $0.trimmingCharacters(in: .whitespaces)
        }.filter { !$0.isEmpty && !$0.contains("(") && !$0.contains(")") }
    }

    private static func normalizedPartOfSpeech(_ tag: String) -> String {
        switch tag {
        case "n": return "noun"
        case "v": return "verb"
        case "adverb": return "adv"
        case "udråbsord": return "intj"
        case "pronoun": return "pron"
        case "numeral": return "num"
        default: return tag
        }
    }

    /// A dictd base64 number (`A`-`Z`, `a`-`z`, `0`-`9`, `+`, `/`, most significant digit first).
    static func decode(_ digits: Substring) -> Int? {
        var value = 0
        for scalar in digits.unicodeScalars {
            let digit: Int
            switch scalar {
            case "A"..."Z": digit = Int(scalar.value) - 65
            case "a"..."z": digit = Int(scalar.value) - 97 + 26
            case "0"..."9": digit = Int(scalar.value) - 48 + 52
            case "+": digit = 62
            case "/": digit = 63
            default: return nil
            }
            value = value * 64 + digit
        }
        return digits.isEmpty ? nil : value
    }
}
