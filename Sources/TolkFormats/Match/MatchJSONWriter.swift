import Foundation
import TolkAlign
import TolkEvents
import TolkMatch
import TolkText

/// Writes a ``ComparableMatch`` as the JSON of `tolk match --format json`.
///
/// Keys are snake case and sorted, so the same result gives the same bytes on every run. An annotator may add
/// `entities` and `events` to each pair before it is written:
/// ```swift
/// let writer = MatchJSONWriter { matched, pair in
///     pair.entities = links(for: matched).map(AnyEncodable.init)
/// }
/// let text = try writer.json(result)
/// ```
public struct MatchJSONWriter: Sendable {
    /// Fills a pair's JSON (its `entities` and `events`, or more) from the matched pair.
    public typealias Annotator = @Sendable (MatchedPair, inout MatchJSON.Pair) -> Void
    /// Prepares the annotation of one batch of pairs (such as analysing them) and returns its annotator.
    public typealias BatchAnnotator = @Sendable ([MatchedPair]) throws -> Annotator

    private let annotate: Annotator?
    private let annotateBatch: BatchAnnotator?

    /// Sentences (both sides) a batch of ``write(_:batch:to:)`` and ``writeLines(_:fields:batch:to:)`` holds at
    /// most, besides its first pair: long documents come in part pairs of hundreds of sentences each, whose
    /// JSON is many times their text.
    public static let batchSentences = 4_000

    /// A writer; `annotate`, when given, is called once per pair.
    public init(annotate: Annotator? = nil) {
        self.annotate = annotate
        annotateBatch = nil
    }

    /// A writer that prepares the annotation of each batch of pairs as it comes (`annotateBatch`, called once
    /// per batch with the batch's pairs), so that what annotation needs is held for one batch at a time.
    public init(annotateBatch: @escaping BatchAnnotator) {
        annotate = nil
        self.annotateBatch = annotateBatch
    }

    /// Hands every pair of `result` to `body` in order, with its number and its analysis, analysing the pairs a
    /// batch at a time (``batchEnd(_:from:limit:)``) so that only one batch's analyses are held: the one loop of the
    /// text and HTML event writers.
    /// - Throws: what `analyses` and `body` throw.
    static func forEachAnalysedPair(
        _ result: ComparableMatch, batch: Int, analyses: ([MatchedPair]) throws -> MatchAnalyses,
        _ body: (_ number: Int, _ matched: MatchedPair, _ analysis: PairAnalysis?) throws -> Void
    ) throws {
        var start = 0
        while start < result.pairs.count {
            let end = batchEnd(result.pairs, from: start, limit: batch)
            let batchAnalyses = try analyses(Array(result.pairs[start..<end]))
            for number in start..<end {
                try body(number, result.pairs[number], batchAnalyses.analysis(of: result.pairs[number]))
            }
            start = end
        }
    }

    /// The end of the batch of `pairs` starting at `start`: at most `limit` pairs and, after the first,
    /// at most ``batchSentences`` sentences.
    static func batchEnd(_ pairs: [MatchedPair], from start: Int, limit: Int) -> Int {
        var end = start
        var sentences = 0
        while end < pairs.count && end - start < max(limit, 1) {
            sentences += pairs[end].source.sentences.count + pairs[end].target.sentences.count
            if end > start && sentences > batchSentences { break }
            end += 1
        }
        return end
    }

    /// The annotator of one batch of pairs.
    private func annotator(_ pairs: ArraySlice<MatchedPair>) throws -> Annotator? {
        if let annotateBatch { return try annotateBatch(Array(pairs)) }
        return annotate
    }

    /// The JSON value of `result`, after annotation.
    /// - Complexity: O(n) in the size of the result, plus the annotator's work.
    public func value(_ result: ComparableMatch) throws -> MatchJSON {
        var json = MatchJSON(result)
        if let annotate = try annotator(result.pairs[...]) {
            for index in json.pairs.indices { annotate(result.pairs[index], &json.pairs[index]) }
        }
        return json
    }

