import TolkText

/// The features the entity tagger reads for each token of one document, as 64-bit hashes.
///
/// Per token: the word, its lower-case form, its shape ("Xxxx", "XX", "d.d"), prefixes and suffixes, the
/// neighbours two either side, word pairs, the position (sentence start, headline), how often the word is
/// capitalised in Europarl (capitalisation.tsv), what the document itself capitalises, gazetteer membership
/// (several-word names included), cue words (titles, organisation and place words) and nationality words;
/// in a compounding language (Danish), also the longer suffixes, first two letters and length of a capitalised
/// word, and its gazetteer, cue and capitalisation codes joined with the document's sports context
/// (``TaggerDocument/sportCode``: "Viborg" and "Hobro" in a match report are clubs), whether it is an English word
/// (``TaggerWord/isEnglishWord``), the capitalised run it stands in (``TaggerWord/runCode``) and, for an acronym,
/// whether it stands in running text (``TaggerWord/acronymCode``).
/// Training and tagging read the same features, so a model always matches the gazetteer it was trained with.
struct TaggerFeatures {
    /// The feature hashes of every token, flattened; token `i` has `hashes[offsets[i]..<offsets[i + 1]]`.
    private(set) var hashes: [UInt64] = []
    private(set) var offsets: [Int] = [0]

    /// The features of `document`.
    /// - Complexity: O(n) in the number of tokens (a bounded number of look-ups per token).
    init(document: TaggerDocument) {
        let words = document.words
        hashes.reserveCapacity(words.count * 32)
        offsets.reserveCapacity(words.count + 1)
        let boundary = TaggerWord.boundary
        let compounding = document.compounding
        let sport = document.sportCode << 12
        for index in words.indices {
            let word = words[index]
            let sentence = word.sentence
            func neighbour(_ offset: Int) -> TaggerWord {
                let other = index + offset
                guard words.indices.contains(other), words[other].sentence == sentence else { return boundary }
                return words[other]
            }
            let previous = neighbour(-1), next = neighbour(1), previous2 = neighbour(-2), next2 = neighbour(2)
            let lower = word.lower
            hashes.append(FeatureHash.of(1, code: 0))
            hashes.append(FeatureHash.of(2, word.text))
            hashes.append(FeatureHash.of(3, lower))
            hashes.append(FeatureHash.of(4, word.shape))
            hashes.append(FeatureHash.of(5, lower.prefix(3)))
            hashes.append(FeatureHash.of(6, lower.suffix(2)))
            hashes.append(FeatureHash.of(7, lower.suffix(3)))
            hashes.append(FeatureHash.of(8, lower.suffix(4)))
            hashes.append(FeatureHash.of(9, previous.lower))
            hashes.append(FeatureHash.of(10, next.lower))
            hashes.append(FeatureHash.of(11, previous2.lower))
            hashes.append(FeatureHash.of(12, next2.lower))
            hashes.append(FeatureHash.of(13, previous.shape, word.shape))
            hashes.append(FeatureHash.of(14, word.shape, next.shape))
            hashes.append(FeatureHash.of(15, previous.lower, lower))
            hashes.append(FeatureHash.of(16, lower, next.lower))
            hashes.append(FeatureHash.of(17, code: word.positionCode))
            hashes.append(FeatureHash.of(18, code: word.documentCode))
            hashes.append(FeatureHash.of(19, code: word.gazetteerCode))
            hashes.append(FeatureHash.of(20, code: previous.gazetteerCode << 8 | word.gazetteerCode))
            hashes.append(FeatureHash.of(21, code: word.gazetteerCode << 8 | next.gazetteerCode))
            hashes.append(FeatureHash.of(22, code: word.cueCode))
            hashes.append(FeatureHash.of(23, code: previous.cueCode << 4 | word.capitalCode))
            hashes.append(FeatureHash.of(24, code: next.cueCode << 4 | word.capitalCode))
            hashes.append(FeatureHash.of(25, code: previous2.cueCode << 4 | word.capitalCode))
            hashes.append(FeatureHash.of(26, code: previous.positionCode << 6 | word.positionCode))
            hashes.append(FeatureHash.of(27, code: word.positionCode << 6 | next.positionCode))
            hashes.append(FeatureHash.of(28, previous.lower, word.shape))
            hashes.append(FeatureHash.of(29, word.shape, next.lower))
            if let head = word.compoundHead {
                hashes.append(FeatureHash.of(30, head))
                hashes.append(FeatureHash.of(31, word.compoundModifierShape))
                if compounding { hashes.append(FeatureHash.of(33, code: word.compoundModifierCode)) }
            }
            if word.shape.count > 1, lower.count > 4 { hashes.append(FeatureHash.of(32, lower.prefix(4))) }
            if compounding, word.capitalCode & 1 == 1 {
                hashes.append(FeatureHash.of(40, code: sport | word.gazetteerCode))
                hashes.append(FeatureHash.of(41, code: sport | word.cueCode << 4 | word.capitalCode))
                hashes.append(FeatureHash.of(42, code: sport | previous.capitalCode << 4 | next.capitalCode))
                if lower.count > 6 {
                    hashes.append(FeatureHash.of(43, lower.suffix(5)))
                    hashes.append(FeatureHash.of(44, lower.suffix(6)))
                }
                hashes.append(FeatureHash.of(45, lower.prefix(2)))
                hashes.append(FeatureHash.of(46, code: min(lower.count, 12)))
                hashes.append(FeatureHash.of(47, code: (word.isEnglishWord ? 1 : 0) | word.capitalCode << 1))
                hashes.append(FeatureHash.of(48, code: word.runCode))
                if word.acronymCode != 0 { hashes.append(FeatureHash.of(49, code: word.acronymCode)) }
            }
            offsets.append(hashes.count)
        }
    }

    /// The feature hashes of token `index`.
    func features(of index: Int) -> ArraySlice<UInt64> { hashes[offsets[index]..<offsets[index + 1]] }
}
