/// Folds a word to a spelling key shared by related words across Latin-script languages.
///
/// Applied identically to both sides of an alignment, it lower-cases, strips diacritics, and merges spellings
/// that differ regularly between Germanic and Romance-derived vocabularies: `c`/`q` as `k`, `z` as `s`, `w` as
/// `v`, `x` as `ks`, `ph` as `f`, `th`/`ch` as `t`/`k`, `æ` as `e`, and doubled letters as one. So "præsident"
/// and "president", "kommission" and "commission", "teater" and "theatre" fold to keys with a common prefix.
///
/// The spelling folding of the evidence layer: the aligner's sentence keys, the paraphrase pass's content
/// keys, the place concepts and the lexicon's translation keys all fold with it. Names are linked by the
/// stricter ``NameFolding`` (every letter kept: "Carl" and "Karl" are two people).
///
/// ```swift
/// WordFolding.folded("Præsident") == WordFolding.folded("president")   // true
/// ```
package enum WordFolding {
    /// Appends the folded form of `scalar` (a letter) to `folded`.
    /// - Complexity: O(1).
    @inline(__always)
    package static func append(_ scalar: Unicode.Scalar, to folded: inout [UInt8]) {
        let value = scalar.value
        if value < 0x80 {
            var byte = UInt8(truncatingIfNeeded: value)
            if byte >= 65 && byte <= 90 { byte += 32 }
            appendASCII(byte, to: &folded)
            return
        }
        if let mapped = latinFold(value) {
            for byte in mapped.utf8 { appendASCII(byte, to: &folded) }
            return
        }
        // Other scripts: the lower-case scalar's bytes, unchanged.
        let lower = scalar.properties.lowercaseMapping
        folded.append(contentsOf: lower.utf8)
    }

    @inline(__always)
    private static func appendASCII(_ byte: UInt8, to folded: inout [UInt8]) {
        var byte = byte
        switch byte {
        case UInt8(ascii: "c"), UInt8(ascii: "q"): byte = UInt8(ascii: "k")
        case UInt8(ascii: "z"): byte = UInt8(ascii: "s")
        case UInt8(ascii: "w"): byte = UInt8(ascii: "v")
        case UInt8(ascii: "x"):
            appendASCII(UInt8(ascii: "k"), to: &folded)
            byte = UInt8(ascii: "s")
        case UInt8(ascii: "h"):
            // ph -> f, th -> t, ch (already k) -> k
            if let last = folded.last {
                if last == UInt8(ascii: "p") {
                    folded[folded.count - 1] = UInt8(ascii: "f")
                    return
                }
                if last == UInt8(ascii: "t") || last == UInt8(ascii: "k") { return }
            }
        default: break
        }
        if folded.last == byte { return }
        folded.append(byte)
    }

    /// ASCII spelling for Latin letters with diacritics (upper or lower case), `nil` for anything else.
    private static func latinFold(_ value: UInt32) -> String? {
        switch value {
        case 0xC0...0xC5, 0xE0...0xE5, 0x100...0x105: return "a"
        case 0xC6, 0xE6: return "e"
        case 0xC7, 0xE7, 0x106...0x10D: return "k"
        case 0xC8...0xCB, 0xE8...0xEB, 0x112...0x11B: return "e"
        case 0xCC...0xCF, 0xEC...0xEF: return "i"
        case 0xD0, 0xF0: return "d"
        case 0xD1, 0xF1: return "n"
        case 0xD2...0xD6, 0xD8, 0xF2...0xF6, 0xF8: return "o"
        case 0xD9...0xDC, 0xF9...0xFC: return "u"
        case 0xDD, 0xFD, 0xFF: return "y"
        case 0xDE, 0xFE: return "t"
        case 0xDF: return "ss"
        case 0x141, 0x142: return "l"
        case 0x160, 0x161, 0x15A, 0x15B: return "s"
        case 0x17D, 0x17E: return "s"
        default: return nil
        }
    }

    /// The folded letters of `word`; anything but a letter (``isLetter(_:)``) is left out.
    /// - Complexity: O(n) in the length of `word`.
    package static func folded(_ word: String) -> [UInt8] {
        var folded: [UInt8] = []
        for scalar in word.unicodeScalars where isLetter(scalar) { append(scalar, to: &folded) }
        return folded
    }

    /// True for a letter; ASCII and Latin-1 without a property lookup.
    @inline(__always)
    package static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (value | 0x20) >= 97 && (value | 0x20) <= 122 }
        if value < 0x100 { return value >= 0xC0 && value != 0xD7 && value != 0xF7 || value == 0xAA || value == 0xB5 || value == 0xBA }
        return scalar.properties.isAlphabetic
    }

    /// True for an upper-case letter.
    @inline(__always)
    package static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 65 && value <= 90 }
        return scalar.properties.isUppercase
    }
}
