#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The web-copy clean-up rules, read from `lexicons/text/boilerplate.tsv` (columns `rule`, `label`,
/// `needle`, `pattern`, `note`; patterns in ICU regular-expression syntax):
///
/// - `line`: a whole line matching `pattern` is removed (browser notices, image captions, photo credits).
///
/// Every rule's `needle` is a cheap filter tried before the pattern: `-` (none), a literal the line must contain
/// (case-sensitive), or `^` and characters one of which the line must start with (`^“"«„‘`).
/// - `metadata`: at the very start of a document, `pattern` (capture group 1 = the value) is a metadata
///   field named `label`, such as `date 2019-07`; it may prefix the first paragraph on the same line.
/// - `pull-quote`: a paragraph matching `pattern` entirely is one quotation (group 1 = its words); it is
///   removed when the same words are quoted in another paragraph.
/// - `quotation`: how quoted words are found inside a paragraph (group 1 = the words).
final class BoilerplateRules {
    /// A test a line must pass before a rule's pattern is tried on it.
    enum Prefilter {
        case none
        /// The line contains these bytes.
        case contains([UInt8])
        /// The line starts with one of these characters (as UTF-8).
        case startsWithOneOf([[UInt8]])

        /// Reads the `needle` column.
        init(_ needle: String) {
            if needle == "-" || needle.isEmpty {
                self = .none
            } else if needle.hasPrefix("^"), needle.count > 1 {
                self = .startsWithOneOf(needle.dropFirst().map { Array(String($0).utf8) })
            } else {
                self = .contains(Array(needle.utf8))
            }
        }

        /// Whether `line` passes.
        func admits(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
            switch self {
            case .none: return true
            case let .contains(needle): return BoilerplateRules.contains(line, needle)
            case let .startsWithOneOf(starts):
                return starts.contains { start in line.count >= start.count && zip(line, start).allSatisfy { $0 == $1 } }
            }
        }
    }

    struct LineRule {
        let label: String
        let needle: Prefilter
        let pattern: TextPattern
    }

    private(set) var lineRules: [LineRule] = []
    private(set) var metadataRules: [(key: String, pattern: TextPattern)] = []
    private(set) var pullQuote: TextPattern?
    private(set) var pullQuoteFilter = Prefilter.none
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
                rules.lineRules.append(LineRule(label: fields[1], needle: Prefilter(fields[2]), pattern: pattern))
            case "metadata": rules.metadataRules.append((fields[1], pattern))
            case "pull-quote":
                rules.pullQuote = pattern
                rules.pullQuoteFilter = Prefilter(fields[2])
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
            if !rule.needle.admits(line) { continue }
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

    /// Whether `needle` occurs in `haystack`: memchr finds each candidate first byte, memcmp checks the rest.
    /// - Complexity: O(n·m) at worst, about O(n) in practice.
    static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        guard let base = haystack.baseAddress, haystack.count >= needle.count else { return false }
        return needle.withUnsafeBufferPointer { pattern -> Bool in
            guard let patternBase = pattern.baseAddress else { return true }
            var start = 0
            let last = haystack.count - needle.count
            while start <= last {
                guard let found = memchr(base + start, Int32(first), last - start + 1) else { return false }
                let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if memcmp(base + index, patternBase, pattern.count) == 0 { return true }
                start = index + 1
            }
            return false
        }
    }
}
