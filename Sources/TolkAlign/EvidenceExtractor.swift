import TolkText

/// Turns sentences into ``SentenceEvidence``: one pass over the Unicode scalars, no allocation per word
/// beyond the key list.
package struct EvidenceExtractor: Sendable {
    /// Which side of the alignment the sentences are on; lexicon keys differ by side.
    package enum Side: Sendable { case source, target }

    let side: Side
    let lexicon: TranslationLexicon?
    /// How many of a source word's translations become keys, best first. A word has one translation in a
    /// given sentence, so a sentence aligner takes only the likeliest (each extra candidate would count as a
    /// missed key); comparable matching, which looks for any overlap, takes them all.
    var translationsPerWord = Int.max

    package init(side: Side, lexicon: TranslationLexicon?, translationsPerWord: Int = .max) {
        self.side = side
        self.lexicon = lexicon
        self.translationsPerWord = translationsPerWord
    }

    /// Evidence for one sentence.
    /// - Complexity: O(n) in the length of `text`.
    package func evidence(for text: String) -> SentenceEvidence {
        var state = State()
        var length = 0
        for scalar in text.unicodeScalars {
            length += 1
            let value = scalar.value
            if value >= 48 && value <= 57 {
                finishWord(&state)
                state.pendingSeparator = false
                state.digits.append(UInt8(truncatingIfNeeded: value))
                continue
            }
            if !state.digits.isEmpty {
                if !state.pendingSeparator && (value == 46 || value == 44 || value == 58) {  // . , : in a number
                    state.pendingSeparator = true
                    continue
                }
                state.finishNumber()
            }
            if WordFolding.isLetter(scalar) {
                if state.word.isEmpty { state.wordIsCapitalised = WordFolding.isUppercase(scalar) }
                WordFolding.append(scalar, to: &state.word)
                continue
            }
            finishWord(&state)
            switch value {
            case 0x3F: state.keys.append(EvidenceKind.punctuation.tag(1))  // ?
            case 0x21: state.keys.append(EvidenceKind.punctuation.tag(2))  // !
            case 0x22, 0xAB, 0xBB, 0x201C, 0x201D, 0x201E, 0x2039, 0x203A:
                state.keys.append(EvidenceKind.punctuation.tag(3))  // quotation marks of any style
            case 0x28: state.keys.append(EvidenceKind.punctuation.tag(4))  // (
            default: break
            }
        }
        finishWord(&state)
        state.finishNumber()
        var keys = state.keys
        keys.sort()
        var unique: [UInt64] = []
        unique.reserveCapacity(keys.count)
        for key in keys where unique.last != key { unique.append(key) }
        return SentenceEvidence(length: Double(length), keys: unique)
    }

    /// The scan's state: the word or number being read and the keys so far.
    private struct State {
        var keys: [UInt64] = []
        var word: [UInt8] = []
        var digits: [UInt8] = []
        var wordIsCapitalised = false
        var tokenCount = 0
        var pendingSeparator = false

        init() {
            keys.reserveCapacity(24)
            word.reserveCapacity(32)
        }

        mutating func finishNumber() {
            if !digits.isEmpty {
                keys.append(EvidenceKind.number.tag(stableHash(digits)))
                tokenCount += 1
                digits.removeAll(keepingCapacity: true)
            }
            pendingSeparator = false
        }
    }

    @inline(__always)
    private func finishWord(_ state: inout State) {
        guard !state.word.isEmpty else { return }
        addWordKeys(state.word, capitalised: state.wordIsCapitalised, first: state.tokenCount == 0, into: &state.keys)
        state.tokenCount += 1
        state.word.removeAll(keepingCapacity: true)
    }

    private func addWordKeys(_ word: [UInt8], capitalised: Bool, first: Bool, into keys: inout [UInt64]) {
        if let cognate = StemKey.cognate(word, letters: 4) { keys.append(EvidenceKind.cognate.tag(cognate)) }
        if capitalised && !first && word.count >= 2 {
            keys.append(EvidenceKind.name.tag(stableHash(Genitive.nameSpelling(word))))
        }
        guard let lexicon, word.count >= 2 else { return }
        let stem = StemKey.translation(word)
        switch side {
        case .target:
            if lexicon.targetStems.contains(stem) { keys.append(EvidenceKind.translation.tag(stem)) }
        case .source:
            for translation in lexicon.translations(ofStem: stem).prefix(translationsPerWord) {
                keys.append(EvidenceKind.translation.tag(translation))
            }
        }
    }
}
