import Foundation

/// Settings for learning a lexicon from line-aligned parallel text.
public struct InductionOptions: Sendable {
    /// EM rounds of IBM Model 1 in each direction.
    public var iterations = 5
    /// Sentence pairs with more words than this on either side are skipped.
    public var maximumSentenceLength = 50
    /// Words in fewer sentence pairs than this are merged into one rare-word id and never become entries.
    public var minimumCount = 2
    /// A pair is kept when the geometric mean of t(target | source) and t(source | target) reaches this.
    public var minimumScore = 0.05
    /// At most this many translations per word, counted from each side.
    public var translationsPerWord = 4
    /// The origin written on every learned entry.
    public var origin = "europarl"

    public init() {}
}

/// Learns a translation table from a line-aligned parallel corpus with IBM Model 1 in both directions, and
/// keeps the pairs both directions agree on.
///
/// A pair's weight is the geometric mean of the two directions' probabilities, t(target | source) and
/// t(source | target), so a frequent word that co-occurs with everything scores low both ways. Each word
/// keeps its best ``InductionOptions/translationsPerWord`` partners seen from either side.
///
/// ```swift
/// let entries = try LexiconInducer(options: InductionOptions()).induce(source: danishURL, target: englishURL)
/// ```
public struct LexiconInducer: Sendable {
    public let options: InductionOptions

    public init(options: InductionOptions) { self.options = options }

    /// Learned entries (surface forms, lower case), unsorted; write them with ``LexiconTSV/write(_:)``.
    ///
    /// - Parameters:
    ///   - source: UTF-8 text, one sentence per line.
    ///   - target: Its translation, line by line.
    /// - Throws: ``LexiconError`` when a file is unreadable or the line counts differ.
    /// - Complexity: O(iterations · Σ |source|·|target|) time; memory one 32-bit number per word pair
    ///   of every sentence pair.
    public func induce(source: URL, target: URL) throws(LexiconError) -> [LexiconEntry] {
        try induce(sourcePath: source.path, targetPath: target.path)
    }

    /// Learned entries, as ``induce(source:target:)``, from files named by path; either may be "-" for standard
    /// input (named `<stdin>` in errors).
    public func induce(sourcePath: String, targetPath: String) throws(LexiconError) -> [LexiconEntry] {
        let corpus = try ParallelCorpus(source: sourcePath, target: targetPath,
                                        maximumLength: options.maximumSentenceLength)
        let sourceIDs = compactIDs(corpus.source)
        let targetIDs = compactIDs(corpus.target)
        let table = PairTable(corpus: corpus, sourceIDs: sourceIDs, targetIDs: targetIDs)
        let model = WordTranslationModel(
            table: table, corpus: corpus, sourceIDs: sourceIDs, targetIDs: targetIDs, iterations: options.iterations)
        return entries(table: table, model: model, corpus: corpus, sourceIDs: sourceIDs, targetIDs: targetIDs)
    }

    /// Word id -> learning id: frequent words keep their own, rare ones share the last id.
    private func compactIDs(_ side: CorpusSide) -> [Int32] {
        var next: Int32 = 0
        var ids = side.sentenceFrequency.map { frequency -> Int32 in
            guard frequency >= options.minimumCount else { return -1 }
            defer { next += 1 }
            return next
        }
        for index in ids.indices where ids[index] < 0 { ids[index] = next }
        return ids
    }

    private func entries(
        table: PairTable, model: WordTranslationModel, corpus: ParallelCorpus, sourceIDs: [Int32], targetIDs: [Int32]
    ) -> [LexiconEntry] {
        let sourceWords = wordsByID(corpus.source, sourceIDs)
        let targetWords = wordsByID(corpus.target, targetIDs)
        var bySource: [Int32: [(pair: Int, score: Float)]] = [:]
        var byTarget: [Int32: [(pair: Int, score: Float)]] = [:]
        for pair in 0..<table.count {
            let source = table.sources[pair]
            let target = table.targets[pair]
            guard sourceWords[Int(source)] != nil, targetWords[Int(target)] != nil else { continue }
            let score = (model.forward[pair] * model.backward[pair]).squareRoot()
            guard Double(score) >= options.minimumScore else { continue }
            bySource[source, default: []].append((pair, score))
            byTarget[target, default: []].append((pair, score))
        }
        var kept = Set<Int>()
        for candidates in [bySource, byTarget] {
            for (_, list) in candidates {
                let best = list.sorted { $0.score != $1.score ? $0.score > $1.score : $0.pair < $1.pair }
                for candidate in best.prefix(options.translationsPerWord) { kept.insert(candidate.pair) }
            }
        }
        return kept.sorted().compactMap { pair in
            guard let source = sourceWords[Int(table.sources[pair])],
                let target = targetWords[Int(table.targets[pair])]
            else { return nil }
            let score = Double((model.forward[pair] * model.backward[pair]).squareRoot())
            return LexiconEntry(source: source, target: target, weight: score, origin: options.origin)
        }
    }

    /// Learning id -> word, `nil` for the shared rare-word id.
    private func wordsByID(_ side: CorpusSide, _ ids: [Int32]) -> [String?] {
        var words = [String?](repeating: nil, count: Int((ids.max() ?? 0) + 1))
        for (word, id) in ids.enumerated() where side.sentenceFrequency[word] >= options.minimumCount {
            words[Int(id)] = side.vocabulary[word]
        }
        return words
    }
}
