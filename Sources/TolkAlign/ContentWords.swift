import Foundation
import TolkLexicon
import TolkText

/// One cross-language key of a content word and the word's position in its sentence, packed in 64 bits (a
/// collection holds one per key of every sentence): the kind's 4 bits, 44 bits of the key's hash, 16 of the
/// word. Ordered by key, then word.
package struct ContentKey: Sendable, Comparable {
    private let raw: UInt64

    /// A key (tagged with its ``EvidenceKind``) of word `word`.
    init(key: UInt64, word: UInt16) {
        raw = (key & Self.kindMask) | ((key & Self.hashMask) << 16) | UInt64(word)
    }

    private static let kindMask: UInt64 = 0xF000_0000_0000_0000
    private static let hashMask: UInt64 = 0x0000_0FFF_FFFF_FFFF

    /// The key without the word: kind and hash, comparable between sentences and sides.
    package var key: UInt64 { raw >> 16 }
    /// The word's position among the sentence's content words.
    package var word: UInt16 { UInt16(truncatingIfNeeded: raw) }
    /// The kind of evidence the key is.
    package var kind: EvidenceKind { EvidenceKind(rawValue: raw >> EvidenceKind.shift) ?? .cognate }

    package static func < (a: ContentKey, b: ContentKey) -> Bool { a.raw < b.raw }
}

