import Foundation

/// The sentences of one document in a cross-language word space (``WordSpace``): each sentence's rarest content
/// words, chosen once per sentence, so that comparing two sentences costs a few word-to-word cosines.
struct SentenceMeanings {
    private let space: WordSpace?
    /// The sentence's content words (rarity at least ``minimumRarity``), rarest first, at most ``maximumWords``.
    private let content: [[UInt16]]

    /// Words commoner than this (idf in nats: in more than about one Europarl sentence in eight) are function
    /// words for the word alignment.
    static let minimumRarity: Float = 2
    /// Content words per sentence the word alignment compares (the rarest).
    static let maximumWords = 16

    /// The meanings of sentences whose word ids in `space` are `words`; without a space every measure is 0.
    init(space: WordSpace?, words: [[UInt16]]) {
        self.space = space
        guard let space else {
            content = []
            return
        }
        content = words.map { ids in
            let kept = ids.filter { space.rarity(of: $0) >= Self.minimumRarity }
            let sorted = kept.sorted { a, b in
                let ra = space.rarity(of: a), rb = space.rarity(of: b)
                return ra != rb ? ra > rb : a < b
            }
            return Array(sorted.prefix(Self.maximumWords))
        }
    }

    /// How well the content words of sentence `i` and sentence `j` of `other` find a counterpart: each word's
    /// best cosine with a word of the other sentence, rarity-weighted, averaged over both directions (0 when
    /// either has no content word, or without a space).
    /// - Complexity: O(a b d) for a and b content words of d dimensions.
    func wordAlignment(_ i: Int, _ other: SentenceMeanings, _ j: Int) -> Double {
        guard let space, content.indices.contains(i), other.content.indices.contains(j) else { return 0 }
        let left = content[i], right = other.content[j]
        guard !left.isEmpty, !right.isEmpty else { return 0 }
        var leftBest = [Float](repeating: -1, count: left.count)
        var rightBest = [Float](repeating: -1, count: right.count)
        for (a, x) in left.enumerated() {
            for (b, y) in right.enumerated() {
                let similarity = space.similarity(x, y)
                leftBest[a] = max(leftBest[a], similarity)
                rightBest[b] = max(rightBest[b], similarity)
            }
        }
        func mean(_ ids: [UInt16], _ best: [Float]) -> Double {
            var total: Float = 0, weight: Float = 0
            for (id, value) in zip(ids, best) {
                total += space.rarity(of: id) * value
                weight += space.rarity(of: id)
            }
            return Double(total / weight)
        }
        return (mean(left, leftBest) + mean(right, rightBest)) / 2
    }
}
