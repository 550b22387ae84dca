/// A word as the Snowball stemmers see it: an array of Unicode scalars with the region marks
/// (`p1`, `p2`) the algorithms compute, and the suffix edits they perform.
///
/// Only the stemmers use this type; it keeps their code close to the published Snowball programs
/// (https://snowballstem.org/algorithms/), where a word is a string of characters edited at its end.
struct SnowballWord {
    var letters: [Unicode.Scalar]

    init(_ word: String) { letters = Array(word.unicodeScalars) }

    var count: Int { letters.count }

    var string: String {
        var result = String.UnicodeScalarView()
        result.append(contentsOf: letters)
        return String(result)
    }

    /// Whether the word ends with `suffix` (given as scalars).
    func hasSuffix(_ suffix: [Unicode.Scalar]) -> Bool {
        guard suffix.count <= letters.count else { return false }
        var index = letters.count - suffix.count
        for scalar in suffix {
            if letters[index] != scalar { return false }
            index += 1
        }
        return true
    }

    /// The longest suffix in `suffixes` that the word ends with, or `nil`.
    func longestSuffix(in suffixes: [[Unicode.Scalar]]) -> [Unicode.Scalar]? {
        var best: [Unicode.Scalar]?
        for suffix in suffixes where hasSuffix(suffix) && suffix.count > (best?.count ?? -1) {
            best = suffix
        }
        return best
    }

    /// Removes the last `count` letters.
    mutating func drop(_ count: Int) { letters.removeLast(Swift.min(count, letters.count)) }

    /// Replaces the last `count` letters with `replacement`.
    mutating func replaceSuffix(_ count: Int, with replacement: String) {
        drop(count)
        letters.append(contentsOf: replacement.unicodeScalars)
    }

    /// The letter at `index`, or `nil` outside the word.
    func letter(at index: Int) -> Unicode.Scalar? {
        index >= 0 && index < letters.count ? letters[index] : nil
    }
}

extension Array where Element == Unicode.Scalar {
    /// Scalars of a string literal, for suffix tables.
    init(scalarsOf text: String) { self = Array(text.unicodeScalars) }
}
