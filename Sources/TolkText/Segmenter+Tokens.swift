extension Segmenter {
    /// The word tokens of `sentence` (ICU word break), skipping spaces.
    ///
    /// A known abbreviation keeps its period ("f.eks.", "U.S."); a word directly followed by a period that is
    /// not an abbreviation gives the period as its own punctuation token.
    /// - Returns: tokens whose ranges are UTF-8 byte ranges into `sentence`.
    /// - Complexity: O(n) in the length of `sentence`.
    public func tokens(in sentence: String) -> [Token] {
        guard !sentence.isEmpty else { return [] }
        var sentence = sentence
        return sentence.withUTF8 { buffer in
            (try? wordIterator.withText(buffer) { tokens(buffer) }) ?? []
        }
    }

    /// Walks the word iterator (already pointed at `buffer`) and builds the tokens.
    private func tokens(_ buffer: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(buffer.count / 5 + 4)
        var previous = wordIterator.firstBoundary()
        var lastWord: Range<Int>? = nil  // the range of the last token if it is a word
        while let offset = wordIterator.nextBoundary() {
            defer { previous = offset }
            let range = previous..<offset
            // Decide the kind from the bytes first: spaces (about half the segments) never become strings.
            guard let kind = Self.kind(of: UnsafeBufferPointer(rebasing: buffer[range]), status: wordIterator.ruleStatus)
            else {
                lastWord = nil
                continue
            }
            if kind == .punctuation, offset - previous == 1, buffer[previous] == 0x2E, let word = lastWord,
               word.upperBound == previous,
               rules.behaviour(ofWordEndingWithPeriod: UnsafeBufferPointer(rebasing: buffer[word.lowerBound..<offset]))
                != nil
            {
                let joined = word.lowerBound..<offset
                tokens[tokens.count - 1] = Token(text: ChunkLayout.string(buffer, joined), range: joined, kind: .word)
                lastWord = joined
                continue
            }
            tokens.append(Token(text: ChunkLayout.string(buffer, range), range: range, kind: kind))
            lastWord = kind == .word ? range : nil
        }
        return tokens
    }

    /// What a word-break segment is, or `nil` for spaces.
    static func kind(of bytes: UnsafeBufferPointer<UInt8>, status: Int) -> TokenKind? {
        if BreakIterator.WordStatus.number.contains(status) { return .number }
        if status >= BreakIterator.WordStatus.letter.lowerBound { return .word }
        guard let first = bytes.first else { return nil }
        if first < 0x80 {  // ASCII: decided without Unicode property look-ups
            switch first {
            case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20: return nil
            case 0x00..<0x20, 0x7F: return nil
            case 0x21...0x23, 0x25...0x2A, 0x2C...0x2F, 0x3A, 0x3B, 0x3F, 0x40, 0x5B...0x5D, 0x5F, 0x7B, 0x7D:
                return .punctuation
            default: return .symbol  // $ + < = > ^ ` | ~ and stray letters or digits
            }
        }
        let head = UnsafeBufferPointer(rebasing: bytes[..<min(bytes.count, 4)])
        guard let scalar = String(decoding: head, as: UTF8.self).unicodeScalars.first else { return nil }
        if scalar.properties.isWhitespace { return nil }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation:
            return .punctuation
        case .control, .format:
            return nil
        default:
            return .symbol
        }
    }
}