    /// The JSON text of `result` (pretty-printed, keys sorted, ending with a line break).
    ///
    /// The pairs are encoded on the cores, each on its own, and indented into the document's `pairs` array: the
    /// same bytes as encoding the whole value at once (``jsonInOnePass(_:)``).
    /// - Throws: `EncodingError` when an annotation cannot be encoded (such as a non-finite number).
    /// - Complexity: O(n) in the size of the result.
    public func json(_ result: ComparableMatch) throws -> String {
        var document = try value(result)
        let pairs = document.pairs
        document.pairs = []
        var text = String(decoding: try Self.encoder().encode(document), as: UTF8.self)
        // An empty array prints as "[", an empty line, and "]" indented to its depth.
        let emptyPairs = "\"pairs\" : [\n\n  ]"
        guard !pairs.isEmpty, let slot = text.range(of: emptyPairs) else { return try jsonInOnePass(result) }
        let costs = pairs.map { $0.statements.count + $0.onlyInSource.count + $0.onlyInTarget.count }
        let encoded = try Parallel.map(pairs, costs: costs, state: { Self.encoder() }) { encoder, pair in
            Self.indented(try encoder.encode(pair), by: 4)
        }
        text.replaceSubrange(slot, with: "\"pairs\" : [\n" + encoded.joined(separator: ",\n") + "\n  ]")
        return text + "\n"
    }

    /// Hands the JSON text of `result` to `emit` piece by piece: the same bytes as ``json(_:)``, but only
    /// `batch` pairs (and at most ``batchSentences`` sentences) are annotated and encoded (on the cores) at a
    /// time, so that a caller writing the pieces out never holds the whole text.
    /// - Throws: `EncodingError` when an annotation cannot be encoded; whatever `emit` throws.
    /// - Complexity: O(n) in the size of the result; memory O(batch) pairs besides the result.
    public func write(_ result: ComparableMatch, batch: Int = 64, to emit: (String) throws -> Void) throws {
        let skeleton = MatchJSON(ComparableMatch(pairs: [], unmatchedSources: result.unmatchedSources,
                                                 unmatchedTargets: result.unmatchedTargets))
        let text = String(decoding: try Self.encoder().encode(skeleton), as: UTF8.self)
        // An empty array prints as "[", an empty line, and "]" indented to its depth.
        let emptyPairs = "\"pairs\" : [\n\n  ]"
        guard !result.pairs.isEmpty, let slot = text.range(of: emptyPairs) else {
            return try emit(try json(result))
        }
        try emit(String(text[..<slot.lowerBound]) + "\"pairs\" : [\n")
        try annotatedBatches(of: result, batch: batch) { start, pairs in
            let encoded = try Parallel.map(pairs, state: { Self.encoder() }) { encoder, pair in
                Self.indented(try encoder.encode(pair), by: 4)
            }
            try emit((start > 0 ? ",\n" : "") + encoded.joined(separator: ",\n"))
        }
        try emit("\n  ]" + String(text[slot.upperBound...]) + "\n")
    }

    /// Hands the pairs of `result` to `body` as JSON values, annotated a batch at a time (`batch` pairs, at most
    /// ``batchSentences`` sentences), with the index of the batch's first pair.
    private func annotatedBatches(of result: ComparableMatch, batch: Int,
                                  _ body: (_ start: Int, _ pairs: [MatchJSON.Pair]) throws -> Void) throws {
        var start = 0
        while start < result.pairs.count {
            let end = Self.batchEnd(result.pairs, from: start, limit: batch)
            let annotate = try annotator(result.pairs[start..<end])
            try body(start, result.pairs[start..<end].map { matched in
                var pair = MatchJSON.Pair(matched)
                annotate?(matched, &pair)
                return pair
            })
            start = end
        }
    }

