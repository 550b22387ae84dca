import TolkLexicon
import TolkText

/// Shows linked word pairs the way a dictionary lists them, with the same inflection on both sides: both as
/// linked when both are inflected alike ("sagde" / "said", "måneder" / "months") or both are lemmas ("bruge" /
/// "use", or a Danish present against an English base form: "kommer" / "come"); both as lemmas when only one
/// side is inflected ("sociale" / "social" -> "social" / "social",
/// "pubber" / "pub" -> "pub" / "pub", "valg" / "elections" -> "valg" / "election"). A Danish suffixed definite
/// article has no English counterpart in the word, so it is always removed ("området" / "area" -> "område" /
/// "area", "beskyldningerne" / "allegations" -> "beskyldninger" / "allegations"). A name in the Danish genitive
/// is shown by the name itself ("Muellers" / "Mueller" -> "Mueller" / "Mueller").
struct DictionaryForms {
    let lexicon: BilingualLexicon?
    let source: TermSide
    let target: TermSide

    /// Origins whose headwords are dictionary lemmas (curated lists), unlike an induced lexicon's word forms.
    static let lemmaOrigins: Set<String> = ["freedict", "cldr", "demonyms", "reporting", "user"]

    /// One way to read a word: as a lemma, as an inflected form of `lemma`, or unknown (no evidence either way).
    struct Reading: Equatable {
        /// The dictionary lemma of this reading.
        var lemma: String
        /// How the word is shown when the other side is read alike.
        var display: String
        /// true for an inflected form, false for a lemma, nil when unknown (agrees with either).
        var inflected: Bool?
        /// A Danish present tense (the infinitive + r: "kommer", "tror"), which English writes as the base form
        /// except in the third person singular ("they come"): it agrees with an English lemma too when the
        /// lemmas are verbs (a plural noun "kvinder" is the same infinitive + r).
        var isPresentTense = false
        /// What the morphology says was removed to reach the lemma (empty for the word itself).
        var features: MorphologicalFeatures = []

        /// Whether two inflected readings are inflected the same way: both plural, both verb forms or both
        /// adjective forms ("måneder" / "months", "tilføjede" / "added"), or either irregular ("sagde" /
        /// "said"); not a Danish plural against an English gerund ("bruge" read as "brug" + e / "using").
        func sameKind(as other: Reading) -> Bool {
            if features.contains(.irregular) || other.features.contains(.irregular) { return true }
            return !features.intersection(other.features).intersection([.plural, .verbForm, .adjectiveForm]).isEmpty
        }

        /// Whether the two readings have the same inflection (an unknown one agrees with anything).
        /// - Parameter verbs: Whether the lexicon lists either lemma as a verb.
        func agrees(with other: Reading, verbs: () -> Bool) -> Bool {
            guard let mine = inflected, let theirs = other.inflected else { return true }
            if mine && theirs { return sameKind(as: other) }
            if mine == theirs { return true }
            return ((isPresentTense && !theirs) || (other.isPresentTense && !mine)) && verbs()
        }
    }

    /// English nouns of number that stay singular after a numeral ("two million", "to millioner"): their form
    /// says nothing about number.
    static let numberNeutral: Set<String> = ["hundred", "thousand", "million", "billion", "trillion", "dozen"]

    /// The dictionary forms of a linked pair of lower-case words.
    ///
    /// Of the readings of each side (see ``candidates(of:side:other:)`` and ``plausible(_:against:sourceSide:)``), the pair that agrees in inflection is
    /// preferred, then one the lexicon translates into each other, then the fewest inflected readings. When
    /// no pair agrees, both sides are shown by the lemmas of the best pair.
    /// - Complexity: O(a·b) lexicon look-ups for a and b readings per side (a handful each).
    func pair(_ sourceWord: String, _ targetWord: String) -> (source: String, target: String) {
        let sourceCandidates = candidates(of: sourceWord, side: source, other: targetWord)
        let targetCandidates = candidates(of: targetWord, side: target, other: sourceWord)
        let sources = plausible(sourceCandidates, against: targetCandidates, sourceSide: true)
        let targets = plausible(targetCandidates, against: sourceCandidates, sourceSide: false)
        var best: (rank: [Int], source: Reading, target: Reading)?
        for (sourceIndex, sourceReading) in sources.enumerated() {
            for (targetIndex, targetReading) in targets.enumerated() {
                let agrees = sourceReading.agrees(with: targetReading) {
                    isVerb(sourceReading.lemma, side: source) || isVerb(targetReading.lemma, side: target)
                }
                let paired = translates(sourceReading.lemma, targetReading.lemma)
                let inflected = (sourceReading.inflected == true ? 1 : 0) + (targetReading.inflected == true ? 1 : 0)
                let rank = [agrees ? 0 : 1, paired ? 0 : 1, inflected, sourceIndex, targetIndex]
                if let current = best, !rank.lexicographicallyPrecedes(current.rank) { continue }
                best = (rank, sourceReading, targetReading)
            }
        }
        guard let best else { return (sourceWord, targetWord) }
        if best.rank[0] == 0 { return (best.source.display, best.target.display) }
        return (best.source.lemma, best.target.lemma)
    }

