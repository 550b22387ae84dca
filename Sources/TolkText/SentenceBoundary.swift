/// Decides whether a sentence boundary ICU found is false: after an abbreviation, ordinal number or initial
/// ("bl.a. Danmark", "den 5. Januar", "J. Robert Oppenheimer"), before a word in lower case ("Hvorfor?"
/// spurgte han), with no space after the stop ("story.asp?StoryID=16473", "EY4108.E"), or before punctuation
/// that cannot open a sentence ("Mississauga, Ont.; Asad Ansari"); and finds the boundaries ICU's rules leave out: before a dialogue dash ("sagde han. - Nej")
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
        if let first = right.first, first < text.count {
            let opening = text[first]
            // , ; : ) ] } and ? ! never open a sentence.
            if [0x2C, 0x3B, 0x3A, 0x29, 0x5D, 0x7D, 0x3F, 0x21].contains(opening) { return true }
            // No space after . ? or ! before a letter, digit or URL character: inside a token, not a boundary
            // (but an ellipsis may run into the next sentence: "during the hearing...I was getting ready").
            if left.upperBound == first, left.count >= 2, [0x2E, 0x3F, 0x21].contains(text[left.upperBound - 1]),
               text[left.upperBound - 2] != 0x2E, isTokenByte(opening) { return true }
        }
        guard let nextWord = firstWord(text, right) else { return false }
        let lastWord = lastWord(text, left).map { UnsafeBufferPointer(rebasing: text[$0]) }
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
        case .capital: return false  // the lower-case case was handled above
        case .final:
            var bare = Substring(nextWord)
            while let last = bare.last, trailers.contains(last) { bare = bare.dropLast() }
            return !rules.sentenceStarters.contains(String(bare))
        }
    }

    /// Whether `byte` is an ASCII letter or digit or a character that joins parts of a URL or code (`/=&#%_-`).
    private static func isTokenByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            || [0x2F, 0x3D, 0x26, 0x23, 0x25, 0x5F, 0x2D].contains(byte)
    }

    /// Offsets inside `segment` where a sentence ends that ICU did not break: after . ! or ? (and closing quotes
    /// or brackets) and spaces, before a dash and a space, or before a digit, unless the word before the stop is
    /// an abbreviation.
    /// - Complexity: O(n) in the segment's length.
    static func missed(_ text: UnsafeBufferPointer<UInt8>, in segment: Range<Int>, rules: SegmentationRules) -> [Int] {
        var result: [Int] = []
        guard let base = text.baseAddress else { return result }
        let end = segment.upperBound - 2  // a stop this close to the end leaves no room for a space and a word
        var index = segment.lowerBound
        while index < end {
            // Eight bytes at a time: skip words holding no . ! or ? (most of them).
            if index + 8 <= end {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if !hasByte(word, 0x2E) && !hasByte(word, 0x21) && !hasByte(word, 0x3F) {
                    index += 8
                    continue
                }
            }
            let byte = text[index]
            index += 1
            guard byte == 0x2E || byte == 0x21 || byte == 0x3F,
                  let boundary = boundary(text, afterStop: byte, at: index, in: segment, rules: rules)
            else { continue }
            result.append(boundary)
        }
        return result
    }

    /// Whether any byte of `word` equals `byte` (the classic has-zero-byte test on `word` XOR the byte repeated).
    @inline(__always)
    private static func hasByte(_ word: UInt64, _ byte: UInt8) -> Bool {
        let x = word ^ (UInt64(byte) &* 0x0101_0101_0101_0101)
        return (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080 != 0
    }

    /// The offset where a missed sentence starts after the stop `byte` that ends just before `index`, or `nil`.
    private static func boundary(_ text: UnsafeBufferPointer<UInt8>, afterStop byte: UInt8, at index: Int,
                                 in segment: Range<Int>, rules: SegmentationRules) -> Int? {
        var after = index
        while after < segment.upperBound, text[after] == 0x22 || text[after] == 0x27 || text[after] == 0x29
            || text[after] == 0x5D { after += 1 }
        let stop = after
        guard after < segment.upperBound, text[after] == 0x20 else { return nil }
        while after < segment.upperBound && text[after] == 0x20 { after += 1 }
        guard after + 1 < segment.upperBound else { return nil }
        let next = text[after]
        let dialogue = (next == 0x2D && text[after + 1] == 0x20)
            || (next == 0xE2 && after + 3 < segment.upperBound && text[after + 1] == 0x80
                && (text[after + 2] == 0x93 || text[after + 2] == 0x94) && text[after + 3] == 0x20)
        let number = next >= 0x30 && next <= 0x39
        let lower = next >= 0x61 && next <= 0x7A
        guard dialogue || number || lower else { return nil }
        if byte == 0x2E {
            guard let word = lastWord(text, segment.lowerBound..<stop).map({ UnsafeBufferPointer(rebasing: text[$0]) })
            else { return nil }
            if rules.behaviour(ofWordEndingWithPeriod: word) != nil { return nil }
            // Before a lower-case word only after a plain word of letters (not "5." or "e.g.").
            if lower && !isPlainWordWithFullStop(word) { return nil }
        } else if lower {
            return nil  // "Hvorfor?" spurgte han: ICU's break there is joined again anyway
        }
        return after
    }

    /// Whether `word` (UTF-8) is two or more letters and a full stop ("sig.", not "5.", "e.g." or "..").
    /// - Complexity: O(length of word); ASCII words are checked on the bytes.
    static func isPlainWordWithFullStop(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard word.count >= 3, word[word.count - 1] == 0x2E else { return false }
        let body = UnsafeBufferPointer(rebasing: word[..<(word.count - 1)])
        if body.allSatisfy({ $0 < 0x80 }) {
            return body.allSatisfy { ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) }
        }
        let characters = String(decoding: body, as: UTF8.self)
        return characters.count >= 2 && characters.allSatisfy(\.isLetter)
    }

    /// Opening quotes and brackets as UTF-8, longest first.
    private static let openerBytes: [[UInt8]] = openers.map { Array(String($0).utf8) }.sorted { $0.count > $1.count }
    /// Closing quotes and brackets as UTF-8, longest first.
    private static let closerBytes: [[UInt8]] = closers.map { Array(String($0).utf8) }.sorted { $0.count > $1.count }

    /// The byte range of the last space-separated word of `range`, without opening or closing quotes or
    /// brackets, or `nil` if nothing is left.
    /// - Complexity: O(length of the word); spaces are ASCII white space or U+00A0.
    static func lastWord(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int>? {
        var lower = range.upperBound
        while lower > range.lowerBound && !isSpace(text, before: lower) { lower -= 1 }
        var upper = range.upperBound
        strip: while lower < upper {
            for opener in openerBytes where upper - lower >= opener.count
                && opener.indices.allSatisfy({ text[lower + $0] == opener[$0] }) {
                lower += opener.count
                continue strip
            }
            break
        }
        strip: while lower < upper {
            for closer in closerBytes where upper - lower >= closer.count
                && closer.indices.allSatisfy({ text[upper - closer.count + $0] == closer[$0] }) {
                upper -= closer.count
                continue strip
            }
            break
        }
        return lower < upper ? lower..<upper : nil
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
