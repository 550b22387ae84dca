/// Decides whether a sentence boundary ICU found is false: after an abbreviation, ordinal number or initial
/// ("bl.a. Danmark", "den 5. Januar", "J. Robert Oppenheimer"), or before a word in lower case ("Hvorfor?"
/// spurgte han).
enum SentenceBoundary {
    /// Characters that open a quotation or parenthesis before a word.
    static let openers: Set<Character> = ["\"", "'", "“", "‘", "«", "„", "(", "[", "{", "‚", "‹", "»", "›"]
    /// Characters that may trail a word before a space.
    static let trailers: Set<Character> = [".", ",", ";", ":", "!", "?", "\"", "'", "”", "’", "»", ")", "]"]

    /// Whether the boundary between the adjacent segments `left` and `right` should be dropped.
    /// - Complexity: O(1): looks at most 64 bytes on each side.
    static func isFalse(_ text: UnsafeBufferPointer<UInt8>, left: Range<Int>, right: Range<Int>,
                        rules: SegmentationRules) -> Bool {
        guard let nextWord = firstWord(text, right) else { return false }
        if let letter = nextWord.first(where: { $0.isLetter }), letter == nextWord.first, letter.isLowercase {
            return true
        }
        guard let lastWord = lastWord(text, left), let behaviour = rules.behaviour(ofWordEndingWithPeriod: lastWord)
        else { return false }
        switch behaviour {
        case .inner: return true
        case .final:
            var bare = Substring(nextWord)
            while let last = bare.last, trailers.contains(last) { bare = bare.dropLast() }
            return !rules.sentenceStarters.contains(String(bare))
        }
    }

    /// The last whitespace-separated word of `range`, without opening quotes or brackets.
    static func lastWord(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Substring? {
        var lower = max(range.lowerBound, range.upperBound - 64)
        while lower < range.upperBound && text[lower] & 0xC0 == 0x80 { lower += 1 }
        let tail = ChunkLayout.string(text, lower..<range.upperBound)
        guard var word = tail.split(whereSeparator: { $0.isWhitespace }).last else { return nil }
        while let first = word.first, openers.contains(first) { word = word.dropFirst() }
        return word.isEmpty ? nil : word
    }

    /// The first whitespace-separated word of `range`, without opening quotes, brackets or dashes.
    static func firstWord(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String? {
        var upper = min(range.upperBound, range.lowerBound + 64)
        while upper < range.upperBound && text[upper] & 0xC0 == 0x80 { upper += 1 }
        let head = ChunkLayout.string(text, range.lowerBound..<upper)
        guard var word = head.split(whereSeparator: { $0.isWhitespace }).first else { return nil }
        while let first = word.first, openers.contains(first) || first == "-" || first == "–" || first == "—" {
            word = word.dropFirst()
        }
        return word.isEmpty ? nil : String(word)
    }
}