    /// The readings of one side that survive the other side's evidence: an inflected reading only when its
    /// lemma translates into a reading of the other side ("career" is not a form of "care" beside
    /// "karriere"), a Danish noun without its article always, and the word itself as an unknown form only
    /// when no such reading explains it.
    /// - Returns: At least one reading (the first candidate, the word itself, when nothing else survives).
    func plausible(_ readings: [Reading], against others: [Reading], sourceSide: Bool) -> [Reading] {
        let explained = readings.dropFirst().filter { reading in
            reading.inflected == false || others.contains { other in
                sourceSide ? translates(reading.lemma, other.lemma) : translates(other.lemma, reading.lemma)
            }
        }
        guard let word = readings.first else { return explained }
        if explained.isEmpty || word.inflected == false { return [word] + explained }
        return explained
    }

    /// The readings of a lower-case word before the other side is consulted: first the word itself (a lemma
    /// when a curated dictionary lists it, else unknown), then each candidate lemma of the morphology that the
    /// lexicon lists or that the other side writes the same ("pubber" -> "pub" beside "pub").
    /// - Parameters:
    ///   - other: The word it is linked to on the other side.
    /// - Returns: At least one reading.
    func candidates(of word: String, side: TermSide, other: String) -> [Reading] {
        guard let lexicon else { return [Reading(lemma: word, display: word, inflected: nil)] }
        let analyses = side.morphology.analyses(of: word)
        // A word no rule analyses is its own lemma ("social", "pub"); other unlisted forms are unknown.
        let isLemma = analyses.isEmpty || isDictionaryLemma(word, side: side, lexicon: lexicon)
        let neutral = side.language == .english && Self.numberNeutral.contains(word)
        var result = [Reading(lemma: word, display: word, inflected: neutral ? nil : isLemma ? false : nil)]
        for analysis in analyses
        where !analysis.features.contains(.adverb) && analysis.lemma != word
            && (lexicon.contains(analysis.lemma, in: side.language) || analysis.lemma == other) {
            let reading = Self.reading(word, analysis, language: side.language)
            if !result.contains(reading) { result.append(reading) }
        }
        return result
    }

    /// The reading of `word` as `analysis`: a Danish singular with its definite article removed reads as the
    /// lemma ("området" -> "område"); a definite plural is shown as the indefinite plural ("rapporterne" ->
    /// "rapporter"); other analyses are inflected forms shown as written.
    static func reading(_ word: String, _ analysis: MorphologicalAnalysis, language: LanguageCode) -> Reading {
        let features = analysis.features
        if language == .danish, features.contains(.definite), word.hasPrefix(analysis.lemma) {
            if TermSide.isSingularWithArticle(word, analysis) {
                return Reading(lemma: analysis.lemma, display: analysis.lemma, inflected: false)  // område-t
            }
            if features.contains(.plural) && word.hasSuffix("erne") {
                return Reading(lemma: analysis.lemma, display: String(word.dropLast(2)), inflected: true,
                               features: features)
            }
        }
        var reading = Reading(lemma: analysis.lemma, display: word, inflected: true, features: features)
        reading.isPresentTense = language == .danish && features.contains(.verbForm) && word == analysis.lemma + "r"
        return reading
    }

    /// Whether a curated source lists `lemma` as a verb.
    func isVerb(_ lemma: String, side: TermSide) -> Bool {
        lexicon?.entries(matching: lemma, in: side.language).contains { entry in
            entry.partOfSpeech == "verb" && Self.lemmaOrigins.contains(entry.origin)
        } == true
    }

    /// Whether a curated source (not an induced lexicon of word forms) lists `word` as a headword.
    func isDictionaryLemma(_ word: String, side: TermSide, lexicon: BilingualLexicon) -> Bool {
        lexicon.entries(matching: word, in: side.language).contains { entry in
            Self.lemmaOrigins.contains(entry.origin) && entry.category != "identical"
        }
    }

    /// Whether the lexicon translates the source lemma into the target lemma (either direction), or the two
    /// are written the same.
    func translates(_ sourceLemma: String, _ targetLemma: String) -> Bool {
        guard sourceLemma != targetLemma else { return true }
        guard let lexicon else { return false }
        let forward = lexicon.pair.source == source.language
        return lexicon.entries(matching: sourceLemma, in: source.language).contains { entry in
            (forward ? entry.target : entry.source).lowercased() == targetLemma
        }
    }

    /// A pair of names without their genitives when the two then agree: the English possessive goes
    /// ("Erdogans" / "Erdogan's" -> "Erdogan" / "Erdogan"), and a Danish genitive -s goes when the name without
    /// it is how the other side writes it or what the lexicon translates it into ("Makedoniens" / "Macedonia"
    /// -> "Makedonien" / "Macedonia"). Names that end so by themselves ("Sainsbury's" on both sides) stay.
    func namesWithoutGenitive(_ sourceName: String, _ targetName: String) -> (source: String, target: String) {
        var target = targetName
        if let possessive = Genitive.possessiveStart(targetName), !sourceName.hasSuffix(targetName[possessive...]) {
            target = String(targetName[..<possessive])
        }
        return (nameWithoutGenitive(sourceName, other: target), target)
    }

    /// A name on the source side without its genitive -s when that is how the target side writes it
    /// ("Muellers" / "Mueller") or the lexicon translates the name without it into the target side's name;
    /// otherwise the name as it is.
    func nameWithoutGenitive(_ name: String, other: String) -> String {
        let lowered = name.lowercased(), otherLowered = other.lowercased()
        guard lowered != otherLowered else { return name }
        for analysis in source.morphology.analyses(of: lowered) where analysis.features == .genitive {
            if analysis.lemma == otherLowered || translates(analysis.lemma, otherLowered) {
                return String(name.prefix(analysis.lemma.count))
            }
        }
        return name
    }
}
