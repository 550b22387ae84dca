/// The Snowball Danish stemmer, transcribed from the published algorithm
/// (https://snowballstem.org/algorithms/danish/stemmer.html, `danish.sbl`).
///
/// Steps: mark R1; delete the longest main suffix in R1 (`-erne`, `-hedens`, `-s` after a valid
/// s-ending ...); undo a final consonant pair (`-gd`, `-dt`, `-gt`, `-kt`); delete `-ig`, `-lig`, `-elig`,
/// `-els`, turn `-løst` into `-løs`; undouble a final consonant.
enum DanishStemmer {
    private static let vowels: Set<Unicode.Scalar> = Set("aeiouyæåø".unicodeScalars)
    /// The consonants whose doubling the last step undoes (Snowball 3: not c, h, j, q, v, w, x, z).
    private static let undoubleConsonants: Set<Unicode.Scalar> = Set("bdfgklmnprst".unicodeScalars)
    private static let validSEndings: Set<Unicode.Scalar> = Set("'abcdfghjklmnoprtvyzå".unicodeScalars)
    private static let mainSuffixes: [[Unicode.Scalar]] = [
        "hed", "ethed", "ered", "e", "erede", "ende", "erende", "ene", "erne", "ere", "en", "heden", "eren", "er",
        "heder", "erer", "heds", "es", "endes", "erendes", "enes", "ernes", "eres", "ens", "hedens", "erens", "ers",
        "ets", "erets", "et", "eret", "s",
    ].map { Array(scalarsOf: $0) }
    private static let consonantPairs: [[Unicode.Scalar]] = ["gd", "dt", "gt", "kt"].map { Array(scalarsOf: $0) }
    private static let otherSuffixes: [[Unicode.Scalar]] = ["ig", "lig", "elig", "els", "løst"].map {
        Array(scalarsOf: $0)
    }
    private static let igst: [Unicode.Scalar] = Array(scalarsOf: "igst")

    /// The stem of a lower-case word.
    ///
    /// - Complexity: O(n) in the word's length.
    static func stem(_ word: String) -> String {
        var word = SnowballWord(word)
        guard word.count >= 3 else { return word.string }
        let p1 = regionOne(word)
        mainSuffix(&word, p1: p1)
        consonantPair(&word, p1: p1)
        otherSuffix(&word, p1: p1)
        undouble(&word, p1: p1)
        if word.letters.last == "'" { word.drop(1) }
        return word.string
    }

    /// R1: after an apostrophe (`Clinton's`) or else after the first non-vowel that follows a vowel,
    /// but at least three letters in.
    private static func regionOne(_ word: SnowballWord) -> Int {
        if let apostrophe = word.letters.firstIndex(of: "'") { return max(apostrophe + 1, 3) }
        var index = 0
        while index < word.count, !vowels.contains(word.letters[index]) { index += 1 }
        while index < word.count, vowels.contains(word.letters[index]) { index += 1 }
        guard index < word.count else { return max(word.count, 3) }
        return max(index + 1, 3)
    }

    private static func mainSuffix(_ word: inout SnowballWord, p1: Int) {
        guard let suffix = longestSuffix(word, in: mainSuffixes, p1: p1) else { return }
        if suffix.count == 1 && suffix[0] == "s" {
            guard let before = word.letter(at: word.count - 2), validSEndings.contains(before) else { return }
        }
        word.drop(suffix.count)
    }

    private static func consonantPair(_ word: inout SnowballWord, p1: Int) {
        guard longestSuffix(word, in: consonantPairs, p1: p1) != nil else { return }
        word.drop(1)
    }

    private static func otherSuffix(_ word: inout SnowballWord, p1: Int) {
        if word.hasSuffix(igst) { word.drop(2) }
        guard let suffix = longestSuffix(word, in: otherSuffixes, p1: p1) else { return }
        if suffix.last == "t" {
            word.drop(1)  // løst -> løs
        } else {
            word.drop(suffix.count)
            consonantPair(&word, p1: p1)
        }
    }

    private static func undouble(_ word: inout SnowballWord, p1: Int) {
        let last = word.count - 1
        guard last >= p1, last >= 1, undoubleConsonants.contains(word.letters[last]),
            word.letters[last - 1] == word.letters[last]
        else { return }
        word.drop(1)
    }

    /// The longest suffix in `suffixes` lying wholly inside R1 (Snowball's `setlimit tomark p1`).
    private static func longestSuffix(_ word: SnowballWord, in suffixes: [[Unicode.Scalar]], p1: Int)
        -> [Unicode.Scalar]?
    {
        var best: [Unicode.Scalar]?
        for suffix in suffixes where word.count - suffix.count >= p1 && word.hasSuffix(suffix) {
            if suffix.count > (best?.count ?? 0) { best = suffix }
        }
        return best
    }
}
