/// Turns sentences into ``SentenceEvidence``: one pass over the Unicode scalars, no allocation per word
/// beyond the key list.
struct EvidenceExtractor: Sendable {
    /// Which side of the alignment the sentences are on; lexicon keys differ by side.
    enum Side: Sendable { case source, target }

    let side: Side
    let lexicon: TranslationLexicon?

    /// Stem length of the truncation stemmer that lexicon keys use on both sides.
    static let stemLength = 6

    /// Evidence for one sentence.
    /// - Complexity: O(n) in the length of `text`.
    func evidence(for text: String) -> SentenceEvidence {
        var keys: [UInt64] = []
        keys.reserveCapacity(24)
        var length = 0
        var word: [UInt8] = []
        word.reserveCapacity(32)
        var digits: [UInt8] = []
        var wordIsCapitalised = false
        var wordCount = 0
        var pendingSeparator = false

        func finishWord() {
            if !word.isEmpty {
                addWordKeys(word, capitalised: wordIsCapitalised, first: wordCount == 0, into: &keys)
                wordCount += 1
                word.removeAll(keepingCapacity: true)
            }
        }
        func finishNumber() {
            if !digits.isEmpty {
                keys.append(EvidenceKind.number.tag(stableHash(digits)))
                wordCount += 1
                digits.removeAll(keepingCapacity: true)
            }
            pendingSeparator = false
        }

        for scalar in text.unicodeScalars {
            length += 1
            let value = scalar.value
            if value >= 48 && value <= 57 {
                finishWord()
                pendingSeparator = false
                digits.append(UInt8(truncatingIfNeeded: value))
                continue
            }
            if !digits.isEmpty {
                if !pendingSeparator && (value == 46 || value == 44 || value == 58) {  // . , : inside a number
                    pendingSeparator = true
                    continue
                }
                finishNumber()
            }
            if scalar.properties.isAlphabetic {
                if word.isEmpty { wordIsCapitalised = WordFolding.isUppercase(scalar) }
                WordFolding.append(scalar, to: &word)
                continue
            }
            finishWord()
            switch value {
            case 0x3F: keys.append(EvidenceKind.punctuation.tag(1))  // ?
            case 0x21: keys.append(EvidenceKind.punctuation.tag(2))  // !
            case 0x22, 0xAB, 0xBB, 0x201C, 0x201D, 0x201E, 0x2039, 0x203A:
                keys.append(EvidenceKind.punctuation.tag(3))  // quotation marks of any style
            case 0x28: keys.append(EvidenceKind.punctuation.tag(4))  // (
            default: break
            }
        }
        finishWord()
        finishNumber()
        keys.sort()
        var unique: [UInt64] = []
        unique.reserveCapacity(keys.count)
        for key in keys where unique.last != key { unique.append(key) }
        return SentenceEvidence(length: Double(length), keys: unique)
    }

    private func addWordKeys(_ word: [UInt8], capitalised: Bool, first: Bool, into keys: inout [UInt64]) {
        if word.count >= 4 {
            keys.append(EvidenceKind.cognate.tag(stableHash(word[0..<4])))
        }
        if capitalised && !first && word.count >= 2 {
            let end = word.count > 3 && word.last == UInt8(ascii: "s") ? word.count - 1 : word.count
            keys.append(EvidenceKind.name.tag(stableHash(word[0..<end])))
        }
        guard let lexicon, word.count >= 2 else { return }
        let stem = stableHash(word.prefix(Self.stemLength))
        switch side {
        case .target:
            if lexicon.targetStems.contains(stem) { keys.append(EvidenceKind.translation.tag(stem)) }
        case .source:
            for translation in lexicon.translations(ofStem: stem) {
                keys.append(EvidenceKind.translation.tag(translation))
            }
        }
    }
}
