/// What the aligner compares between sentences: their length and a set of keys that a translation tends to
/// share (numbers, names, cognate spellings, punctuation, lexicon translations).
package struct SentenceEvidence: Sendable {
    /// Length in Unicode scalars (characters), the measure of the length model.
    package var length: Double
    /// Distinct keys, each tagged with its ``EvidenceKind`` in the top bits.
    package var keys: [UInt64]
    /// The keys of the content words, word by word, for comparable statement matching (empty for alignment).
    package var content: [ContentKey] = []
    /// The sentence is article furniture (``ArticleFurniture``): it carries no evidence and is never matched.
    package var isFurniture = false
    /// Its vector from a trained cross-language sentence encoder (TolkMatch's `SentenceEncoder`), unit length
    /// times 127, for comparable statement matching (empty for alignment).
    package var encoding: [Int8] = []

    /// The memberwise initializer, open to the modules above (TolkMatch builds statement evidence).
    package init(length: Double, keys: [UInt64], content: [ContentKey] = [], isFurniture: Bool = false) {
        self.length = length
        self.keys = keys
        self.content = content
        self.isFurniture = isFurniture
    }

    /// The same evidence in arrays of exactly their size, for evidence kept for every sentence of a collection
    /// (the arrays are built by appending, so up to half of their room is unused).
    package func compacted() -> SentenceEvidence {
        var copy = self
        copy.keys = keys.exactCopy()
        copy.content = content.exactCopy()
        copy.encoding = encoding.exactCopy()
        return copy
    }
}

extension Array {
    /// A copy whose storage holds its elements and no spare room.
    fileprivate func exactCopy() -> [Element] {
        guard !isEmpty else { return [] }
        return [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            _ = buffer.initialize(from: self)
            initialized = count
        }
    }
}

/// The kinds of shared evidence, each with the chance that a key of that kind in one sentence also appears
/// in its translation.
package enum EvidenceKind: UInt64, CaseIterable, Sendable {
    /// A number, digits only ("1.000,5" and "1,000.5" agree).
    case number = 0
    /// A capitalised word inside the sentence (a name), folded, genitive "s" dropped.
    case name = 1
    /// The first four folded letters of a word of four letters or more (Simard et al.'s cognate test).
    case cognate = 2
    /// A question mark, exclamation mark, quotation mark or parenthesis.
    case punctuation = 3
    /// A lexicon translation (source side) or the word's own stem (target side).
    case translation = 4

    /// Chance that a key of this kind in a sentence also appears in its translation. These are priors set once
    /// from what the kinds are, not fitted to any test set: digits and names are copied, quotes and question
    /// marks mostly kept, a minority of words are cognates.
    package var matchProbability: Double {
        switch self {
        case .number: return 0.85
        case .name: return 0.75
        case .cognate: return 0.35
        case .punctuation: return 0.75
        case .translation: return 0.5
        }
    }

    static let shift: UInt64 = 60

    /// `hash` tagged with this kind.
    @inline(__always)
    func tag(_ hash: UInt64) -> UInt64 { (hash & ((1 << Self.shift) - 1)) | (rawValue << Self.shift) }

    /// The kind a tagged key carries.
    @inline(__always)
    package static func of(_ key: UInt64) -> EvidenceKind { EvidenceKind(rawValue: key >> shift) ?? .cognate }
}

/// Whether `keys`, sorted ascending, hold `key` (binary search).
/// - Complexity: O(log n).
@inline(__always)
package func sortedKeys(_ keys: [UInt64], contain key: UInt64) -> Bool {
    var low = 0
    var high = keys.count
    while low < high {
        let middle = (low + high) / 2
        if keys[middle] < key { low = middle + 1 } else { high = middle }
    }
    return low < keys.count && keys[low] == key
}
