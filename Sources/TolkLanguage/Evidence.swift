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
    /// A checksum of model bytes read ahead of use (keeps those reads from being optimized away; not a result).
    var touched: UInt32 = 0

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
    /// Model language indexes that are candidates (bit i set: language i).
    let candidateMask: UInt64
    /// Once the best candidate leads the second by this much (score units), later Latin words are no longer scored:
    /// the answer cannot realistically change and long texts cost little. Letters are still counted.
    static let saturationMargin = 40.0
    /// Words longer than this many letters are cut for n-gram and word lookups.
    static let maximumWordLength = 48

    /// Scans `text` and returns its evidence.
    /// - Complexity: O(n) in the length of `text`: at most five model lookups per letter.
    func scan(_ text: UnsafeBufferPointer<UInt8>, model: NgramModel.Reader, languageCount: Int) -> Evidence {
        var evidence = Evidence(scores: [])
        withUnsafeTemporaryAllocation(of: Double.self, capacity: 256) { scores in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: Self.maximumWordLength + 2) { word in
                withUnsafeTemporaryAllocation(of: UInt64.self, capacity: Self.keysPerWord) { keys in
                    withUnsafeTemporaryAllocation(of: Int.self, capacity: Self.keysPerWord) { positions in
                        scores.initialize(repeating: 0)
                        word.initialize(repeating: 0)
                        let scratch = Scratch(scores: scores, word: word, keys: keys, positions: positions)
                        scanLetters(text, model: model, scratch: scratch, evidence: &evidence)
                        evidence.scores = Array(scores.prefix(languageCount))
                    }
                }
            }
        }
        return evidence
    }

    /// Keys looked up per word: the word itself and at most five n-grams per padded position.
    static let keysPerWord = 1 + 5 * (maximumWordLength + 2)

    /// Buffers reused across the words of one scan (stack-allocated by ``scan(_:model:languageCount:)``).
    struct Scratch {
        let scores: UnsafeMutableBufferPointer<Double>
        let word: UnsafeMutableBufferPointer<UInt32>
        let keys: UnsafeMutableBufferPointer<UInt64>
        let positions: UnsafeMutableBufferPointer<Int>
    }

    private func scanLetters(
        _ text: UnsafeBufferPointer<UInt8>, model: NgramModel.Reader, scratch: Scratch, evidence: inout Evidence
    ) {
        let wordBuffer = scratch.word
        var length = 0
        var wordIsLatin = true
        var saturated = false
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
            } else if length > 0, Self.isMark(scalarValue) {
                if length < Self.maximumWordLength {
                    length += 1
                    wordBuffer[length] = scalarValue
                }
            } else if length > 0 {
                if wordIsLatin && !saturated {
                    evidence.touched &+= scoreWord(length: length, model: model, scratch: scratch)
                    evidence.latinWords += 1
                    saturated = leadExceedsSaturation(scratch.scores)
                }
                length = 0
                wordIsLatin = true
            }
        }
    }

    /// Whether the best candidate's score leads the second's by more than ``saturationMargin``.
    @inline(__always)
    private func leadExceedsSaturation(_ scores: UnsafeMutableBufferPointer<Double>) -> Bool {
        var best = -Double.infinity
        var second = -Double.infinity
        var mask = candidateMask
        while mask != 0 {
            let index = mask.trailingZeroBitCount
            mask &= mask - 1
            let score = scores[index]
            if score > best {
                second = best
                best = score
            } else if score > second {
                second = score
            }
        }
        return best - second > Self.saturationMargin
    }

    private func countCyrillicMarkers(_ scalar: UInt32, into evidence: inout Evidence) {
        switch scalar {
        case 0x456, 0x457, 0x454, 0x491: evidence.ukrainianMarkers += 1
        case 0x44B, 0x44D, 0x44A, 0x451: evidence.russianMarkers += 1
        default: break
        }
    }

    /// Scores one word held in `word[1...length]` of the scratch; `word[0]` and `word[length + 1]` become the
    /// padding spaces. All keys are hashed first and their slots and postings touched in separate passes, so that
    /// the memory loads of one word overlap.
    /// - Returns: A checksum of the touched bytes (kept by the caller so the touching loads stay in the program).
    @inline(__always)
    private func scoreWord(length: Int, model: NgramModel.Reader, scratch: Scratch) -> UInt32 {
        let word = scratch.word
        let keys = scratch.keys
        let positions = scratch.positions
        word[0] = 0x20
        word[length + 1] = 0x20
        var wordHash = StableHash.adding(NgramModel.wordTag, to: StableHash.offsetBasis)
        for position in 1...length { wordHash = Self.hash(scalar: word[position], into: wordHash) }
        keys[0] = wordHash
        var count = 1
        let padded = length + 2
        for start in 0..<padded {
            var gram = StableHash.offsetBasis
            for order in 1...5 {
                let position = start + order - 1
                if position >= padded { break }
                gram = Self.hash(scalar: word[position], into: gram)
                if order == 1 && word[start] == 0x20 { continue }
                keys[count] = gram
                count += 1
            }
        }
        var touched: UInt32 = 0
        for index in 0..<count { touched &+= model.touchSlot(keys[index]) }
        for index in 0..<count {
            positions[index] = model.find(keys[index])
            touched &+= model.touchPostings(positions[index])
        }
        guard let scores = scratch.scores.baseAddress else { return touched }
        model.accumulate(positions[0], weight: wordWeight, into: scores)
        for index in 1..<count { model.accumulate(positions[index], weight: ngramWeight, into: scores) }
        return touched
    }

    /// Folds the UTF-8 bytes of `scalar` into `hash`.
    @inline(__always)
    static func hash(scalar: UInt32, into hash: UInt64) -> UInt64 {
        var result = hash
        if scalar < 0x80 {
            result = StableHash.adding(UInt8(scalar), to: result)
        } else if scalar < 0x800 {
            result = StableHash.adding(UInt8(0xC0 | (scalar >> 6)), to: result)
            result = StableHash.adding(UInt8(0x80 | (scalar & 0x3F)), to: result)
        } else if scalar < 0x10000 {
            result = StableHash.adding(UInt8(0xE0 | (scalar >> 12)), to: result)
            result = StableHash.adding(UInt8(0x80 | ((scalar >> 6) & 0x3F)), to: result)
            result = StableHash.adding(UInt8(0x80 | (scalar & 0x3F)), to: result)
        } else {
            result = StableHash.adding(UInt8(0xF0 | (scalar >> 18)), to: result)
            result = StableHash.adding(UInt8(0x80 | ((scalar >> 12) & 0x3F)), to: result)
            result = StableHash.adding(UInt8(0x80 | ((scalar >> 6) & 0x3F)), to: result)
            result = StableHash.adding(UInt8(0x80 | (scalar & 0x3F)), to: result)
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
        // Latin-1 letters (not × and ÷) and Latin Extended-A/B are all letters of the Latin script.
        if scalar >= 0xC0 && scalar < 0x250 && scalar != 0xD7 && scalar != 0xF7 {
            return (CaseTable.lower(scalar), .latin)
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
