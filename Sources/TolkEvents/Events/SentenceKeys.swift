import TolkText

/// The cross-language keys of each sentence of one side: linked entity keys and date/number keys.
struct SentenceKeys: Sendable {
    private(set) var keys: [Set<String>]
    private(set) var quantities: [[WrittenQuantity]]
    private let starts: [Int]

    /// Keys for `sentences`, from the link mentions of this side (`mentions`: key and byte range) and `found`.
    /// - Complexity: O((m + q) log s) for m mentions, q quantities and s sentences.
    init(sentences: [Sentence], mentions: [(key: String, range: [Int])], found: [WrittenQuantity]) {
        keys = Array(repeating: [], count: sentences.count)
        quantities = Array(repeating: [], count: sentences.count)
        starts = sentences.map(\.range.lowerBound)
        for mention in mentions {
            guard let offset = mention.range.first, let index = sentenceIndex(containing: offset, sentences) else {
                continue
            }
            keys[index].insert(mention.key)
        }
        for quantity in found {
            guard let index = sentenceIndex(containing: quantity.range.lowerBound, sentences) else { continue }
            keys[index].insert(quantity.key)
            quantities[index].append(quantity)
        }
    }

    /// Adds `extra[i]` to the keys of sentence `i` (content-word keys).
    mutating func add(_ extra: [Set<String>]) {
        for index in keys.indices where extra.indices.contains(index) { keys[index].formUnion(extra[index]) }
    }

    /// The keys of the sentences `indices`.
    func keys(of indices: [Int]) -> Set<String> {
        var result: Set<String> = []
        for index in indices where keys.indices.contains(index) { result.formUnion(keys[index]) }
        return result
    }

    private func sentenceIndex(containing offset: Int, _ sentences: [Sentence]) -> Int? {
        var low = 0, high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] <= offset { low = middle + 1 } else { high = middle }
        }
        let index = low - 1
        guard index >= 0, sentences[index].range.contains(offset) else { return nil }
        return index
    }
}
