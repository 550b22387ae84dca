/// IBM Model 1 (Brown et al. 1993) word-translation probabilities trained by expectation-maximisation,
/// in both directions over one ``PairTable``.
///
/// `forward[p]` is t(target | source) and `backward[p]` is t(source | target) for pair number p; each
/// direction has an empty word (NULL) on the conditioning side that soaks up unaligned words.
struct WordTranslationModel {
    var forward: [Float]
    var backward: [Float]

    /// Trains both directions for `iterations` EM rounds.
    ///
    /// - Complexity: O(iterations · Σ |source|·|target|), arrays only.
    init(table: PairTable, corpus: ParallelCorpus, sourceIDs: [Int32], targetIDs: [Int32], iterations: Int) {
        let sourceVocabulary = (sourceIDs.max() ?? 0) + 1
        let targetVocabulary = (targetIDs.max() ?? 0) + 1
        forward = Array(repeating: 1, count: table.count)
        backward = Array(repeating: 1, count: table.count)
        var forwardEmpty = Array(repeating: Float(1), count: Int(targetVocabulary))
        var backwardEmpty = Array(repeating: Float(1), count: Int(sourceVocabulary))
        for _ in 0..<max(0, iterations) {
            WordTranslationModel.iterate(
                probabilities: &forward, empty: &forwardEmpty, table: table, corpus: corpus, sourceIDs: sourceIDs,
                targetIDs: targetIDs, conditionedOnSource: true, conditioningVocabulary: Int(sourceVocabulary))
            WordTranslationModel.iterate(
                probabilities: &backward, empty: &backwardEmpty, table: table, corpus: corpus, sourceIDs: sourceIDs,
                targetIDs: targetIDs, conditionedOnSource: false, conditioningVocabulary: Int(targetVocabulary))
        }
    }

    /// One EM round. With `conditionedOnSource`, each target word is explained by the sentence's source words
    /// (t(target | source)); otherwise the roles swap.
    private static func iterate(
        probabilities: inout [Float], empty: inout [Float], table: PairTable, corpus: ParallelCorpus,
        sourceIDs: [Int32], targetIDs: [Int32], conditionedOnSource: Bool, conditioningVocabulary: Int
    ) {
        var counts = Array(repeating: Float(0), count: probabilities.count)
        var emptyCounts = Array(repeating: Float(0), count: empty.count)
        probabilities.withUnsafeBufferPointer { t in
            counts.withUnsafeMutableBufferPointer { c in
                table.cells.withUnsafeBufferPointer { cells in
                    for sentence in 0..<corpus.source.sentenceCount {
                        let sourceWords = corpus.source.sentence(sentence)
                        let targetWords = corpus.target.sentence(sentence)
                        let base = table.cellOffsets[sentence]
                        let width = sourceWords.count
                        let explained = conditionedOnSource ? targetWords : sourceWords
                        let explaining = conditionedOnSource ? sourceWords.count : targetWords.count
                        for (position, word) in explained.enumerated() {
                            let id = Int(conditionedOnSource ? targetIDs[Int(word)] : sourceIDs[Int(word)])
                            var total = empty[id]
                            for other in 0..<explaining {
                                let cell = conditionedOnSource ? base + position * width + other : base + other * width + position
                                total += t[Int(cells[cell])]
                            }
                            guard total > 0 else { continue }
                            let scale = 1 / total
                            emptyCounts[id] += empty[id] * scale
                            for other in 0..<explaining {
                                let cell = conditionedOnSource ? base + position * width + other : base + other * width + position
                                let pair = Int(cells[cell])
                                c[pair] += t[pair] * scale
                            }
                        }
                    }
                }
            }
        }
        var totals = Array(repeating: Float(0), count: conditioningVocabulary)
        let conditioning = conditionedOnSource ? table.sources : table.targets
        for pair in counts.indices { totals[Int(conditioning[pair])] += counts[pair] }
        for pair in counts.indices {
            let total = totals[Int(conditioning[pair])]
            probabilities[pair] = total > 0 ? counts[pair] / total : 0
        }
        let emptyTotal = emptyCounts.reduce(0, +)
        for id in empty.indices { empty[id] = emptyTotal > 0 ? emptyCounts[id] / emptyTotal : 0 }
    }
}
