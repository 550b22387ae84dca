import Foundation

/// Inverse document frequencies of keys over all sentences of both sides, so that an entity every sentence
/// mentions (the story's protagonist) counts little and a rare shared one (Sweden, 2016) counts much.
struct KeyWeights: Sendable {
    private var weights: [String: Double] = [:]

    /// Weights from the key sets of all sentences: log(1 + N / df).
    init(_ sentences: [Set<String>]) {
        var frequency: [String: Int] = [:]
        for keys in sentences { for key in keys { frequency[key, default: 0] += 1 } }
        let total = Double(max(sentences.count, 1))
        for (key, count) in frequency { weights[key] = log(1 + total / Double(count)) }
    }

    /// The weight of one key (0 when unknown).
    func weight(of key: String) -> Double { weights[key] ?? 0 }

    /// The summed weight of `keys`.
    func total(_ keys: Set<String>) -> Double {
        keys.sorted().reduce(0) { $0 + (weights[$1] ?? 0) }
    }

    /// The cosine of two key sets under these weights: shared weight over the geometric mean of their weights,
    /// 0...1.
    func similarity(_ left: Set<String>, _ right: Set<String>) -> Double {
        let norm = (total(left) * total(right)).squareRoot()
        return norm > 0 ? overlap(left, right) / norm : 0
    }

    /// The summed weight of the keys `left` and `right` share.
    func overlap(_ left: Set<String>, _ right: Set<String>) -> Double {
        // Summed in key order: the same sets give the same bits on every run.
        var sum = 0.0
        for key in left.intersection(right).sorted() { sum += weights[key] ?? 0 }
        return sum
    }
}
