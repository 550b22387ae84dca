/// The web-copy clean-up rules, read from `lexicons/text/boilerplate.tsv` (columns `rule`, `label`,
/// `needle`, `pattern`, `note`; patterns in ICU regular-expression syntax):
///
/// - `line`: a whole line matching `pattern` is removed (browser notices, image captions, photo credits).
///   `needle`, unless `-`, is a literal the line must contain before the pattern is tried (a cheap filter).
/// - `metadata`: at the very start of a document, `pattern` (capture group 1 = the value) is a metadata
///   field named `label`, such as `date 2019-07`; it may prefix the first paragraph on the same line.
/// - `pull-quote`: a paragraph matching `pattern` entirely is one quotation (group 1 = its words); it is
///   removed when the same words are quoted in another paragraph.
/// - `quotation`: how quoted words are found inside a paragraph (group 1 = the words).
final class BoilerplateRules {
    struct LineRule {
        let label: String
        let needle: [UInt8]
        let pattern: TextPattern
    }

    private(set) var lineRules: [LineRule] = []
    private(set) var metadataRules: [(key: String, pattern: TextPattern)] = []
    private(set) var pullQuote: TextPattern?
    private(set) var quotation: TextPattern?

    /// No rules at all (nothing is removed).
    init() {}

    /// Loads the rules from the data folder.
    /// - Throws: ``TextError/malformedData(path:line:reason:)`` for an unknown rule kind or a pattern that does not
    ///   compile, or an error locating the file.
    static func load() throws(TextError) -> BoilerplateRules {
        let table = try DataTable.load("text/boilerplate.tsv", columns: ["rule", "label", "needle", "pattern", "note"])
        let rules = BoilerplateRules()
        for (line, fields) in table.rows {
            let pattern: TextPattern
            do {
                pattern = try TextPattern(fields[3])
            } catch {
                throw TextError.malformedData(path: table.path, line: line, reason: error.errorDescription)
            }
            switch fields[0] {
            case "line":
                rules.lineRules.append(LineRule(label: fields[1], needle: fields[2] == "-" ? [] : Array(fields[2].utf8),
                                                pattern: pattern))
            case "metadata": rules.metadataRules.append((fields[1], pattern))
            case "pull-quote": rules.pullQuote = pattern
            case "quotation": rules.quotation = pattern
            default:
                throw TextError.malformedData(
                    path: table.path, line: line,
                    reason: "rule must be line, metadata, pull-quote or quotation, not '\(fields[0])'")
            }
        }
        return rules
    }

    /// The label of the first `line` rule that matches all of `line`, or `nil`.
    /// - Complexity: O(rules × line length).
    func lineLabel(_ line: UnsafeBufferPointer<UInt8>) -> String? {
        for rule in lineRules {
            if !rule.needle.isEmpty && !Self.contains(line, rule.needle) { continue }
            if let match = rule.pattern.prefixMatch(in: line), match.range.upperBound == line.count {
                return rule.label
            }
        }
        return nil
    }

    /// A metadata field at the start of `line`: its key, value, and the bytes it covers.
    func metadataField(_ line: UnsafeBufferPointer<UInt8>) -> (key: String, value: String, length: Int)? {
        for rule in metadataRules {
            guard let match = rule.pattern.prefixMatch(in: line), match.range.upperBound > 0,
                  match.groups.count > 1, let value = match.groups[1]
            else { continue }
            let text = String(decoding: UnsafeBufferPointer(rebasing: line[value]), as: UTF8.self)
            return (rule.key, text, match.range.upperBound)
        }
        return nil
    }

    static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, haystack.count >= needle.count else { return false }
        var index = 0
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first {
                var offset = 1
                while offset < needle.count && haystack[index + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return true }
            }
            index += 1
        }
        return false
    }
}
