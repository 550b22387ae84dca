import TolkText

/// Turns sentences into ``SentenceEvidence``: one pass over the Unicode scalars (the scalar view of
/// ``WordScanner``), no allocation per word beyond the key list.
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

    /// Evidence for one sentence, from the scalar view of the word scanner (``WordScanner/forEachRun(in:_:)``):
    /// a number runs across one separator at a time ("1.000", "14:30"); each word gives its keys.
    /// - Complexity: O(n) in the length of `text`.
    package func evidence(for text: String) -> SentenceEvidence {
        var state = State()
        var length = 0
        WordScanner.forEachRun(in: text) { run in
            length += run.scalarCount
            switch run.kind {
            case .digits:
                state.pendingSeparator = false
                state.digits.append(contentsOf: run.bytes)
            case .letters:
                state.finishNumber()
                addWordKeys(run.bytes, capitalised: run.isCapitalised, first: state.tokenCount == 0, into: &state.keys)
                state.tokenCount += 1
            case .mark:
                let value = run.scalar.value
                if !state.digits.isEmpty {
                    if !state.pendingSeparator && (value == 46 || value == 44 || value == 58) {  // . , : in a number
                        state.pendingSeparator = true
                        return
                    }
                    state.finishNumber()
                }
                switch value {
                case 0x3F: state.keys.append(EvidenceKind.punctuation.tag(1))  // ?
                case 0x21: state.keys.append(EvidenceKind.punctuation.tag(2))  // !
                case 0x22, 0xAB, 0xBB, 0x201C, 0x201D, 0x201E, 0x2039, 0x203A:
                    state.keys.append(EvidenceKind.punctuation.tag(3))  // quotation marks of any style
                case 0x28: state.keys.append(EvidenceKind.punctuation.tag(4))  // (
                default: break
                }
            }
        }
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
        var digits: [UInt8] = []
        var tokenCount = 0
        var pendingSeparator = false

        init() {
            keys.reserveCapacity(24)
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
