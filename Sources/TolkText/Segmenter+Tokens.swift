extension Segmenter {
    /// The word tokens of `sentence` (ICU word break), skipping spaces.
    ///
    /// A known abbreviation keeps its period ("f.eks.", "U.S."); a word directly followed by a period that is
    /// not an abbreviation gives the period as its own punctuation token.
    /// - Returns: tokens whose ranges are UTF-8 byte ranges into `sentence`.
    /// - Complexity: O(n) in the length of `sentence`.
    public func tokens(in sentence: String) -> [Token] {
        let bytes = Array(sentence.utf8)
        guard !bytes.isEmpty else { return [] }
        do {
            try wordIterator.setText(bytes)
        } catch {
            return []
        }
        var tokens: [Token] = []
        var previous = 0
        bytes.withUnsafeBufferPointer { buffer in
            for (offset, status) in wordIterator.boundariesWithStatus() {
                defer { previous = offset }
                guard offset > previous else { continue }
                let range = previous..<offset
                let text = ChunkLayout.string(buffer, range)
                guard let kind = Self.kind(of: text, status: status) else { continue }
                if kind == .punctuation, text == ".", let last = tokens.last, last.kind == .word,
                   last.range.upperBound == previous,
                   rules.behaviour(ofWordEndingWithPeriod: Substring(last.text + ".")) != nil
                {
                    tokens[tokens.count - 1] = Token(text: last.text + ".", range: last.range.lowerBound..<offset,
                                                     kind: .word)
                    continue
                }
                tokens.append(Token(text: text, range: range, kind: kind))
            }
        }
        return tokens
    }

    /// What a word-break segment is, or `nil` for spaces.
    static func kind(of text: String, status: Int) -> TokenKind? {
        if BreakIterator.WordStatus.number.contains(status) { return .number }
        if status >= BreakIterator.WordStatus.letter.lowerBound { return .word }
        guard let scalar = text.unicodeScalars.first else { return nil }
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
