/// A word, number or punctuation run of a text, with its UTF-8 byte range and its place in the text's sentences
/// (the document view of ``WordScanner``).
package struct ScannedToken: Sendable, Equatable {
    package enum Kind: Sendable, Equatable { case word, number, punctuation, space }
    package var text: String
    package var range: Range<Int>
    package var kind: Kind
    /// True for the first word or number of a sentence (or of a headline line).
    package var startsSentence: Bool
    /// The index of the sentence the token belongs to, counting from 0.
    package var sentence: Int

    package init(text: String, range: Range<Int>, kind: Kind, startsSentence: Bool, sentence: Int) {
        self.text = text
        self.range = range
        self.kind = kind
        self.startsSentence = startsSentence
        self.sentence = sentence
    }

    /// True when the first character is an upper-case letter ("WikiLeaks", "U.S.", "Assange").
    package var isCapitalised: Bool {
        guard kind == .word, let byte = text.utf8.first else { return false }
        // ASCII answers from the byte; other letters ask Unicode.
        if byte < 0x80 { return byte >= 0x41 && byte <= 0x5A }
        return text.first?.isUppercase ?? false
    }
    /// True for an all-capitals word of two or more letters, dots allowed: "CNN", "USA", "U.S.".
    package var isAcronym: Bool {
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

/// The one word scanner: ICU word breaks with the rules of a language, walked once per text, with the view each
/// reader needs.
///
/// - ``tokens(in:joiningAbbreviations:)`` (through `Segmenter.tokens(in:)`): the ``Token``s of one sentence, spaces
///   skipped; a known abbreviation keeps its period. Read by segmentation output, phrasing and the glossary.
/// - ``tokens(of:)``: the ``ScannedToken``s of a whole text with their sentences (ICU sentence boundaries without
///   suppressions, and every line break: web copy puts headlines on lines); a dot that closes an abbreviation
///   with inner dots ("U.S.") or an initial ("F.") joins its word, so that acronyms keep their spelling. Read
///   by entity recognition, the tagger, name projection and the events' quantities and content words.
///
/// The two views name the same ICU segments differently (a symbol such as "$" is a `symbol` token in one and
/// `punctuation` in the other), as the readers of each were built and trained on them. The date tokens are cut
/// from the document view's tokens (`DateToken`, TolkEvents). The keys that fold words as they read them (the
/// aligner's and the paraphrase pass's) read the scalar view (``forEachRun(in:_:)``), and lexicon learning reads
/// corpus bytes (`WordTokenizer`). An instance holds ICU iterators: not safe to share between threads.
package final class WordScanner {
    let words: BreakIterator
    private let sentences: BreakIterator?

    /// Opens ICU break iterators with the rules of `language`; without `sentences`, only the sentence view
    /// (``tokens(in:joiningAbbreviations:)``) is served, and ``tokens(of:)`` starts sentences at line breaks only.
    /// - Throws: ``TextError/icu(operation:status:)`` when ICU cannot open them.
    package init(language: LanguageCode, sentences: Bool = true) throws(TextError) {
        words = try BreakIterator(.word, locale: language.rawValue)
        self.sentences = sentences ? try BreakIterator(.sentence, locale: language.rawValue + "@ss=standard") : nil
    }

    /// Calls `body` with the byte range and ICU rule status of every word-break segment of `buffer`.
    /// - Returns: `false` when ICU could not take the text.
    @discardableResult
    private func forEachSegment(_ buffer: UnsafeBufferPointer<UInt8>,
                                _ body: (_ range: Range<Int>, _ status: Int) -> Void) -> Bool {
        let walked: Void? = try? words.withText(buffer) {
            var previous = words.firstBoundary()
            while let offset = words.nextBoundary() {
                body(previous..<offset, words.ruleStatus)
                previous = offset
            }
        }
        return walked != nil
    }
}

extension WordScanner {
    /// The word tokens of `sentence`, skipping spaces (the view of `Segmenter.tokens(in:)`).
    ///
    /// A word directly followed by a period gives the period as its own punctuation token, unless
    /// `joiningAbbreviations` says the word with its period is an abbreviation ("f.eks.", "U.S.").
    /// - Returns: tokens whose ranges are UTF-8 byte ranges into `sentence`.
    /// - Complexity: O(n) in the length of `sentence`.
    package func tokens(in sentence: String,
                        joiningAbbreviations: (UnsafeBufferPointer<UInt8>) -> Bool) -> [Token] {
        guard !sentence.isEmpty else { return [] }
        var sentence = sentence
        return sentence.withUTF8 { buffer in
            var tokens: [Token] = []
            tokens.reserveCapacity(buffer.count / 5 + 4)
            var lastWord: Range<Int>? = nil  // the range of the last token if it is a word
            let walked = forEachSegment(buffer) { range, status in
                // Decide the kind from the bytes first: spaces (about half the segments) never become strings.
                guard let kind = Self.kind(of: UnsafeBufferPointer(rebasing: buffer[range]), status: status) else {
                    lastWord = nil
                    return
                }
                if kind == .punctuation, range.count == 1, buffer[range.lowerBound] == 0x2E, let word = lastWord,
                   word.upperBound == range.lowerBound,
                   joiningAbbreviations(UnsafeBufferPointer(rebasing: buffer[word.lowerBound..<range.upperBound]))
                {
                    let joined = word.lowerBound..<range.upperBound
                    tokens[tokens.count - 1] = Token(text: ChunkLayout.string(buffer, joined), range: joined, kind: .word)
                    lastWord = joined
                    return
                }
                tokens.append(Token(text: ChunkLayout.string(buffer, range), range: range, kind: kind))
                lastWord = kind == .word ? range : nil
            }
            return walked ? tokens : []
        }
    }

    /// What a word-break segment is in the sentence view, or `nil` for spaces and invisible characters.
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

extension WordScanner {
    /// The tokens of a whole `text` with their sentences, in order (the document view).
    /// - Complexity: O(n) in the length of `text`.
    package func tokens(of text: String) -> [ScannedToken] {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty else { return [] }
        var sentenceStarts: [Int] = []
        if let sentences {
            guard (try? sentences.setText(bytes)) != nil else { return [] }
            sentenceStarts = sentences.boundaries()
        }
        var scan = DocumentScan(sentenceStarts: sentenceStarts)
        let walked = bytes.withUnsafeBufferPointer { buffer in
            forEachSegment(buffer) { range, status in scan.add(range, status: status, bytes: buffer) }
        }
        return walked ? scan.tokens : []
    }

    /// The state of the document view's walk: the tokens so far and the sentence being read.
    private struct DocumentScan {
        let sentenceStarts: [Int]
        var nextSentence = 0
        var tokens: [ScannedToken] = []
        var sentence = 0
        var atSentenceStart = true

        init(sentenceStarts: [Int]) { self.sentenceStarts = sentenceStarts }

        mutating func beginSentence() {
            if !atSentenceStart, !tokens.isEmpty { sentence += 1 }
            atSentenceStart = true
        }

        mutating func add(_ range: Range<Int>, status: Int, bytes: UnsafeBufferPointer<UInt8>) {
            let start = range.lowerBound, end = range.upperBound
            while nextSentence < sentenceStarts.count, sentenceStarts[nextSentence] < start { nextSentence += 1 }
            if nextSentence < sentenceStarts.count, sentenceStarts[nextSentence] == start { beginSentence() }
            let isLetters = BreakIterator.WordStatus.letter.contains(status)
            if !isLetters, !BreakIterator.WordStatus.number.contains(status),
                bytes[range].allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D })
            {
                // Plain white space: no token; a line break starts a sentence (headlines stand on lines).
                if bytes[range].contains(where: { $0 == 0x0A || $0 == 0x0D }) { beginSentence() }
                return
            }
            let piece = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
            let kind = WordScanner.kind(of: piece, status: status)
            if kind == .space {
                if piece.contains(where: \.isNewline) { beginSentence() }
                return
            }
            if kind == .punctuation, piece == ".", var last = tokens.last, last.range.upperBound == start,
                last.kind == .word, !last.text.hasSuffix("."),
                last.text.contains(".") || (last.text.count == 1 && last.isCapitalised)
            {
                // "B.T." then a full stop: the second dot ends the sentence, it is not part of the word.
                last.text += "."
                last.range = last.range.lowerBound..<end
                tokens[tokens.count - 1] = last
                return
            }
            let isOpening = kind == .word || kind == .number
            tokens.append(ScannedToken(text: piece, range: range, kind: kind,
                                       startsSentence: atSentenceStart && isOpening, sentence: sentence))
            if isOpening { atSentenceStart = false }
        }
    }

    /// What a word-break segment is in the document view.
    private static func kind(of piece: String, status: Int) -> ScannedToken.Kind {
        if BreakIterator.WordStatus.letter.contains(status) { return .word }
        if BreakIterator.WordStatus.number.contains(status) { return .number }
        if piece.allSatisfy(\.isWhitespace) { return .space }
        if piece.contains(where: \.isLetter) { return .word }
        return .punctuation
    }
}
