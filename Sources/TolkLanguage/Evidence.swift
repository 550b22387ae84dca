import TolkText

/// What one pass over a text found: per-language statistical scores for Latin-script words, and letter counts per
/// script family for everything else.
struct Evidence {
    /// Statistical score per model language (index as in ``NgramModel/languages``), in nats above the floor.
    var scores: [Double]
    /// Latin-script words scored.
    var latinWords = 0
    /// Letters seen per script family (index: ``ScriptFamily/rawValue``).
    var scriptLetters = [Int](repeating: 0, count: ScriptFamily.allCases.count)
    /// Cyrillic letters only Ukrainian uses (і ї є ґ) and letters only Russian uses (ы э ъ ё).
    var ukrainianMarkers = 0
    var russianMarkers = 0

    /// Letters of all scripts.
    var letters: Int { scriptLetters.reduce(0, +) }

    /// The script family with the most letters (ties go to the family listed first), or nil without letters.
    var dominantScript: ScriptFamily? {
        var best: ScriptFamily?
        var bestCount = 0
        for family in ScriptFamily.allCases where scriptLetters[family.rawValue] > bestCount {
            best = family
            bestCount = scriptLetters[family.rawValue]
        }
        return best
    }
}

/// Scans UTF-8 text word by word, without building strings: letters are lower-cased scalar by scalar into a
/// reused buffer, words and their n-grams are hashed incrementally (FNV-1a over UTF-8) and looked up in the model.
struct EvidenceScanner {
    /// Weight of one n-gram's value and of one word's value in a language's score.
    let ngramWeight: Double
    let wordWeight: Double
    /// Words longer than this many letters are cut for n-gram and word lookups.
    static let maximumWordLength = 48

    /// Scans `text` and returns its evidence.
    /// - Complexity: O(n) in the length of `text`: at most five model lookups per letter.
    func scan(_ text: UnsafeBufferPointer<UInt8>, model: NgramModel.Reader, languageCount: Int) -> Evidence {
        var evidence = Evidence(scores: [])
        var scores = [Double](repeating: 0, count: 256)
        var word = [UInt32](repeating: 0, count: Self.maximumWordLength + 2)
        var length = 0
        var wordIsLatin = true
        scores.withUnsafeMutableBufferPointer { scorePointer in
            guard let scoreBase = scorePointer.baseAddress else { return }
            word.withUnsafeMutableBufferPointer { wordBuffer in
                var index = 0
                let end = text.count
                while index <= end {
                    var scalarValue: UInt32 = 0x20
                    if index < end {
                        let (value, width) = Self.decode(text, at: index)
                        scalarValue = value
                        index += width
                    } else {
                        index += 1
                    }
                    if let letter = Self.letter(scalarValue) {
                        let family = letter.family
                        if family != .latin { wordIsLatin = false }
                        evidence.scriptLetters[family.rawValue] += 1
                        if family == .cyrillic { countCyrillicMarkers(letter.lower, into: &evidence) }
                        if length < Self.maximumWordLength {
                            length += 1
                            wordBuffer[length] = letter.lower
                        }
                    } else if Self.isMark(scalarValue), length > 0 {
                        if length < Self.maximumWordLength {
                            length += 1
                            wordBuffer[length] = scalarValue
                        }
                    } else if length > 0 {
                        if wordIsLatin {
                            scoreWord(wordBuffer, length: length, model: model, scores: scoreBase)
                            evidence.latinWords += 1
                        }
                        length = 0
                        wordIsLatin = true
                    }
                }
            }
        }
        evidence.scores = Array(scores.prefix(languageCount))
        return evidence
    }

    private func countCyrillicMarkers(_ scalar: UInt32, into evidence: inout Evidence) {
        switch scalar {
        case 0x456, 0x457, 0x454, 0x491: evidence.ukrainianMarkers += 1
        case 0x44B, 0x44D, 0x44A, 0x451: evidence.russianMarkers += 1
        default: break
        }
    }

