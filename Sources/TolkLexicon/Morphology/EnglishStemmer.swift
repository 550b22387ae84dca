/// The Snowball English ("Porter2") stemmer, transcribed from the published algorithm
/// (https://snowballstem.org/algorithms/english/stemmer.html, `english.sbl`).
///
/// Steps: exceptional forms; mark consonant `y` as `Y`; regions R1 and R2; step 1a (plurals and
/// possessives), 1b (`-ed`, `-ing`), 1c (`-y` to `-i`), 2-4 (derivational suffixes in R1/R2), 5 (`-e`, `-ll`).
enum EnglishStemmer {
    private static let vowels: Set<Unicode.Scalar> = Set("aeiouy".unicodeScalars)
    private static let vowelsWXY: Set<Unicode.Scalar> = Set("aeiouywxY".unicodeScalars)
    private static let validLI: Set<Unicode.Scalar> = Set("cdeghkmnrt".unicodeScalars)
    private static let aeo: Set<Unicode.Scalar> = Set("aeo".unicodeScalars)

    private static let exceptions: [String: String] = [
        "skis": "ski", "skies": "sky", "idly": "idl",
        "gently": "gentl", "ugly": "ugli", "early": "earli", "only": "onli", "singly": "singl", "sky": "sky",
        "news": "news", "howe": "howe", "atlas": "atlas", "cosmos": "cosmos", "bias": "bias", "andes": "andes",
    ]
    /// Whole words ending in `-ing` that stay as they are (`evening`, `herring`).
    private static let invariantBeforeIng: Set<String> = ["even", "cann", "inn", "earr", "herr", "out"]
    /// Whole words ending in `-eed` that stay as they are (`succeed`, `proceed`, `exceed`).
    private static let invariantBeforeEed: Set<String> = ["succ", "proc", "exc"]
    private static let regionPrefixes: [[Unicode.Scalar]] = [
        "arsen", "commun", "emerg", "gener", "inter", "later", "organ", "past", "univers",
    ].map { Array(scalarsOf: $0) }

    private static func table(_ pairs: [(String, String)]) -> [([Unicode.Scalar], String)] {
        pairs.map { (Array(scalarsOf: $0.0), $0.1) }
    }
    private static let stepOneA = table([("sses", "ss"), ("ied", ""), ("ies", ""), ("s", ""), ("us", ""), ("ss", "")])
    private static let stepOneB = table([
        ("eed", "ee"), ("eedly", "ee"), ("ed", ""), ("edly", ""), ("ing", ""), ("ingly", ""),
    ])
    private static let stepTwo = table([
        ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("abli", "able"), ("entli", "ent"), ("izer", "ize"),
        ("ization", "ize"), ("ational", "ate"), ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("aliti", "al"),
        ("alli", "al"), ("fulness", "ful"), ("ousli", "ous"), ("ousness", "ous"), ("iveness", "ive"),
        ("iviti", "ive"), ("biliti", "ble"), ("bli", "ble"), ("ogi", "og"), ("ogist", "og"), ("fulli", "ful"),
        ("lessli", "less"), ("li", ""),
    ])
    private static let stepThree = table([
        ("tional", "tion"), ("ational", "ate"), ("alize", "al"), ("icate", "ic"), ("iciti", "ic"), ("ical", "ic"),
        ("ful", ""), ("ness", ""), ("ative", ""),
    ])
    private static let stepFour: [[Unicode.Scalar]] = [
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ism", "ate", "iti", "ous",
        "ive", "ize", "ion",
    ].map { Array(scalarsOf: $0) }
    private static let doubles: Set<String> = ["bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt"]

    /// The stem of a lower-case word.
    ///
    /// - Complexity: O(n) in the word's length.
    static func stem(_ input: String) -> String {
        if let exception = exceptions[input] { return exception }
        var word = SnowballWord(input)
        guard word.count >= 3 else { return input }
        let hadY = prelude(&word)
        let (p1, p2) = regions(word)
        stepOneA(&word)
        stepOneB(&word, p1: p1)
        stepOneC(&word)
        stepTwo(&word, p1: p1)
        stepThree(&word, p1: p1, p2: p2)
        stepFour(&word, p2: p2)
        stepFive(&word, p1: p1, p2: p2)
        if hadY {
            for index in word.letters.indices where word.letters[index] == "Y" { word.letters[index] = "y" }
        }
        return word.string
    }

    private static func isVowel(_ scalar: Unicode.Scalar?) -> Bool { scalar.map(vowels.contains) ?? false }

    /// Drops a leading apostrophe and marks consonant `y` (initial, or after a vowel) as `Y`.
    private static func prelude(_ word: inout SnowballWord) -> Bool {
        if word.letters.first == "'" { word.letters.removeFirst() }
        var marked = false
        for index in word.letters.indices where word.letters[index] == "y" {
            if index == 0 || isVowel(word.letters[index - 1]) {
                word.letters[index] = "Y"
                marked = true
            }
        }
        return marked
    }

    private static func regions(_ word: SnowballWord) -> (Int, Int) {
        func afterVowelThenConsonant(from start: Int) -> Int? {
            var index = start
            while index < word.count, !isVowel(word.letters[index]) { index += 1 }
            while index < word.count, isVowel(word.letters[index]) { index += 1 }
            return index < word.count ? index + 1 : nil
        }
        var p1 = word.count
        if let prefix = regionPrefixes.first(where: { word.letters.starts(with: $0) }) {
            p1 = prefix.count
        } else if let found = afterVowelThenConsonant(from: 0) {
            p1 = found
        } else {
            return (word.count, word.count)
        }
        let p2 = afterVowelThenConsonant(from: p1) ?? word.count
        return (p1, p2)
    }

