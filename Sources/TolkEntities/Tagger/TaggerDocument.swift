import TolkText

/// One word of a document as the tagger reads it: its forms and what the gazetteer and the document say of it.
struct TaggerWord: Sendable {
    var text: String
    var lower: String
    /// Letters as X or x, digits as d, runs collapsed: "Xx", "X.X.", "d".
    var shape: String
    var sentence: Int
    /// Capitalised, sentence start, headline, Europarl class (common, name, function), nationality or calendar.
    var positionCode: Int
    /// Capitalised, capitalised elsewhere inside a sentence of the document, written in lower case elsewhere, start.
    var documentCode: Int
    /// Part of a gazetteer name: 0, else 1 + kind, begin or inside, and strength (region, known, weak).
    var gazetteerCode: Int
    /// Title, organisation, place and connector cues (bits).
    var cueCode: Int
    /// Capitalised, acronym, sentence start (bits).
    var capitalCode: Int
    /// The last part of a hyphenated word ("huset" of "SID-huset"), lower case.
    var compoundHead: String?
    /// The shape of the first part of a hyphenated word.
    var compoundModifierShape: String = ""
    /// What the first part of a hyphenated word is: 0 none, 1 + kind a gazetteer name ("Zagreb" of
    /// "Zagreb-området" is a place), 4 an acronym, 5 another capitalised word, 6 a lower-case word. UNER types
    /// a name joined to a common noun by the name ("Ellington-saxofonisten" is a person).
    var compoundModifierCode: Int = 0
    /// In a compounding language, a word English writes in lower case that is no common word of the text's own
    /// language ("Deep", "Brothers", "Club"): bands, firms and clubs are often named in English.
    var isEnglishWord = false
    /// The capitalised run the word stands in (see ``TaggerDocument/markRuns``): 0 outside one, else its length
    /// (1, 2, 3 or more), the word's place in it and what its last word is.
    var runCode: Int = 0
    /// For an acronym ("SPD", "WEU"): 1, plus 2 when its sentence holds a word in lower case (an acronym in running
    /// text names an organisation more often than a word of an upper-case heading does), plus its Europarl class
    /// times 4 ("IKKE", "MED" are common words).
    var acronymCode: Int = 0

    /// The word beyond a sentence's edge.
    static let boundary = TaggerWord(text: "<s>", lower: "<s>", shape: "<s>", sentence: -1, positionCode: 63,
                                     documentCode: 15, gazetteerCode: 255, cueCode: 15, capitalCode: 15)

