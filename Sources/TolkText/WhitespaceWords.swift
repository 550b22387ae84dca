/// The words of a text between white space, as `split(whereSeparator: \.isWhitespace)` makes them, found
/// scalar by scalar when every character of the text is a single scalar of the Latin and punctuation blocks
/// below (the common case of news text), by characters otherwise.
///
/// ```swift
/// WhitespaceWords.split("Han  sagde\u{A0}nej.")     // ["Han", "sagde", "nej."]
/// WhitespaceWords.count(in: "Grønland er ikke til salg"[...])   // 5
/// ```
public enum WhitespaceWords {
    /// The words of `text`: the same as `text.split(whereSeparator: \.isWhitespace)`.
    /// - Complexity: O(n) in the scalars of `text`.
    public static func split(_ text: String) -> [Substring] {
        var words: [Substring] = []
        let scalars = text.unicodeScalars
        var start: String.Index?
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let value = scalars[index].value
            guard isPlain(value) else { return text.split(whereSeparator: \.isWhitespace) }
            if isSpace(value) {
                if let open = start {
                    words.append(text[open..<index])
                    start = nil
                }
            } else if start == nil {
                start = index
            }
            index = scalars.index(after: index)
        }
        if let open = start { words.append(text[open..<scalars.endIndex]) }
        return words
    }

    /// The number of words of `text`: the same as `text.split(whereSeparator: \.isWhitespace).count`.
    /// - Complexity: O(n) in the scalars of `text`.
    public static func count(in text: Substring) -> Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            guard isPlain(value) else { return text.split(whereSeparator: \.isWhitespace).count }
            let space = isSpace(value)
            if !space && !inWord { count += 1 }
            inWord = !space
        }
        return count
    }

    /// Scalars that are a character on their own whatever stands around them (CR LF aside, both white space):
    /// everything below the combining marks (U+0300), the general punctuation that is neither white space nor a
    /// format control (U+2010-U+2027, U+2030-U+205E), and the euro sign. `WhitespaceWordsTests` checks every pair.
    static func isPlain(_ value: UInt32) -> Bool {
        value < 0x300 || (0x2010...0x2027).contains(value) || (0x2030...0x205E).contains(value) || value == 0x20AC
    }

    /// The white space among the plain scalars (Unicode's White_Space property, as `Character.isWhitespace`):
    /// tab to carriage return, space, next line, no-break space.
    static func isSpace(_ value: UInt32) -> Bool {
        (0x09...0x0D).contains(value) || value == 0x20 || value == 0x85 || value == 0xA0
    }
}