    /// Whether the word up to `end` ends in a short syllable (or in `past`, as Snowball 3 adds).
    private static func endsShortSyllable(_ word: SnowballWord, at end: Int) -> Bool {
        if end >= 4, word.letters[(end - 4)..<end].elementsEqual("past".unicodeScalars) { return true }
        guard let last = word.letter(at: end - 1), let middle = word.letter(at: end - 2), !isVowel(last),
            isVowel(middle)
        else { return false }
        if end - 2 == 0 { return true }
        guard let first = word.letter(at: end - 3) else { return false }
        return !vowelsWXY.contains(last) && !isVowel(first)
    }

    private static func longest(_ word: SnowballWord, _ rules: [([Unicode.Scalar], String)])
        -> ([Unicode.Scalar], String)?
    {
        var best: ([Unicode.Scalar], String)?
        for rule in rules where word.hasSuffix(rule.0) && rule.0.count > (best?.0.count ?? 0) { best = rule }
        return best
    }

    private static func containsVowel(_ word: SnowballWord, before end: Int) -> Bool {
        word.letters[0..<max(0, end)].contains(where: isVowel)
    }

    private static func stepOneA(_ word: inout SnowballWord) {
        for possessive in ["'s'", "'s", "'"] where word.hasSuffix(Array(scalarsOf: possessive)) {
            word.drop(possessive.unicodeScalars.count)
            break
        }
        guard let (suffix, replacement) = longest(word, stepOneA) else { return }
        let start = word.count - suffix.count
        switch String(String.UnicodeScalarView(suffix)) {
        case "sses": word.replaceSuffix(suffix.count, with: replacement)
        case "ied", "ies": word.replaceSuffix(suffix.count, with: start >= 2 ? "i" : "ie")
        case "s": if containsVowel(word, before: start - 1) { word.drop(1) }
        default: break
        }
    }

    private static func stepOneB(_ word: inout SnowballWord, p1: Int) {
        guard let (suffix, replacement) = longest(word, stepOneB) else { return }
        let start = word.count - suffix.count
        let before = String(String.UnicodeScalarView(word.letters[..<start]))
        if replacement == "ee" {
            if start >= p1 && !invariantBeforeEed.contains(before) { word.replaceSuffix(suffix.count, with: "ee") }
            return
        }
        if suffix.count == 3 && suffix[0] == "i" {  // "ing"
            if invariantBeforeIng.contains(before) { return }
            if start == 2 && word.letters[1] == "y" && !isVowel(word.letters[0]) {  // dying, lying, tying
                word.replaceSuffix(suffix.count + 1, with: "ie")
                return
            }
        }
        guard containsVowel(word, before: start) else { return }
        word.drop(suffix.count)
        let count = word.count
        let lastTwo = count >= 2 ? String(String.UnicodeScalarView(word.letters[(count - 2)...])) : ""
        if lastTwo == "at" || lastTwo == "bl" || lastTwo == "iz" {
            word.letters.append("e")
        } else if doubles.contains(lastTwo) {
            let aeoAtStart = count == 3 && aeo.contains(word.letters[0])
            if !aeoAtStart { word.drop(1) }
        } else if count == p1 && endsShortSyllable(word, at: count) {
            word.letters.append("e")
        }
    }

    private static func stepOneC(_ word: inout SnowballWord) {
        let count = word.count
        guard count >= 3, word.letters[count - 1] == "y" || word.letters[count - 1] == "Y",
            !isVowel(word.letters[count - 2])
        else { return }
        word.letters[count - 1] = "i"
    }

    private static func stepTwo(_ word: inout SnowballWord, p1: Int) {
        guard let (suffix, replacement) = longest(word, stepTwo) else { return }
        let start = word.count - suffix.count
        guard start >= p1 else { return }
        switch String(String.UnicodeScalarView(suffix)) {
        case "ogi": if word.letter(at: start - 1) == "l" { word.replaceSuffix(suffix.count, with: replacement) }
        case "li": if let before = word.letter(at: start - 1), validLI.contains(before) { word.drop(2) }
        default: word.replaceSuffix(suffix.count, with: replacement)
        }
    }

    private static func stepThree(_ word: inout SnowballWord, p1: Int, p2: Int) {
        guard let (suffix, replacement) = longest(word, stepThree) else { return }
        let start = word.count - suffix.count
        guard start >= p1 else { return }
        if suffix == Array(scalarsOf: "ative") {
            if start >= p2 { word.drop(suffix.count) }
        } else {
            word.replaceSuffix(suffix.count, with: replacement)
        }
    }

    private static func stepFour(_ word: inout SnowballWord, p2: Int) {
        guard let suffix = word.longestSuffix(in: stepFour) else { return }
        let start = word.count - suffix.count
        guard start >= p2 else { return }
        if suffix == Array(scalarsOf: "ion") {
            guard let before = word.letter(at: start - 1), before == "s" || before == "t" else { return }
        }
        word.drop(suffix.count)
    }

    private static func stepFive(_ word: inout SnowballWord, p1: Int, p2: Int) {
        let last = word.count - 1
        guard last >= 0 else { return }
        if word.letters[last] == "e" {
            if last >= p2 || (last >= p1 && !endsShortSyllable(word, at: last)) { word.drop(1) }
        } else if word.letters[last] == "l" {
            if last >= p2 && word.letter(at: last - 1) == "l" { word.drop(1) }
        }
    }
}
