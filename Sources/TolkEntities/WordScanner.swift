import TolkText

/// A word, number or punctuation run of a text, with its UTF-8 byte range and its place in the sentence.
package struct ScannedToken: Sendable, Equatable {
    package enum Kind: Sendable, Equatable { case word, number, punctuation, space }
    package var text: String
    package var range: Range<Int>
    package var kind: Kind
    /// True for the first word or number of a sentence (or of a headline line).
    var startsSentence: Bool
    /// The index of the sentence the token belongs to, counting from 0.
    var sentence: Int

    /// True when the first character is an upper-case letter ("WikiLeaks", "U.S.", "Assange").
    package var isCapitalised: Bool {
        guard kind == .word, let byte = text.utf8.first else { return false }
        // ASCII answers from the byte; other letters ask Unicode.
        if byte < 0x80 { return byte >= 0x41 && byte <= 0x5A }
        return text.first?.isUppercase ?? false
    }
    /// True for an all-capitals word of two or more letters, dots allowed: "CNN", "USA", "U.S.".
    var isAcronym: Bool {
        guard kind == .word else { return false }
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var letters = 0
            for byte in text.utf8 where byte != UInt8(ascii: ".") {
                guard byte >= 0x41 && byte <= 0x5A else { return false }
                letters += 1
            }
            return letters >= 2
        }
        let letters = text.filter { $0 != "." }
        return letters.count >= 2 && letters.allSatisfy { $0.isUppercase }
    }
}

/// Splits a text into ``ScannedToken``s with ICU word and sentence boundaries.
///
/// A dot that closes an abbreviation with inner dots ("U.S.") or an initial ("F.") joins its word, so that
/// acronyms keep their spelling. Every line break starts a new sentence (web copy puts headlines on lines).
package final class WordScanner {
    private let words: BreakIterator
    private let sentences: BreakIterator

    /// Opens ICU break iterators with the rules of `language`.
    package init(language: LanguageCode) throws(TextError) {
        words = try BreakIterator(.word, locale: language.rawValue)
        sentences = try BreakIterator(.sentence, locale: language.rawValue + "@ss=standard")
    }

    /// The tokens of `text`, in order.
    /// - Complexity: O(n) in the length of `text`.
    package func tokens(of text: String) -> [ScannedToken] {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty, (try? words.setText(bytes)) != nil, (try? sentences.setText(bytes)) != nil else {
            return []
        }
        let sentenceStarts = sentences.boundaries()
        var nextSentence = 0
        var tokens: [ScannedToken] = []
        var start = 0
        var sentence = 0
        var atSentenceStart = true
        func beginSentence() {
            if !atSentenceStart, !tokens.isEmpty { sentence += 1 }
            atSentenceStart = true
        }
        for (end, status) in words.boundariesWithStatus() {
            defer { start = end }
            while nextSentence < sentenceStarts.count, sentenceStarts[nextSentence] < start { nextSentence += 1 }
            if nextSentence < sentenceStarts.count, sentenceStarts[nextSentence] == start { beginSentence() }
            let isLetters = BreakIterator.WordStatus.letter.contains(status)
            if !isLetters, !BreakIterator.WordStatus.number.contains(status),
                bytes[start..<end].allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D })
            {
                // Plain white space: no token; a line break starts a sentence (headlines stand on lines).
                if bytes[start..<end].contains(where: { $0 == 0x0A || $0 == 0x0D }) { beginSentence() }
                continue
            }
            let piece = String(decoding: bytes[start..<end], as: UTF8.self)
            let kind = Self.kind(of: piece, status: status)
            if kind == .space {
                if piece.contains(where: \.isNewline) { beginSentence() }
                continue
            }
            if kind == .punctuation, piece == ".", var last = tokens.last, last.range.upperBound == start,
                last.kind == .word, !last.text.hasSuffix("."),
                last.text.contains(".") || (last.text.count == 1 && last.isCapitalised)
            {
                // "B.T." then a full stop: the second dot ends the sentence, it is not part of the word.
                last.text += "."
                last.range = last.range.lowerBound..<end
                tokens[tokens.count - 1] = last
                continue
            }
            let isOpening = kind == .word || kind == .number
            tokens.append(ScannedToken(text: piece, range: start..<end, kind: kind,
                                       startsSentence: atSentenceStart && isOpening, sentence: sentence))
            if isOpening { atSentenceStart = false }
        }
        return tokens
    }

    private static func kind(of piece: String, status: Int) -> ScannedToken.Kind {
        if BreakIterator.WordStatus.letter.contains(status) { return .word }
        if BreakIterator.WordStatus.number.contains(status) { return .number }
        if piece.allSatisfy(\.isWhitespace) { return .space }
        if piece.contains(where: \.isLetter) { return .word }
        return .punctuation
    }
}
