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
/// Every rule's `needle` is a cheap filter tried before the pattern (see ``Prefilter/parse(_:)``): `-` (none), a
/// literal the line must contain, `^` and characters or `^=` and `|`-separated literals one of which the line must
/// start with, `$` and characters one of which it must end with; several joined by ` & `.
/// - `metadata`: at the very start of a document, `pattern` (capture group 1 = the value) is a metadata
///   field named `label`, such as `date 2019-07`; it may prefix the first paragraph on the same line.
/// - `pull-quote`: a paragraph matching `pattern` entirely is one quotation (group 1 = its words); it is
///   removed when the same words are quoted in another paragraph.
/// - `quotation`: how quoted words are found inside a paragraph (group 1 = the words).
final class BoilerplateRules {
    /// A test a line must pass before a rule's pattern is tried on it (ICU's matcher costs thousands of
    /// instructions per call, so a line should reach it only when it can match).
    struct Prefilter {
        enum Kind { case contains, startsWithOneOf, endsWithOneOf }
        /// What the line is tested for.
        let kind: Kind
        /// The literals (characters or words, as UTF-8) it looks for.
        let literals: [[UInt8]]
        /// For the start and end tests: whether a byte can be the first (last) byte of a literal, so that most
        /// lines are turned away with one look-up.
        private let edgeBytes: [Bool]

        init(_ kind: Kind, _ literals: [[UInt8]]) {
            self.kind = kind
            self.literals = literals.filter { !$0.isEmpty }
            var edges = [Bool](repeating: false, count: 256)
            for literal in self.literals {
                if let edge = kind == .endsWithOneOf ? literal.last : literal.first { edges[Int(edge)] = true }
            }
            edgeBytes = edges
        }

        /// Reads the `needle` column: `-` (none), or conditions joined by ` & `, each `^` and characters the
        /// line must start with one of (`^“"«„‘`), `^=` and literals separated by `|` the line must start with one
        /// of (`^=Image|Photo`), `$` and characters the line must end with one of, or a literal the line must
        /// contain.
        static func parse(_ needle: String) -> [Prefilter] {
            guard needle != "-", !needle.isEmpty else { return [] }
            return needle.split(separator: " & ", omittingEmptySubsequences: true).map { condition in
                if condition.hasPrefix("^="), condition.count > 2 {
                    return Prefilter(.startsWithOneOf, condition.dropFirst(2).split(separator: "|").map { Array($0.utf8) })
                } else if condition.hasPrefix("^"), condition.count > 1 {
                    return Prefilter(.startsWithOneOf, condition.dropFirst().map { Array(String($0).utf8) })
                } else if condition.hasPrefix("$"), condition.count > 1 {
                    return Prefilter(.endsWithOneOf, condition.dropFirst().map { Array(String($0).utf8) })
                }
                return Prefilter(.contains, [Array(condition.utf8)])
            }
        }

        /// Whether `line` passes.
        /// - Complexity: O(line length) for `contains` (glibc's memmem), else O(total literal length) at most.
        func admits(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
            switch kind {
            case .contains:
                return literals.allSatisfy { BoilerplateRules.contains(line, $0) }
            case .startsWithOneOf:
                guard let first = line.first, edgeBytes[Int(first)] else { return false }
                return literals.contains { literal in
                    line.count >= literal.count && zip(line, literal).allSatisfy { $0 == $1 }
                }
            case .endsWithOneOf:
                guard let last = line.last, edgeBytes[Int(last)] else { return false }
                return literals.contains { literal in
                    line.count >= literal.count
                        && zip(line[(line.count - literal.count)...], literal).allSatisfy { $0 == $1 }
                }
            }
        }
    }

    struct LineRule {
        let label: String
        let needle: [Prefilter]
        let pattern: TextPattern
    }

    private(set) var lineRules: [LineRule] = [] {
        didSet { lineGate = LineGate(lineRules.map(\.needle)) }
    }
    /// Turns away the lines no line rule can match.
    private var lineGate = LineGate([])
    private(set) var metadataRules: [(key: String, pattern: TextPattern)] = []
    private(set) var pullQuote: TextPattern?
    private(set) var pullQuoteFilter: [Prefilter] = []
    private(set) var quotation: TextPattern?

    /// No rules at all (nothing is removed).
    init() {}

    /// Loads the rules from the data folder.
    /// - Throws: ``DataError/malformedLine(path:line:reason:)`` for an unknown rule kind or a pattern that does not
    ///   compile, or an error locating the file.
    static func load() throws(TextError) -> BoilerplateRules {
        let table = try TextError.loading { () throws(DataError) in
            try DataTable.load("text/boilerplate.tsv", columns: ["rule", "label", "needle", "pattern", "note"])
        }
        let rules = BoilerplateRules()
        for (line, fields) in table.rows {
            let pattern: TextPattern
            do {
                pattern = try TextPattern(fields[3])
            } catch {
                throw TextError.data(.malformedLine(path: table.path, line: line, reason: error.errorDescription))
            }
            switch fields[0] {
            case "line":
                rules.lineRules.append(LineRule(label: fields[1], needle: Prefilter.parse(fields[2]), pattern: pattern))
            case "metadata": rules.metadataRules.append((fields[1], pattern))
            case "pull-quote":
                rules.pullQuote = pattern
                rules.pullQuoteFilter = Prefilter.parse(fields[2])
            case "quotation": rules.quotation = pattern
            default:
                throw TextError.data(.malformedLine(
                    path: table.path, line: line,
                    reason: "rule must be line, metadata, pull-quote or quotation, not '\(fields[0])'"))
            }
        }
        return rules
    }

    /// The label of the first `line` rule that matches all of `line`, or `nil`.
    /// - Complexity: O(rules × line length).
    func lineLabel(_ line: UnsafeBufferPointer<UInt8>) -> String? {
        guard !line.isEmpty, lineGate.admits(line) else { return nil }
        for rule in lineRules {
            if !rule.needle.allSatisfy({ $0.admits(line) }) { continue }
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

    /// Whether `needle` occurs in `haystack`: memchr finds each place its anchor byte (its first byte that is not
    /// a space or a letter, so as rare as possible) could stand, memcmp checks the rest.
    /// - Complexity: O(n·m) at worst, about O(n) in practice.
    static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard let base = haystack.baseAddress, haystack.count >= needle.count else { return false }
        let anchor = needle.firstIndex { byte in
            !(byte == 0x20 || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A))
        } ?? 0
        return needle.withUnsafeBufferPointer { pattern -> Bool in
            guard let patternBase = pattern.baseAddress else { return true }
            var start = anchor
            let last = haystack.count - needle.count + anchor
            while start <= last {
                guard let found = memchr(base + start, Int32(pattern[anchor]), last - start + 1) else { return false }
                let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if memcmp(base + index - anchor, patternBase, pattern.count) == 0 { return true }
                start = index + 1
            }
            return false
        }
    }
}
