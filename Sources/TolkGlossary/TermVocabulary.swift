/// Interns the terms of one side of a glossary run: matching keys (stems) to small integers, with the number of
/// units each key occurs in and the written forms it was seen as.
struct TermVocabulary {
    private(set) var keys: [String] = []
    private var ids: [String: Int32] = [:]
    /// Units each term occurs in (counted once per unit).
    private(set) var unitCounts: [Int] = []

    /// The first written form (lower case) seen for each key, by id.
    private(set) var forms: [String] = []

    /// The id of `key`, adding it when new with `form` as its written form.
    mutating func intern(_ key: String, form: String? = nil) -> Int32 {
        if let id = ids[key] { return id }
        let id = Int32(keys.count)
        keys.append(key)
        forms.append(form ?? key)
        ids[key] = id
        unitCounts.append(0)
        return id
    }

    /// The id of `key`, or nil.
    func id(of key: String) -> Int32? { ids[key] }

    /// Counts one unit for each id in `types` (distinct ids).
    mutating func countUnit(_ types: [Int32]) {
        for id in types { unitCounts[Int(id)] += 1 }
    }

    var count: Int { keys.count }
}

/// A word of an aligned unit: its matching key id, how it is written, and whether it is inside a name.
struct UnitWord {
    var id: Int32
    var surface: String
    var isName: Bool
    /// Whether the previous token of the passage is the previous word (nothing but space between them).
    var followsWord: Bool
    /// The whole name when the word is part of a name of several words ("North" of "North Korea").
    var name: String? = nil
    /// Whether the word is the first of its passage (written in lower case there, whatever its capital).
    var startsPassage = false
    /// Whether this is a fixed phrase of several words taken as one ("i stedet", "at least").
    var isPhrase = false

    /// Whether the word is inside a recognised name or written with a capital away from the passage's start.
    var looksLikeName: Bool { isName || surface.first?.isUppercase == true }
}

/// Counts of written forms (or form pairs), to show each term as it is most often written.
struct FormCounter {
    private var counts: [String: Int] = [:]

    mutating func add(_ form: String) { counts[form, default: 0] += 1 }

    /// Whether `form` was seen.
    func contains(_ form: String) -> Bool { counts[form] != nil }

    /// The most frequent form; ties go to the alphabetically first one.
    var mostFrequent: String? {
        counts.max { lhs, rhs in lhs.value != rhs.value ? lhs.value < rhs.value : lhs.key > rhs.key }?.key
    }
}

/// The key of an ordered pair of term ids.
@inline(__always) func pairKey(_ source: Int32, _ target: Int32) -> UInt64 {
    UInt64(UInt32(bitPattern: source)) << 32 | UInt64(UInt32(bitPattern: target))
}

/// Votes for the unlinked neighbours of a pair's words, one per unit and neighbour, per side.
struct NeighbourVotes {
    private var votes: [UInt64: Int] = [:]

    /// Counts one unit for each of `ids` on `side` (0 source, 1 target).
    mutating func add(_ ids: [Int32], side: UInt64) {
        for id in Set(ids) { votes[side << 32 | UInt64(UInt32(bitPattern: id)), default: 0] += 1 }
    }

    /// Whether one neighbour stood unlinked beside the pair in more than half of its `count` units.
    func hasMajority(of count: Int) -> Bool { votes.values.contains { $0 * 2 > count } }
}