/// Turns a sentence into the keys of its words for the paraphrase pass, word by word, so that a word found in
/// the other sentence counts once however many of its keys meet there.
///
/// A word's keys: a number's digits; a capitalised word's folded spelling without a genitive "s" (a name:
/// Clintons, Clinton); the first five folded letters of a word of five letters or more (a cognate:
/// russiske / Russian, konkluderer / conclusion, hackede / hacked); and on the source side the lexicon
/// translations of its stem (the best ``translationsPerWord``), on the target side its own stem when the
/// lexicon knows it. Words joined by a hyphen are one word with the keys of each part and of the whole
/// (e-mails / emails, Wikileaks-stifteren / WikiLeaks founder). Function words (the language's list in
/// `lexicons/phrasing/<language>/function-words.tsv`: articles, pronouns, prepositions, auxiliaries) and words
/// of one or two letters that are not capitalised carry no content.
package struct ContentExtractor: Sendable {
    let side: EvidenceExtractor.Side
    let lexicon: TranslationLexicon?
    /// Folded spellings of the language's function words.
    let functionWords: Set<[UInt8]>
    /// Place concept per stem for this side's language (country names, demonyms).
    let places: [UInt64: UInt64]
    /// Place concept per folded region code, for dotted abbreviations.
    let abbreviations: [UInt64: UInt64]
    /// Reads numbers, amounts and clock times as values (``QuantityNormalizer``), when the side's language is
    /// known.
    let quantities: QuantityNormalizer?
    /// Folded spellings of the language's number words ("syv", "seven"): a sentence without a digit is read
    /// for quantities only when it has one.
    let numberWords: Set<[UInt8]>

    /// An extractor for one side; the function words are those of the lexicon's language on that side.
    /// - Throws: ``AlignmentError/data(_:)`` when the data folder is missing or the function-word list is malformed.
    package init(side: EvidenceExtractor.Side, lexicon: TranslationLexicon?,
         places: PlaceConcepts = PlaceConcepts()) throws(AlignmentError) {
        self.side = side
        self.lexicon = lexicon
        let language = side == .source ? lexicon?.sourceLanguage : lexicon?.targetLanguage
        functionWords = try language.map { language throws(AlignmentError) in try Self.functionWords(of: language) } ?? []
        self.places = side == .source ? places.source : places.target
        abbreviations = places.abbreviations
        do {
            quantities = try language.map { language throws(TextError) in try QuantityNormalizer(language: language) }
        } catch {
            throw .text(error)
        }
        numberWords = Set((quantities?.numberWords.keys).map { words in words.map(WordFolding.folded) } ?? [])
    }

    /// The folded function words of `language` from the data folder; empty when the language has no list
    /// (every word then counts as content, which only weakens the paraphrase pass).
    /// - Throws: ``AlignmentError/data(_:)`` when the data folder is missing or the list is malformed.
    /// - Complexity: O(n) in the size of the list.
    static func functionWords(of language: LanguageCode) throws(AlignmentError) -> Set<[UInt8]> {
        let list = try AlignmentError.loading { () throws(DataError) in try FunctionWordList.shipped(language) }
        var words: Set<[UInt8]> = []
        for entry in list.entries {
            let folded = WordFolding.folded(entry.word)
            if !folded.isEmpty { words.insert(folded) }
        }
        return words
    }
    /// Translations per source word: a word has one meaning in a sentence, and a lexicon induced from a corpus
    /// lists noise after its first few translations.
    static let translationsPerWord = 6
    /// Letters compared by the cognate key (stricter than the aligner's four: a paraphrase has no word order
    /// or length to confirm a chance prefix).
    static let cognateLength = 5

    /// The keys of `text`'s words, sorted by key, from the scalar view of the word scanner
    /// (``WordScanner/forEachRun(in:_:)``).
    /// - Complexity: O(n) in the length of `text`.
    package func keys(for text: String) -> [ContentKey] {
        var scan = Scan()
        WordScanner.forEachRun(in: text) { run in read(run, of: text, into: &scan) }
        finishWord(&scan)
        if scan.hasNumber, let quantities {
            addQuantities(quantities.quantities(in: text), into: &scan)
        }
        scan.keys.sort()
        var unique: [ContentKey] = []
        unique.reserveCapacity(scan.keys.count)
        for key in scan.keys where unique.last != key { unique.append(key) }
        return unique
    }

    /// Reads one run into the scan: digits make a number (across "." and ","), letters a part of a word, a
    /// hyphen between letters ends a part, a dot after a capital's letter continues an abbreviation (U.S.).
    private func read(_ run: LetterRun, of text: String, into scan: inout Scan) {
        switch run.kind {
        case .digits:
            if !scan.part.isEmpty || !scan.whole.isEmpty { finishWord(&scan) }
            if scan.digits.isEmpty { scan.start = run.range.lowerBound }
            scan.digits.append(contentsOf: run.bytes)
            scan.hasNumber = true
        case .letters:
            if !scan.digits.isEmpty { finishWord(&scan) }
            if scan.part.isEmpty && scan.whole.isEmpty && !scan.inAbbreviation { scan.start = run.range.lowerBound }
            if scan.part.isEmpty && !scan.inAbbreviation {
                scan.capitalised = run.isCapitalised
                // A capitalised word right after another (one space between) continues the same name.
                if scan.capitalised && scan.previousCapitalised && scan.spacesOnly && scan.word > 0
                    && scan.whole.isEmpty {
                    scan.word -= 1
                }
            }
            if scan.part.isEmpty {
                scan.part.append(contentsOf: run.bytes)
            } else {
                // The letters of an abbreviation continue its part, folded as read on from it ("S.S." is "s").
                let utf8 = text.utf8
                let lower = utf8.index(utf8.startIndex, offsetBy: run.range.lowerBound)
                let upper = utf8.index(lower, offsetBy: run.range.count)
                for scalar in text[lower..<upper].unicodeScalars { WordFolding.append(scalar, to: &scan.part) }
            }
            scan.spacesOnly = false
        case .mark:
            let value = run.scalar.value
            if !scan.digits.isEmpty && (value == 46 || value == 44) { return }  // 1.000 and 1,000
            if !scan.digits.isEmpty { finishWord(&scan) }
            if value == 0x2D && !scan.part.isEmpty {  // a hyphen inside a word
                finishPart(&scan)
            } else if value == 0x2E && scan.capitalised && (scan.part.count == 1 || scan.inAbbreviation) {
                scan.inAbbreviation = true  // U.S., U.K.: the letters are one word
            } else {
                finishWord(&scan)
                scan.spacesOnly = value == 0x20 && !scan.spacesBroken
                if value != 0x20 { scan.spacesBroken = true }
            }
        }
    }

    /// The state of one scan: the word being read and the keys so far.
    private struct Scan {
        var keys: [ContentKey] = []
        var part: [UInt8] = []
        var whole: [UInt8] = []
        var digits: [UInt8] = []
        var capitalised = false
        var inAbbreviation = false
        /// The last finished word was a capitalised content word.
        var previousCapitalised = false
        /// Only spaces since the last finished word (and exactly one separator run of them).
        var spacesOnly = false
        var spacesBroken = false
        var word: UInt16 = 0
        /// UTF-8 offset of the word being read.
        var start = 0
        /// UTF-8 offset at which each content word starts, with its position.
        var starts: [(offset: Int, word: UInt16)] = []
        /// The sentence has a digit or a number word.
        var hasNumber = false
    }

    /// Keys for the values of the quantities of a sentence, each on the content word it starts at (a new word
    /// when it starts at a function word): "17 millioner" and "17 million", "02.03" and "2:03 a.m.", "1.428"
    /// and "1,400" (rounded to two significant digits as well) meet there although their digits differ.
    private func addQuantities(_ found: [Quantity], into scan: inout Scan) {
        for quantity in found {
            var word = scan.starts.first { quantity.range.contains($0.offset) }?.word
            if word == nil {
                word = scan.word
                if scan.word < UInt16.max { scan.word += 1 }
            }
            guard let word else { continue }
            for value in Self.values(of: quantity) {
                scan.keys.append(ContentKey(key: EvidenceKind.number.tag(stableHash(Array(value.utf8))), word: word))
            }
        }
    }

    /// The spellings a quantity's value is keyed by: clock times and scores by their kind, other values as
    /// numbers to three significant digits and, from 100 up, to two as well.
    static func values(of quantity: Quantity) -> [String] {
        switch quantity.kind {
        case .clock: return ["clock \(Int(quantity.value.rounded()))"]
        case .score: return ["score \(quantity.value) \(quantity.second ?? 0)"]
        default:
            var values = ["value " + significant(quantity.value, digits: 3)]
            if abs(quantity.value) >= 100 { values.append("value " + significant(quantity.value, digits: 2)) }
            return values
        }
    }

    /// `value` rounded to `digits` significant digits, written in full.
    private static func significant(_ value: Double, digits: Int) -> String {
        guard value != 0, value.isFinite else { return "0" }
        let scale = pow(10, Double(digits) - ceil(log10(abs(value))))
        let rounded = (value * scale).rounded() / scale
        return rounded == rounded.rounded() && abs(rounded) < 1e15 ? String(Int64(rounded)) : String(rounded)
    }

    private func finishPart(_ scan: inout Scan) {
        guard !scan.part.isEmpty else { return }
        if !scan.hasNumber && numberWords.contains(scan.part) { scan.hasNumber = true }
        if scan.inAbbreviation, let place = abbreviations[stableHash(scan.part)] {
            scan.keys.append(ContentKey(key: place, word: scan.word))
        }
        if !functionWords.contains(scan.part) || scan.inAbbreviation {
            addKeys(scan.part, capitalised: scan.capitalised, word: scan.word, into: &scan.keys)
            scan.whole.append(contentsOf: scan.part)
        }
        scan.part.removeAll(keepingCapacity: true)
    }

    private func finishWord(_ scan: inout Scan) {
        let capitalised = scan.capitalised && !scan.part.isEmpty
        let read = !scan.part.isEmpty || !scan.whole.isEmpty
        finishPart(&scan)
        scan.inAbbreviation = false
        if !scan.digits.isEmpty {
            scan.keys.append(ContentKey(key: EvidenceKind.number.tag(stableHash(scan.digits)), word: scan.word))
            scan.starts.append((scan.start, scan.word))
            scan.digits.removeAll(keepingCapacity: true)
            if scan.word < UInt16.max { scan.word += 1 }
            scan.previousCapitalised = false
            scan.spacesBroken = false
            return
        }
        guard !scan.whole.isEmpty else {
            if read {  // a function word: it ends a name
                scan.previousCapitalised = false
                scan.spacesBroken = false
            }
            return
        }
        addCognate(scan.whole, word: scan.word, into: &scan.keys)
        scan.starts.append((scan.start, scan.word))
        scan.whole.removeAll(keepingCapacity: true)
        if scan.word < UInt16.max { scan.word += 1 }
        scan.previousCapitalised = capitalised
        scan.spacesBroken = false
    }

    /// Name and translation keys of one part of a word.
    private func addKeys(_ part: [UInt8], capitalised: Bool, word: UInt16, into keys: inout [ContentKey]) {
        if capitalised && part.count >= 2 {
            let name = Genitive.nameSpelling(part)
            keys.append(ContentKey(key: EvidenceKind.name.tag(stableHash(name)), word: word))
            if let plain = Self.transliterated(name) {
                keys.append(ContentKey(key: EvidenceKind.name.tag(stableHash(plain)), word: word))
            }
        }
        if let placeStem = StemKey.place(part), let place = places[placeStem] {
            keys.append(ContentKey(key: place, word: word))
        }
        let stem = StemKey.translation(part)
        guard part.count >= 3, let lexicon else { return }
        switch side {
        case .target:
            if lexicon.targetStems.contains(stem) {
                keys.append(ContentKey(key: EvidenceKind.translation.tag(stem), word: word))
            }
        case .source:
            for translation in lexicon.translations(ofStem: stem).prefix(Self.translationsPerWord) {
                keys.append(ContentKey(key: EvidenceKind.translation.tag(translation), word: word))
            }
        }
    }

    /// A folded name as written with its Nordic letters spelled out ("Stoejberg", "Roerdam", "Aerø"), spelled
    /// as folding writes those letters ("stojberg"), so that it meets the name written with them; `nil` when
    /// it has no such pair of letters.
    static func transliterated(_ name: ArraySlice<UInt8>) -> [UInt8]? {
        var plain: [UInt8] = []
        plain.reserveCapacity(name.count)
        var changed = false
        for byte in name {
            if byte == UInt8(ascii: "e"), let last = plain.last,
               last == UInt8(ascii: "o") || last == UInt8(ascii: "a") || last == UInt8(ascii: "u") {
                changed = true
                if last == UInt8(ascii: "a") { plain[plain.count - 1] = UInt8(ascii: "e") }
                continue
            }
            plain.append(byte)
        }
        return changed ? plain : nil
    }

    /// The cognate key of a whole word.
    private func addCognate(_ whole: [UInt8], word: UInt16, into keys: inout [ContentKey]) {
        guard let cognate = StemKey.cognate(whole, letters: Self.cognateLength) else { return }
        keys.append(ContentKey(key: EvidenceKind.cognate.tag(cognate), word: word))
    }
}

extension ContentKey {
    /// Calls `body` once for each key (``key``) that both sorted lists hold, with the run of that key in each list.
    /// - Complexity: O(l + r) in the lengths of the two lists.
    @inlinable
    package static func forEachShared(_ left: [ContentKey], _ right: [ContentKey],
                                      _ body: (_ key: UInt64, _ left: Range<Int>, _ right: Range<Int>) -> Void) {
        var a = 0
        var b = 0
        while a < left.count && b < right.count {
            let key = left[a].key
            if key < right[b].key { a += 1; continue }
            if key > right[b].key { b += 1; continue }
            var endA = a
            while endA < left.count && left[endA].key == key { endA += 1 }
            var endB = b
            while endB < right.count && right[endB].key == key { endB += 1 }
            body(key, a..<endA, b..<endB)
            a = endA
            b = endB
        }
    }
}
