import TolkText

/// A run of letters, a run of ASCII digits, or one other character (not white space) of a text, lower-cased,
/// with its UTF-8 byte range: what a date pattern is matched against ("5", ".", "februar", "2019").
struct DateToken {
    let lower: String
    let range: Range<Int>
    let isNumber: Bool
    let isCapitalised: Bool

    /// The date tokens of the text in `range`, cut from `scanned`, the text's ``WordScanner`` tokens in order
    /// (the document view: every character that is not white space lies in one of them).
    ///
    /// Each token is read character by character (a letter with a combining mark is one letter): letters join
    /// into a run, and so do ASCII digits, also across the tokens' borders where ICU breaks between two letters
    /// of different scripts; any other character is a token of its own. The runs are cut at the ends of `range`.
    /// - Complexity: O(n) in the length of the tokens.
    static func tokens(from scanned: ArraySlice<ScannedToken>, within range: Range<Int>) -> [DateToken] {
        var runs = Runs()
        for token in scanned {
            var offset = token.range.lowerBound
            for character in token.text {
                let size = character.utf8.count
                defer { offset += size }
                guard offset >= range.lowerBound, offset < range.upperBound else { continue }
                runs.add(character, at: offset, size: size)
            }
        }
        runs.flush()
        return runs.tokens
    }

    /// The runs being read: the tokens so far and the run of letters or digits that is open.
    private struct Runs {
        var tokens: [DateToken] = []
        var current = "", start = 0, end = 0
        var kind = Kind.none
        var capitalised = false

        enum Kind { case none, letters, digits }

        mutating func flush() {
            if kind != .none {
                tokens.append(DateToken(lower: current.lowercased(), range: start..<end, isNumber: kind == .digits,
                                        isCapitalised: capitalised))
            }
            current = ""
            kind = .none
        }

        mutating func add(_ character: Character, at offset: Int, size: Int) {
            // An ASCII character's classes from its byte ("\r\n", one character, reads as the line feed: both
            // are white space); any other's from its Unicode properties.
            let next: Kind, isUppercase: Bool, isWhitespace: Bool
            if let byte = character.asciiValue {
                isUppercase = byte >= 0x41 && byte <= 0x5A
                let isLetter = isUppercase || (byte >= 0x61 && byte <= 0x7A)
                next = isLetter ? .letters : byte >= 0x30 && byte <= 0x39 ? .digits : .none
                isWhitespace = byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
            } else {
                next = character.isLetter ? .letters : .none
                isUppercase = character.isUppercase
                isWhitespace = character.isWhitespace
            }
            // A run goes on only with the same kind of character right after it.
            if next != kind || next == .none || offset != end { flush() }
            if next != .none {
                if current.isEmpty {
                    start = offset
                    capitalised = isUppercase
                }
                current.append(character)
                kind = next
            } else if !isWhitespace {
                tokens.append(DateToken(lower: String(character), range: offset..<(offset + size), isNumber: false,
                                        isCapitalised: false))
            }
            end = offset + size
        }
    }
}