    /// Hands `result` to `emit` as JSON Lines (`tolk match --format jsonl`), one line per call: each pair as
    /// ``json(_:)`` encodes it (after annotation), on one line, then one `{"id", "unmatched": "source"|"target"}`
    /// line per document without a counterpart, sources first, in input order. `fields` gives a document's
    /// passed-through record fields (a JSON object text) by side and id: they are added to its pair line as
    /// `source_fields` / `target_fields`, and to its unmatched line as `fields`, after the line's own keys.
    /// Pairs are annotated and encoded `batch` at a time (at most ``batchSentences`` sentences; on the cores)
    /// and written as they are encoded.
    /// - Throws: `EncodingError` when an annotation cannot be encoded; whatever `emit` throws.
    /// - Complexity: O(n) in the size of the result; memory O(batch) pairs besides the result.
    public func writeLines(_ result: ComparableMatch, fields: @escaping @Sendable (Side, String) -> String? = { _, _ in nil },
                           batch: Int = 64, to emit: (String) throws -> Void) throws {
        try annotatedBatches(of: result, batch: batch) { _, pairs in
            let encoded = try Parallel.map(pairs, state: { Self.lineEncoder() }) { encoder, pair in
                Self.adding([("source_fields", fields(.source, pair.source)),
                             ("target_fields", fields(.target, pair.target))],
                            to: try encoder.encode(pair))
            }
            try emit(encoded.joined())
        }
        let encoder = Self.lineEncoder()
        for (side, documents) in [(Side.source, result.unmatchedSources), (.target, result.unmatchedTargets)] {
            for document in documents {
                let line = try encoder.encode(MatchJSON.Unmatched(unmatched: side.rawValue, id: document.id))
                try emit(Self.adding([("fields", fields(side, document.id))], to: line))
            }
        }
    }

    /// The side of a document, as JSON Lines name it.
    public enum Side: String, Sendable {
        case source, target
    }

    /// `object` (one encoded JSON object) with `members` (key, JSON text; nil ones left out) added before its
    /// closing brace, and a line break.
    private static func adding(_ members: [(String, String?)], to object: Data) -> String {
        var text = String(decoding: object, as: UTF8.self)
        let extra = members.compactMap { key, value in value.map { "\"\(key)\":\($0)" } }
        if !extra.isEmpty, text.hasSuffix("}") {
            text.removeLast()
            text += (text.hasSuffix("{") ? "" : ",") + extra.joined(separator: ",") + "}"
        }
        return text + "\n"
    }

    /// The encoder of one JSON Lines line: as ``encoder()``, on one line.
    private static func lineEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return encoder
    }

    /// ``json(_:)`` by one encoder over the whole value.
    /// - Complexity: O(n) in the size of the result.
    func jsonInOnePass(_ result: ComparableMatch) throws -> String {
        String(decoding: try Self.encoder().encode(try value(result)), as: UTF8.self) + "\n"
    }

    /// The encoder of the format: keys sorted and in snake case, pretty-printed, slashes as they are.
    private static func encoder() -> JSONEncoder {
        JSONStyle.encoder(pretty: true)
    }

    /// `json` with `width` spaces before every line that is not empty (pretty-printed JSON has line breaks
    /// only between tokens: strings escape theirs).
    private static func indented(_ json: Data, by width: Int) -> String {
        json.withUnsafeBytes { bytes in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + bytes.count / 4)
            let margin = [UInt8](repeating: 0x20, count: width)
            var start = 0
            while start < bytes.count {
                // One line at a time, its line break included; an empty line gets no margin.
                var end = start
                while end < bytes.count && bytes[end] != 0x0A { end += 1 }
                if end > start { output += margin }
                output.append(contentsOf: bytes[start..<min(end + 1, bytes.count)])
                start = end + 1
            }
            return String(decoding: output, as: UTF8.self)
        }
    }
}