    /// The shape of `text`: upper-case letters X, lower-case x, digits d, other characters kept; runs collapsed.
    static func shape(of text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            var last: UInt8 = 0
            for byte in text.utf8 {
                let mapped: UInt8 = switch byte {
                case 0x41...0x5A: 0x58  // X
                case 0x61...0x7A: 0x78  // x
                case 0x30...0x39: 0x64  // d
                default: byte
                }
                if mapped != last {
                    bytes.append(mapped)
                    last = mapped
                    if bytes.count >= 8 { break }
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        var result = ""
        var last: Character = " "
        var length = 0
        for character in text {
            let mapped: Character =
                character.isUppercase ? "X" : character.isLowercase ? "x" : character.isNumber ? "d" : character
            if mapped != last {
                result.append(mapped)
                last = mapped
                length += 1
                if length >= 8 { break }
            }
        }
        return result
    }
}

/// A document's tokens made ready for the tagger: English possessive endings split off and (in languages that
/// write compounds as one word) hyphenated words joined, as Universal NER tokenises them; each token keeps its
/// byte range.
struct TaggerDocument {
    /// The tokens (words, numbers, punctuation), in order.
    let tokens: [ScannedToken]
    /// What the tagger reads of each token.
    let words: [TaggerWord]
    /// The document's bytes (empty for a training corpus).
    let bytes: [UInt8]
    /// True for a language that writes compounds as one word (Danish): the tagger then reads long suffixes of
    /// capitalised words ("-nævnet", "-foreningen") and the sports context below.
    let compounding: Bool
    /// How much the document reads as sports reporting: 0 (no word of `sport-words.tsv`), 1 (one or two), 2
    /// (three or more); there a town's name is often a club.
    let sportCode: Int

    /// The text of a byte range of the document.
    func text(of range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

    /// The document of scanned `tokens` (from ``WordScanner``). `spellings`, when given, keeps what depends on a
    /// spelling alone for the next documents of the same language and gazetteer (the same words, the same values).
    init(scanned: [ScannedToken], bytes: [UInt8], language: LanguageCode, gazetteer: Gazetteer,
         spellings: TaggerSpellings? = nil) {
        let adjusted = Self.adjusted(scanned, bytes: bytes, language: language, gazetteer: gazetteer)
        self.init(tokens: adjusted, bytes: bytes, language: language, gazetteer: gazetteer, spellings: spellings)
    }

    /// The document of sentences given as token texts (a training corpus); byte ranges are counted as if the
    /// tokens were written one space apart.
    init(sentences: [[String]], language: LanguageCode, gazetteer: Gazetteer) {
        var tokens: [ScannedToken] = []
        var offset = 0
        for (sentence, texts) in sentences.enumerated() {
            var opened = false
            for text in texts {
                let kind: ScannedToken.Kind = text.contains(where: \.isLetter) ? .word
                    : text.contains(where: \.isNumber) ? .number : .punctuation
                let starts = !opened && kind != .punctuation
                if starts { opened = true }
                let length = text.utf8.count
                tokens.append(ScannedToken(text: text, range: offset..<(offset + length), kind: kind,
                                           startsSentence: starts, sentence: sentence))
                offset += length + 1
            }
        }
        self.init(tokens: tokens, bytes: [], language: language, gazetteer: gazetteer, spellings: nil)
    }

    private init(tokens: [ScannedToken], bytes: [UInt8], language: LanguageCode, gazetteer: Gazetteer,
                 spellings: TaggerSpellings?) {
        self.tokens = tokens
        self.bytes = bytes
        let evidence = DocumentEvidence(tokens: tokens, language: language, gazetteer: gazetteer)
        let compounding = Genitive.isInflecting(language)
        self.compounding = compounding
        var sportWords = 0
        var words: [TaggerWord] = []
        words.reserveCapacity(tokens.count)
        // What depends on the spelling alone is worked out once per distinct spelling of the document (its first
        // token of that spelling decides), or taken from earlier documents (`spellings`: by spelling and kind).
        var known: [String: Spelling] = [:]
        for token in tokens {
            let spelling: Spelling
            if let cached = known[token.text] {
                spelling = cached
            } else if let shared = spellings?.spelling(of: token) {
                spelling = shared
                known[token.text] = spelling
            } else {
                spelling = Spelling(token, language: language, gazetteer: gazetteer, compounding: compounding)
                spellings?.keep(spelling, of: token)
                known[token.text] = spelling
            }
            let lower = spelling.lower
            if spelling.isSportWord { sportWords += 1 }
            let capitalised = token.isCapitalised
            let headline = evidence.headlines.contains(token.sentence)
            let position = (capitalised ? 1 : 0) | (token.startsSentence ? 2 : 0) | (headline ? 4 : 0)
                | spelling.positionBits
            let document = (capitalised ? 1 : 0) | (evidence.capitalisedInside.contains(spelling.bare) ? 2 : 0)
                | (evidence.writtenLowerCase.contains(lower) ? 4 : 0) | (token.startsSentence ? 8 : 0)
            let capitalCode = (capitalised ? 1 : 0) | (token.isAcronym ? 2 : 0) | (token.startsSentence ? 4 : 0)
            var word = TaggerWord(text: token.text, lower: lower, shape: spelling.shape, sentence: token.sentence,
                                  positionCode: position, documentCode: document, gazetteerCode: 0,
                                  cueCode: spelling.cueCode, capitalCode: capitalCode)
            word.compoundHead = spelling.compoundHead
            word.compoundModifierShape = spelling.compoundModifierShape
            word.compoundModifierCode = spelling.compoundModifierCode
            word.isEnglishWord = spelling.isEnglishWord
            words.append(word)
        }
        Self.markGazetteerNames(&words, tokens: tokens, language: language, gazetteer: gazetteer)
        if compounding {
            Self.markRuns(&words, tokens: tokens)
            Self.markAcronyms(&words, tokens: tokens)
        }
        self.words = words
        sportCode = sportWords >= 3 ? 2 : sportWords >= 1 ? 1 : 0
    }

    /// Marks the words that spell a gazetteer name of up to four words (Danish genitive "s" allowed at the end).
    private static func markGazetteerNames(_ words: inout [TaggerWord], tokens: [ScannedToken],
                                           language: LanguageCode, gazetteer: Gazetteer) {
        var index = 0
        while index < tokens.count {
            guard tokens[index].isCapitalised else { index += 1; continue }
            var matched = 0
            var entry: Gazetteer.Entry?
            var length = min(4, tokens.count - index)
            while length >= 1, entry == nil {
                let span = tokens[index..<(index + length)]
                if span.allSatisfy({ $0.sentence == tokens[index].sentence && $0.kind != .punctuation }),
                    span.first?.kind == .word,
                    span.last?.isCapitalised == true || (span.count > 1 && span.last?.kind == .number)
                {
                    var name = span.map { Genitive.withoutNamePossessive($0.text) }.joined(separator: " ")
                    entry = gazetteer.place(named: name, in: language)
                    if entry == nil, Genitive.isInflecting(language), name.hasSuffix("s"),
                        name.count > 3 || Genitive.isAcronymGenitive(name)
                    {
                        name.removeLast()
                        entry = gazetteer.place(named: name, in: language)
                    }
                    if entry != nil { matched = length }
                }
                length -= 1
            }
            guard let found = entry, matched > 0 else { index += 1; continue }
            let kindIndex = EntityKind.allCases.firstIndex(of: found.kind) ?? 0
            let strength = found.isWeak ? 2 : found.key.hasPrefix("region:") ? 0 : 1
            for offset in 0..<matched {
                words[index + offset].gazetteerCode = 1 + kindIndex * 6 + (offset == 0 ? 0 : 3) + strength
            }
            index += matched
        }
    }

    /// Gives every word of a run of capitalised words within a sentence (numbers allowed after its first word)
    /// its ``TaggerWord/runCode``: the run's length (1, 2, 3 or more), the word's place (alone, first, inside,
    /// last), and the last word's Europarl class and English flag. A run ending in a common noun ("Carstens
    /// Blomster", "Arne Kjærs Tegnestue") or in English words ("Deep Purple") names a firm or a band more often
    /// than a person.
    private static func markRuns(_ words: inout [TaggerWord], tokens: [ScannedToken]) {
        var index = 0
        while index < tokens.count {
            guard tokens[index].kind == .word, tokens[index].isCapitalised else { index += 1; continue }
            var end = index + 1
            while end < tokens.count, tokens[end].sentence == tokens[index].sentence,
                (tokens[end].kind == .word && tokens[end].isCapitalised) || tokens[end].kind == .number
            {
                end += 1
            }
            while end > index + 1, tokens[end - 1].kind == .number { end -= 1 }
            let length = min(end - index, 3)
            let last = words[end - 1]
            let lastCode = (last.positionCode >> 3) & 3 | (last.isEnglishWord ? 4 : 0)
            for position in index..<end {
                let place = end - index == 1 ? 0 : position == index ? 1 : position == end - 1 ? 3 : 2
                words[position].runCode = length | place << 2 | lastCode << 4
            }
            index = end
        }
    }

    /// Gives every acronym its ``TaggerWord/acronymCode``.
    private static func markAcronyms(_ words: inout [TaggerWord], tokens: [ScannedToken]) {
        var start = 0
        while start < tokens.count {
            var end = start + 1
            while end < tokens.count, tokens[end].sentence == tokens[start].sentence { end += 1 }
            let running = tokens[start..<end].contains { $0.kind == .word && $0.text.first?.isLowercase == true }
            for index in start..<end where tokens[index].isAcronym {
                words[index].acronymCode = 1 | (running ? 2 : 0) | ((words[index].positionCode >> 3) & 3) << 2
            }
            start = end
        }
    }

    /// What the tagger reads of a spelling whatever its position: forms, Europarl class, calendar or
    /// nationality word, cue words, compound parts.
    fileprivate struct Spelling {
        var lower: String
        var bare: String
        var shape: String
        /// Europarl class (bits 3-4) and calendar or nationality word (bit 5) of ``TaggerWord/positionCode``.
        var positionBits: Int
        var cueCode: Int
        var compoundHead: String?
        var compoundModifierShape = ""
        var compoundModifierCode = 0
        var isSportWord: Bool
        var isEnglishWord = false

        init(_ token: ScannedToken, language: LanguageCode, gazetteer: Gazetteer, compounding: Bool) {
            lower = token.text.lowercased()
            isSportWord = gazetteer.isSportWord(lower)
            bare = Genitive.withoutNamePossessive(lower)
            shape = TaggerWord.shape(of: token.text)
            var europarlClass = 0
            if gazetteer.isFrequentWord(bare, in: language) {
                europarlClass = 3
            } else if gazetteer.isCapitalisedWord(bare, in: language) {
                europarlClass = 2
            } else if gazetteer.isCommonWord(bare, in: language) {
                europarlClass = 1
            }
            let special = token.kind == .word
                && (gazetteer.isCalendarWord(bare, in: language)
                    || gazetteer.demonymRegion(of: Genitive.withoutNamePossessive(token.text), in: language) != nil)
            positionBits = europarlClass << 3 | (special ? 32 : 0)
            if compounding, token.kind == .word, europarlClass != 1, europarlClass != 3, bare.count > 2,
                gazetteer.isCommonWord(bare, in: .english) || gazetteer.isFrequentWord(bare, in: .english)
            {
                isEnglishWord = true
            }
            var cues = gazetteer.cues(of: Genitive.withoutNamePossessive(token.text), in: language)
            if compounding, token.isCapitalised, cues.isEmpty { cues = gazetteer.headCues(of: token.text, in: language) }
            if compounding, cues.isEmpty, let hyphen = token.text.lastIndex(of: "-"), hyphen != token.text.startIndex {
                // "Wikileaks-stifteren": the word after the hyphen is a title, the name before it a person's.
                cues = gazetteer.cues(of: String(token.text[token.text.index(after: hyphen)...]), in: language)
            }
            cueCode = (cues.contains(.title) ? 1 : 0) | (cues.contains(.organisation) ? 2 : 0)
                | (cues.contains(.place) ? 4 : 0)
                | (cues.contains(.connector) || cues.contains(.placePreposition) ? 8 : 0)
            if compounding, token.kind == .word, let hyphen = token.text.lastIndex(of: "-"),
                hyphen != token.text.startIndex
            {
                compoundHead = lower.split(separator: "-").last.map(String.init)
                let modifier = String(token.text[..<hyphen])
                compoundModifierShape = TaggerWord.shape(of: modifier)
                compoundModifierCode = TaggerDocument.modifierCode(modifier, language: language, gazetteer: gazetteer)
            }
        }
    }

    /// ``TaggerWord/compoundModifierCode`` of the part before a hyphen.
    fileprivate static func modifierCode(_ modifier: String, language: LanguageCode, gazetteer: Gazetteer) -> Int {
        if let entry = gazetteer.place(named: modifier, in: language), modifier.first?.isUppercase == true {
            return 1 + (EntityKind.allCases.firstIndex(of: entry.kind) ?? 0)
        }
        if modifier.count >= 2, modifier.allSatisfy({ $0.isUppercase || $0.isNumber }) { return 4 }
        return modifier.first?.isUppercase == true ? 5 : 6
    }

    /// True when `token` is an apostrophe written straight after `last`, a capitalised word ending in s, x or z,
    /// and not followed by a letter, with no apostrophe before it in the sentence (that would open a quotation).
    private static func isGenitiveApostrophe(_ token: ScannedToken, after last: ScannedToken, in result: [ScannedToken],
                                             bytes: [UInt8]) -> Bool {
        guard token.text == "'" || token.text == "’", last.kind == .word, last.isCapitalised,
            last.sentence == token.sentence, last.range.upperBound == token.range.lowerBound,
            let ending = last.text.last, "sxzSXZ".contains(ending)
        else { return false }
        if token.range.upperBound < bytes.count {
            let next = bytes[token.range.upperBound]
            if next >= 0x80 || (next | 0x20 >= 0x61 && next | 0x20 <= 0x7A) || (next >= 0x30 && next <= 0x39) {
                return false
            }
        }
        for earlier in result.reversed() {
            guard earlier.sentence == token.sentence else { break }
            if earlier.text == "'" || earlier.text == "’" || earlier.text.hasPrefix("'") || earlier.text.hasPrefix("’") {
                return false
            }
        }
        return true
    }

    /// True when `bytes` hold a line break (LF or CR) within `range`.
    private static func lineBreak(in range: Range<Int>, of bytes: [UInt8]) -> Bool {
        guard range.lowerBound >= 0, range.upperBound <= bytes.count, !range.isEmpty else { return false }
        return bytes[range].contains { $0 == 0x0A || $0 == 0x0D }
    }

    /// "S.", "H.L." (initials), a title abbreviation of the cue table ("Mr.", "Dr.") or an abbreviation the cue
    /// table writes inside names ("Kgl." of "Det Kgl. Teater").
    private static func isInitialOrTitle(_ token: ScannedToken, language: LanguageCode, gazetteer: Gazetteer) -> Bool {
        guard token.kind == .word, token.text.hasSuffix(".") else { return false }
        let letters = token.text.filter { $0 != "." }
        if letters.count <= 2, letters.allSatisfy(\.isUppercase) { return true }
        let cues = gazetteer.cues(of: token.text, in: language)
        return cues.contains(.title) || cues.contains(.connector)
    }

    /// English "Assange's" split into "Assange" and "'s"; Danish "SID-huset" joined from "SID", "-", "huset";
    /// the period of a title abbreviation in the cue table joined to it ("Mr" and "." make "Mr."). A sentence
    /// ICU ends after an initial goes on into the next word only when no line break lies between them.
    static func adjusted(_ tokens: [ScannedToken], bytes: [UInt8], language: LanguageCode,
                         gazetteer: Gazetteer) -> [ScannedToken] {
        var result: [ScannedToken] = []
        result.reserveCapacity(tokens.count)
        let compounding = Genitive.isInflecting(language)
        var joined: (from: Int, to: Int)?
        for var token in tokens {
            if let join = joined, token.sentence == join.from {
                token.sentence = join.to
            } else if let last = result.last, token.sentence != last.sentence, token.isCapitalised,
                Self.isInitialOrTitle(last, language: language, gazetteer: gazetteer),
                !Self.lineBreak(in: last.range.upperBound..<token.range.lowerBound, of: bytes)
            {
                // ICU ends a sentence after "Henrik S." or "Mr."; the name goes on.
                joined = (token.sentence, last.sentence)
                token.sentence = last.sentence
                token.startsSentence = false
            }
            if token.text == ".", var last = result.last, last.kind == .word, last.range.upperBound == token.range.lowerBound,
                !last.text.hasSuffix("."), !gazetteer.cues(of: last.text + ".", in: language).isEmpty
            {
                last.text += "."
                last.range = last.range.lowerBound..<token.range.upperBound
                result[result.count - 1] = last
                continue
            }
            if compounding, var last = result.last, Self.isGenitiveApostrophe(token, after: last, in: result, bytes: bytes) {
                // Danish "Lars'", "Elvis'": the genitive apostrophe after s, x or z belongs to the name.
                last.text += token.text
                last.range = last.range.lowerBound..<token.range.upperBound
                result[result.count - 1] = last
                continue
            }
            if token.kind == .word, result.count >= 2, let slash = result.last, slash.text == "/",
                slash.range.lowerBound == result[result.count - 2].range.upperBound,
                slash.range.upperBound == token.range.lowerBound, result[result.count - 2].kind == .word
            {
                // "A/S" is one word, as the cue table writes it; a full stop the scanner joined to its last
                // letter ("A/S." closing a sentence) stays apart.
                let stop = token.text.count > 1 && token.text.hasSuffix(".")
                let part = stop ? String(token.text.dropLast()) : token.text
                if gazetteer.cues(of: result[result.count - 2].text + "/" + part, in: language).contains(.organisation) {
                    result.removeLast()
                    var joined = result[result.count - 1]
                    joined.text += "/" + part
                    joined.range = joined.range.lowerBound..<(token.range.upperBound - (stop ? 1 : 0))
                    result[result.count - 1] = joined
                    if stop {
                        var period = token
                        period.text = "."
                        period.kind = .punctuation
                        period.startsSentence = false
                        period.range = (token.range.upperBound - 1)..<token.range.upperBound
                        result.append(period)
                    }
                    continue
                }
            }
            if compounding, token.kind == .word, result.count >= 2, let hyphen = result.last, hyphen.text == "-",
                hyphen.range.lowerBound == result[result.count - 2].range.upperBound,
                hyphen.range.upperBound == token.range.lowerBound, result[result.count - 2].kind == .word
            {
                result.removeLast()
                var joined = result[result.count - 1]
                joined.text += "-" + token.text
                joined.range = joined.range.lowerBound..<token.range.upperBound
                result[result.count - 1] = joined
                continue
            }
            if !compounding, token.kind == .word, token.text.count > 3 {
                var split = false
                if let ending = Genitive.possessiveEnding(of: token.text) {
                    let cut = token.range.upperBound - ending.utf8.count
                    var stem = token
                    stem.text = String(token.text.dropLast(2))
                    stem.range = token.range.lowerBound..<cut
                    var tail = token
                    tail.text = ending
                    tail.range = cut..<token.range.upperBound
                    tail.startsSentence = false
                    result.append(stem)
                    result.append(tail)
                    split = true
                }
                if split { continue }
            }
            result.append(token)
        }
        return result
    }
}

/// What the tagger reads of each spelling (``TaggerDocument``), kept across the documents one reader tags: it
/// depends on the token's text and kind alone, for one language and gazetteer. Not thread-safe: one per
/// ``EntityRecognizer``.
final class TaggerSpellings {
    /// At most this many spellings are kept (about 200 bytes each); later ones are worked out every time.
    static let limit = 50_000
    private var kept: [Key: TaggerDocument.Spelling] = [:]

    private struct Key: Hashable {
        let text: String
        let kind: ScannedToken.Kind
    }

    fileprivate func spelling(of token: ScannedToken) -> TaggerDocument.Spelling? {
        kept[Key(text: token.text, kind: token.kind)]
    }

    fileprivate func keep(_ spelling: TaggerDocument.Spelling, of token: ScannedToken) {
        guard kept.count < Self.limit else { return }
        kept[Key(text: token.text, kind: token.kind)] = spelling
    }
}
