/// Every distinct (source word, target word) pair that co-occurs in a sentence pair, numbered densely, and
/// for every sentence pair the number of each of its |source|×|target| word pairs (target-major), so that
/// alignment models iterate over flat arrays instead of hashing.
struct PairTable {
    /// Pair number -> source word id.
    var sources: [Int32] = []
    /// Pair number -> target word id.
    var targets: [Int32] = []
    /// Pair number -> number of sentence pairs in which both words occur.
    var cooccurrences: [Int32] = []
    /// For sentence pair s, `cells[cellOffsets[s]..<cellOffsets[s + 1]]` holds the pair number of
    /// (source word i, target word j) at `j * sourceLength + i`.
    var cells: [Int32] = []
    var cellOffsets: [Int] = [0]

    /// Builds the table over `corpus`, where `sourceIDs`/`targetIDs` map word ids to the ids used for
    /// learning (rare words merged into one id).
    ///
    /// - Complexity: O(Σ |source|·|target|) hash-table probes, once.
    init(corpus: ParallelCorpus, sourceIDs: [Int32], targetIDs: [Int32]) {
        var keys = PairHash(capacity: 1 << 22)
        var lastSeen: [Int32] = []
        cells.reserveCapacity(corpus.source.words.count * 24)
        for sentence in 0..<corpus.source.sentenceCount {
            let sourceWords = corpus.source.sentence(sentence)
            let targetWords = corpus.target.sentence(sentence)
            let stamp = Int32(truncatingIfNeeded: sentence)
            for targetWord in targetWords {
                let target = targetIDs[Int(targetWord)]
                for sourceWord in sourceWords {
                    let source = sourceIDs[Int(sourceWord)]
                    let key = UInt64(UInt32(bitPattern: source)) << 32 | UInt64(UInt32(bitPattern: target))
                    let (number, inserted) = keys.number(for: key, next: Int32(sources.count))
                    if inserted {
                        sources.append(source)
                        targets.append(target)
                        cooccurrences.append(0)
                        lastSeen.append(-1)
                    }
                    if lastSeen[Int(number)] != stamp {
                        lastSeen[Int(number)] = stamp
                        cooccurrences[Int(number)] += 1
                    }
                    cells.append(number)
                }
            }
            cellOffsets.append(cells.count)
        }
    }

    var count: Int { sources.count }
}

/// An open-addressing hash map from 64-bit pair keys to dense pair numbers (linear probing, grows at half full).
struct PairHash {
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    private var used = 0
    private static let empty = UInt64.max

    init(capacity: Int) {
        keys = Array(repeating: PairHash.empty, count: capacity)
        values = Array(repeating: 0, count: capacity)
        mask = capacity - 1
    }

    /// The number stored for `key`, or `next` after storing it (then `inserted` is true).
    mutating func number(for key: UInt64, next: Int32) -> (number: Int32, inserted: Bool) {
        var slot = PairHash.slot(key) & mask
        while true {
            let stored = keys[slot]
            if stored == key { return (values[slot], false) }
            if stored == PairHash.empty { break }
            slot = (slot + 1) & mask
        }
        keys[slot] = key
        values[slot] = next
        used += 1
        if used * 2 > keys.count { grow() }
        return (next, true)
    }

    private static func slot(_ key: UInt64) -> Int {
        var hash = key &* 0x9E37_79B9_7F4A_7C15
        hash ^= hash >> 29
        return Int(truncatingIfNeeded: hash)
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = Array(repeating: PairHash.empty, count: oldKeys.count * 2)
        values = Array(repeating: 0, count: oldKeys.count * 2)
        mask = keys.count - 1
        for (index, key) in oldKeys.enumerated() where key != PairHash.empty {
            var slot = PairHash.slot(key) & mask
            while keys[slot] != PairHash.empty { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = oldValues[index]
        }
    }
}
