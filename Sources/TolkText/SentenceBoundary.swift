/// Decides whether a sentence boundary ICU found is false: after an abbreviation, ordinal number or initial
/// ("bl.a. Danmark", "den 5. Januar", "J. Robert Oppenheimer"), or before a word in lower case ("Hvorfor?"
/// spurgte han); and finds the boundaries ICU's rules leave out: before a dialogue dash ("sagde han. - Nej")
/// and before a number ("tabte valget. 20 år senere").
enum SentenceBoundary {
    /// Characters that open a quotation or parenthesis before a word.
    static let openers: Set<Character> = ["\"", "'", "“", "‘", "«", "„", "(", "[", "{", "‚", "‹", "»", "›"]
    /// Characters that close a quotation or parenthesis after a full stop.
    static let closers: Set<Character> = ["\"", "'", "”", "’", "»", "›", ")", "]", "}"]
    /// Characters that may trail a word before a space.
    static let trailers: Set<Character> = [".", ",", ";", ":", "!", "?", "\"", "'", "”", "’", "»", ")", "]"]

    /// Whether the boundary between the adjacent segments `left` and `right` should be dropped.
    /// - Complexity: O(1): looks at most 64 bytes on each side.
    static func isFalse(_ text: UnsafeBufferPointer<UInt8>, left: Range<Int>, right: Range<Int>,
                        rules: SegmentationRules) -> Bool {
        guard let nextWord = firstWord(text, right) else { return false }
        let lastWord = lastWord(text, left)
        let behaviour = lastWord.flatMap { rules.behaviour(ofWordEndingWithPeriod: $0) }
        if let letter = nextWord.first(where: { $0.isLetter }), letter == nextWord.first, letter.isLowercase {
            // A full stop after a plain word ends a sentence even before a lower-case word; elsewhere
            // ("Hvorfor?" spurgte han, "5. januar") a lower-case word continues the sentence.
            if behaviour == nil, let lastWord, isPlainWordWithFullStop(lastWord) { return false }
            return true
        }
        guard let behaviour else { return false }
        switch behaviour {
        case .inner: return true
        case .final:
            var bare = Substring(nextWord)
            while let last = bare.last, trailers.contains(last) { bare = bare.dropLast() }
            return !rules.sentenceStarters.contains(String(bare))
        }
    }

    /// Offsets inside `segment` where a sentence ends that ICU did not break: after . ! or ? (and closing quotes
    /// or brackets) and spaces, before a dash and a space, or before a digit, unless the word before the stop is
    /// an abbreviation.
    /// - Complexity: O(n) in the segment's length.
    static func missed(_ text: UnsafeBufferPointer<UInt8>, in segment: Range<Int>, rules: SegmentationRules) -> [Int] {
        var result: [Int] = []
        var index = segment.lowerBound
        while index < segment.upperBound - 2 {
            let byte = text[index]
            index += 1
            guard byte == 0x2E || byte == 0x21 || byte == 0x3F else { continue }
            var after = index
            while after < segment.upperBound, text[after] == 0x22 || text[after] == 0x27 || text[after] == 0x29
                || text[after] == 0x5D { after += 1 }
            let stop = after
            guard after < segment.upperBound, text[after] == 0x20 else { continue }
            while after < segment.upperBound && text[after] == 0x20 { after += 1 }
            guard after + 1 < segment.upperBound else { continue }
            let next = text[after]
            let dialogue = (next == 0x2D && text[after + 1] == 0x20)
                || (next == 0xE2 && after + 3 < segment.upperBound && text[after + 1] == 0x80
                    && (text[after + 2] == 0x93 || text[after + 2] == 0x94) && text[after + 3] == 0x20)
            let number = next >= 0x30 && next <= 0x39
            let lower = next >= 0x61 && next <= 0x7A
            guard dialogue || number || lower else { continue }
            if byte == 0x2E {
                guard let word = lastWord(text, segment.lowerBound..<stop) else { continue }
                if rules.behaviour(ofWordEndingWithPeriod: word) != nil { continue }
                // Before a lower-case word only after a plain word of letters (not "5." or "e.g.").
                if lower && !isPlainWordWithFullStop(word) { continue }
            } else if lower {
                continue  // "Hvorfor?" spurgte han: ICU's break there is joined again anyway
            }
            result.append(after)
        }
        return result
    }

    /// Whether `word` is two or more letters and a full stop ("sig.", not "5.", "e.g." or "..").
    static func isPlainWordWithFullStop(_ word: Substring) -> Bool {
        guard word.last == "." else { return false }
        let body = word.dropLast()
        return body.count >= 2 && body.allSatisfy(\.isLetter)
    }

    /// The last space-separated word of `range`, without opening or closing quotes or brackets.
    /// - Complexity: O(length of the word); spaces are ASCII white space or U+00A0.
    static func lastWord(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Substring? {
        var lower = range.upperBound
        while lower > range.lowerBound && !isSpace(text, before: lower) { lower -= 1 }
        var word = Substring(ChunkLayout.string(text, lower..<range.upperBound))
        while let first = word.first, openers.contains(first) { word = word.dropFirst() }
        while let last = word.last, closers.contains(last) { word = word.dropLast() }
        return word.isEmpty ? nil : word
    }

    /// The first space-separated word of `range`, without opening quotes, brackets or dashes.
    static func firstWord(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String? {
        var upper = range.lowerBound
        while upper < range.upperBound && !ChunkLayout.isASCIISpace(text[upper])
            && !(text[upper] == 0xC2 && upper + 1 < range.upperBound && text[upper + 1] == 0xA0) { upper += 1 }
        var word = Substring(ChunkLayout.string(text, range.lowerBound..<upper))
        while let first = word.first, openers.contains(first) || first == "-" || first == "–" || first == "—" {
            word = word.dropFirst()
        }
        return word.isEmpty ? nil : String(word)
    }

    /// Whether the byte before `offset` ends a space (ASCII white space, or the second byte of U+00A0).
    private static func isSpace(_ text: UnsafeBufferPointer<UInt8>, before offset: Int) -> Bool {
        let byte = text[offset - 1]
        return ChunkLayout.isASCIISpace(byte) || (byte == 0xA0 && offset >= 2 && text[offset - 2] == 0xC2)
    }
}