    /// Scores one word held in `word[1...length]`; `word[0]` and `word[length + 1]` become the padding spaces.
    @inline(__always)
    private func scoreWord(
        _ word: UnsafeMutableBufferPointer<UInt32>, length: Int, model: NgramModel.Reader,
        scores: UnsafeMutablePointer<Double>
    ) {
        word[0] = 0x20
        word[length + 1] = 0x20
        var wordHash = Self.hash(byte: NgramModel.wordTag, into: NgramModel.hashOffset)
        for position in 1...length { wordHash = Self.hash(scalar: word[position], into: wordHash) }
        model.accumulate(hash: wordHash, weight: wordWeight, into: scores)
        let padded = length + 2
        for start in 0..<padded {
            var gram = NgramModel.hashOffset
            for order in 1...5 {
                let position = start + order - 1
                if position >= padded { break }
                gram = Self.hash(scalar: word[position], into: gram)
                if order == 1 && word[start] == 0x20 { continue }
                model.accumulate(hash: gram, weight: ngramWeight, into: scores)
            }
        }
    }

    @inline(__always)
    static func hash(byte: UInt8, into hash: UInt64) -> UInt64 {
        (hash ^ UInt64(byte)) &* NgramModel.hashPrime
    }

    /// Folds the UTF-8 bytes of `scalar` into `hash`.
    @inline(__always)
    static func hash(scalar: UInt32, into hash: UInt64) -> UInt64 {
        var result = hash
        if scalar < 0x80 {
            result = Self.hash(byte: UInt8(scalar), into: result)
        } else if scalar < 0x800 {
            result = Self.hash(byte: UInt8(0xC0 | (scalar >> 6)), into: result)
            result = Self.hash(byte: UInt8(0x80 | (scalar & 0x3F)), into: result)
        } else if scalar < 0x10000 {
            result = Self.hash(byte: UInt8(0xE0 | (scalar >> 12)), into: result)
            result = Self.hash(byte: UInt8(0x80 | ((scalar >> 6) & 0x3F)), into: result)
            result = Self.hash(byte: UInt8(0x80 | (scalar & 0x3F)), into: result)
        } else {
            result = Self.hash(byte: UInt8(0xF0 | (scalar >> 18)), into: result)
            result = Self.hash(byte: UInt8(0x80 | ((scalar >> 12) & 0x3F)), into: result)
            result = Self.hash(byte: UInt8(0x80 | ((scalar >> 6) & 0x3F)), into: result)
            result = Self.hash(byte: UInt8(0x80 | (scalar & 0x3F)), into: result)
        }
        return result
    }

    /// Decodes the scalar at `index` of well-formed or ill-formed UTF-8; ill-formed bytes decode as U+FFFD, width 1.
    @inline(__always)
    static func decode(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
        let lead = UInt32(text[index])
        if lead < 0x80 { return (lead, 1) }
        let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0
        guard width > 0, index + width <= text.count else { return (0xFFFD, 1) }
        var value = lead & (0x7F >> UInt32(width))
        for offset in 1..<width {
            let byte = UInt32(text[index + offset])
            guard byte & 0xC0 == 0x80 else { return (0xFFFD, 1) }
            value = (value << 6) | (byte & 0x3F)
        }
        return (value, width)
    }

    /// A letter's lower-case form and script family, or nil for anything that is not a letter.
    @inline(__always)
    static func letter(_ scalar: UInt32) -> (lower: UInt32, family: ScriptFamily)? {
        if scalar < 0x80 {
            if scalar >= 0x41 && scalar <= 0x5A { return (scalar + 0x20, .latin) }
            if scalar >= 0x61 && scalar <= 0x7A { return (scalar, .latin) }
            return nil
        }
        guard let unicodeScalar = Unicode.Scalar(scalar), unicodeScalar.properties.isAlphabetic,
            !unicodeScalar.properties.generalCategory.isMark
        else { return nil }
        return (CaseTable.lower(scalar), ScriptFamily(of: unicodeScalar))
    }

    /// Whether the scalar is a combining mark (kept inside a word, as the generator does).
    @inline(__always)
    static func isMark(_ scalar: UInt32) -> Bool {
        guard scalar >= 0x300, let unicodeScalar = Unicode.Scalar(scalar) else { return false }
        return unicodeScalar.properties.generalCategory.isMark
    }
}

extension Unicode.GeneralCategory {
    var isMark: Bool { self == .nonspacingMark || self == .spacingMark || self == .enclosingMark }
}
