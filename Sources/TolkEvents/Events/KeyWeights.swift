import Foundation

/// Inverse document frequencies of keys over all sentences of both sides, so that an entity every sentence
/// mentions (the story's protagonist) counts little and a rare shared one (Sweden, 2016) counts much.
///
/// Keys are interned: each gets a dense id in the keys' sorted order, and a key set is a sorted array of ids
/// (``KeyIDs``), so that comparing two statements merges two short integer arrays instead of hashing strings,
/// and sums run in key order (the same sets give the same bits on every run).
struct KeyWeights: Sendable {
    /// A key set as ascending ids (ascending ids are ascending keys).
    typealias KeyIDs = [Int32]

    private var ids: [String: Int32] = [:]
    /// Weight by id: log(1 + N / df).
    private var weightByID: [Double] = []
    /// Whether the key of an id is a content word (`w:`), not an entity, date or number.
    private var isWordByID: [Bool] = []

    /// Weights from the key sets of all sentences: log(1 + N / df).
    /// - Complexity: O(k log k) for k distinct keys, plus the keys of every sentence.
    init(_ sentences: [Set<String>]) {
        var frequency: [String: Int] = [:]
        for keys in sentences { for key in keys { frequency[key, default: 0] += 1 } }
        let total = Double(max(sentences.count, 1))
        let sorted = frequency.keys.sorted()
        ids.reserveCapacity(sorted.count)
        for (id, key) in sorted.enumerated() {
            ids[key] = Int32(id)
            weightByID.append(log(1 + total / Double(frequency[key] ?? 1)))
            isWordByID.append(key.hasPrefix("w:"))
        }
    }

    /// The ids of `keys`, ascending; keys these weights do not know weigh nothing and are left out.
    func ids(_ keys: Set<String>) -> KeyIDs {
        keys.compactMap { ids[$0] }.sorted()
    }

    /// The summed weight of `keys`, in key order.
    func total(_ keys: KeyIDs) -> Double {
        keys.reduce(0) { $0 + weightByID[Int($1)] }
    }

    /// The cosine of two key sets whose totals are `leftTotal` and `rightTotal`: shared weight over the
    /// geometric mean of their weights, 0...1.
    func similarity(_ left: KeyIDs, _ leftTotal: Double, _ right: KeyIDs, _ rightTotal: Double) -> Double {
        let norm = (leftTotal * rightTotal).squareRoot()
        return norm > 0 ? overlap(left, right) / norm : 0
    }

    /// The summed weight of the keys `left` and `right` share, in key order.
    /// - Complexity: O(l + r).
    func overlap(_ left: KeyIDs, _ right: KeyIDs) -> Double {
        var sum = 0.0
        var i = 0, j = 0
        while i < left.count && j < right.count {
            if left[i] < right[j] { i += 1 } else if left[i] > right[j] { j += 1 } else {
                sum += weightByID[Int(left[i])]
                i += 1
                j += 1
            }
        }
        return sum
    }

    /// How many entity, date or number keys (not content words) `left` and `right` share.
    func sharedNonWords(_ left: KeyIDs, _ right: KeyIDs) -> Int {
        var count = 0
        var i = 0, j = 0
        while i < left.count && j < right.count {
            if left[i] < right[j] { i += 1 } else if left[i] > right[j] { j += 1 } else {
                if !isWordByID[Int(left[i])] { count += 1 }
                i += 1
                j += 1
            }
        }
        return count
    }

    /// The sorted union of `lists`.
    static func union(_ lists: [KeyIDs]) -> KeyIDs {
        if lists.count == 1, let only = lists.first { return only }
        var all = lists.flatMap { $0 }
        all.sort()
        var unique: KeyIDs = []
        unique.reserveCapacity(all.count)
        for id in all where unique.last != id { unique.append(id) }
        return unique
    }
}

/// The interned keys (``KeyWeights/KeyIDs``) of every sentence of a pair's two sides.
struct SentenceKeyIDs {
    let source: [KeyWeights.KeyIDs]
    let target: [KeyWeights.KeyIDs]

    init(source: SentenceKeys, target: SentenceKeys, weights: KeyWeights) {
        self.source = source.keys.map(weights.ids)
        self.target = target.keys.map(weights.ids)
    }

    /// The keys of the sentences `indices` of `side` (indices out of range are skipped).
    func keys(of indices: [Int], side: PairSide) -> KeyWeights.KeyIDs {
        let lists = side == .source ? source : target
        return KeyWeights.union(indices.filter { lists.indices.contains($0) }.map { lists[$0] })
    }
}
