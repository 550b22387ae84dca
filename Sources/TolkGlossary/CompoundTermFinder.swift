import TolkLexicon
import TolkText

/// Finds multiword terms: a compound on one side ("præsidentvalg", "efterretningskilde") against a two-word
/// phrase on the other ("presidential election", "intelligence source").
///
/// A compound is a word of eight letters or more that the morphology splits into known parts (known to the
/// lexicon or seen as words of their own in the input). A phrase is two adjacent content words. A pair is kept
/// when it meets in enough units, its Dice coefficient reaches the option's minimum and beats that of the
/// compound with either word of the phrase alone, and one of the phrase's words translates a part of the
/// compound (lexicon) or is the compound's single-word link.
struct CompoundTermFinder {
    let options: GlossaryOptions
    let annotator: TermAnnotator

    init(options: GlossaryOptions, annotator: TermAnnotator) {
        self.options = options
        self.annotator = annotator
    }

    /// Multiword entries in both directions (compounds on the source side, then on the target side).
    /// - Complexity: O(Σ c·p) over units with c compounds and p phrases each.
    mutating func entries(units: [AlignedUnit], sourceWords: [[UnitWord]], targetWords: [[UnitWord]],
                          sourceSide: TermSide, targetSide: TermSide,
                          links: CompetitiveLinker.Links) -> [GlossaryEntry] {
        var linked: [UInt64: Bool] = [:]
        var reverseLinked: [UInt64: Bool] = [:]
        for made in links.perUnit {
            for (source, target) in made {
                linked[pairKey(source, target)] = true
                reverseLinked[pairKey(target, source)] = true
            }
        }
        let forward = find(units: units, compoundWords: sourceWords, phraseWords: targetWords,
                           compoundSide: sourceSide, phraseSide: targetSide, linked: linked)
        let backward = find(units: units, compoundWords: targetWords, phraseWords: sourceWords,
                            compoundSide: targetSide, phraseSide: sourceSide, linked: reverseLinked)
        var entries: [GlossaryEntry] = []
        for found in forward {
            entries.append(make(found, units: units, source: found.compound, target: found.phrase))
        }
        for found in backward {
            entries.append(make(found, units: units, source: found.phrase, target: found.compound))
        }
        return entries
    }

    struct Found {
        var compound: String
        var phrase: String
        var count: Int
        var score: Double
        var units: [Int]
    }

    private func make(_ found: Found, units: [AlignedUnit], source: String, target: String) -> GlossaryEntry {
        var entry = annotator.entry(source: source, target: target, isName: false)
        entry.count = found.count
        entry.score = found.score
        entry.partOfSpeech = entry.partOfSpeech ?? "noun"
        entry.examples = found.units.map { GlossaryExample(units[$0]) }
        return entry
    }

    private func find(units: [AlignedUnit], compoundWords: [[UnitWord]], phraseWords: [[UnitWord]],
                      compoundSide: TermSide, phraseSide: TermSide, linked: [UInt64: Bool]) -> [Found] {
        var corpusForms: Set<String> = []
        for words in compoundWords { for word in words { corpusForms.insert(word.surface.lowercased()) } }
        let lexicon = annotator.lexicon
        let language = compoundSide.language
        var splits: [Int32: CompoundSplit?] = [:]
        var compoundForms: [Int32: FormCounter] = [:]
        var phraseForms: [UInt64: FormCounter] = [:]
        var compoundUnits: [Int32: Int] = [:]
        var phraseUnits: [UInt64: Int] = [:]
        var wordUnits: [Int32: Int] = [:]
        var joint: [UInt64: [UInt64: Int]] = [:]
        var jointWord: [UInt64: Int] = [:]
        var firstUnits: [UInt64: [UInt64: [Int]]] = [:]
        for unit in 0..<units.count {
            var compounds: [Int32] = []
            for word in compoundWords[unit] where !word.isName && !word.isPhrase && word.surface.count >= 8 {
                let split: CompoundSplit?
                if let known = splits[word.id] {
                    split = known
                } else {
                    split = compoundSide.morphology.splitCompound(word.surface.lowercased()) { part in
                        corpusForms.contains(part) || lexicon?.contains(part, in: language) == true
                    }
                    splits[word.id] = split
                }
                guard split != nil, !compounds.contains(word.id) else { continue }
                compounds.append(word.id)
                compoundForms[word.id, default: FormCounter()].add(word.surface.lowercased())
            }
            var phrases: [UInt64] = []
            var contentWords: [Int32] = []
            let words = phraseWords[unit]
            for (index, word) in words.enumerated()
            where !word.isName && !word.isPhrase && !phraseSide.isFunctionWord(phraseSide.key(word.surface.lowercased())) {
                if !contentWords.contains(word.id) { contentWords.append(word.id) }
                guard index > 0, word.followsWord else { continue }
                let previous = words[index - 1]
                guard !previous.isName, !previous.isPhrase, !phraseSide.isFunctionWord(phraseSide.key(previous.surface.lowercased()))
                else { continue }
                let key = pairKey(previous.id, word.id)
                guard !phrases.contains(key) else { continue }
                phrases.append(key)
                phraseForms[key, default: FormCounter()].add(previous.surface.lowercased() + " " + word.surface.lowercased())
            }
            for key in phrases { phraseUnits[key, default: 0] += 1 }
            for id in contentWords { wordUnits[id, default: 0] += 1 }
            for compound in compounds {
                compoundUnits[compound, default: 0] += 1
                let compoundKey = UInt64(UInt32(bitPattern: compound))
                for phrase in phrases {
                    joint[compoundKey, default: [:]][phrase, default: 0] += 1
                    if (firstUnits[compoundKey]?[phrase]?.count ?? 0) < options.examplesPerEntry {
                        firstUnits[compoundKey, default: [:]][phrase, default: []].append(unit)
                    }
                }
                for id in contentWords { jointWord[pairKey(compound, id), default: 0] += 1 }
            }
        }
        var found: [Found] = []
        for (compoundKey, phrases) in joint {
            let compound = Int32(bitPattern: UInt32(truncatingIfNeeded: compoundKey))
            let compoundCount = compoundUnits[compound] ?? 0
            var best: (dice: Double, score: Double, phrase: UInt64, count: Int)?
            for (phrase, count) in phrases where count >= options.minimumCount {
                let first = Int32(bitPattern: UInt32(truncatingIfNeeded: phrase >> 32))
                let second = Int32(bitPattern: UInt32(truncatingIfNeeded: phrase & 0xFFFF_FFFF))
                let phraseCount = phraseUnits[phrase] ?? 0
                let dice = Association.dice(joint: count, source: compoundCount, target: phraseCount)
                guard dice >= options.multiwordMinimumDice else { continue }
                let firstDice = Association.dice(joint: jointWord[pairKey(compound, first)] ?? 0, source: compoundCount,
                                                 target: wordUnits[first] ?? 0)
                let secondDice = Association.dice(joint: jointWord[pairKey(compound, second)] ?? 0, source: compoundCount,
                                                  target: wordUnits[second] ?? 0)
                guard dice >= firstDice, dice >= secondDice else { continue }
                let isLinked = linked[pairKey(compound, first)] == true || linked[pairKey(compound, second)] == true
                guard isLinked || translatesPart(compound: compoundForms[compound]?.mostFrequent,
                                                  phrase: phraseForms[phrase]?.mostFrequent,
                                                  compoundSide: compoundSide, phraseSide: phraseSide)
                else { continue }
                let score = Association.logLikelihood(joint: count, source: compoundCount, target: phraseCount,
                                                      units: units.count)
                guard score >= options.minimumScore else { continue }
                if let current = best, (current.dice, current.score, phrase) >= (dice, score, current.phrase) { continue }
                best = (dice, score, phrase, count)
            }
            guard let best, let compoundForm = compoundForms[compound]?.mostFrequent,
                  let phraseForm = phraseForms[best.phrase]?.mostFrequent else { continue }
            found.append(Found(compound: compoundForm, phrase: phraseForm, count: best.count, score: best.score,
                               units: firstUnits[compoundKey]?[best.phrase] ?? []))
        }
        return found
    }

    /// Whether a word of `phrase` has the stem of a word of the lexicon's part-by-part translation of `compound`.
    private func translatesPart(compound: String?, phrase: String?, compoundSide: TermSide,
                                phraseSide: TermSide) -> Bool {
        guard let compound, let phrase, let lexicon = annotator.lexicon else { return false }
        let phraseStems = Set(phrase.split(separator: " ").map { phraseSide.key(String($0)) })
        for translation in lexicon.translations(of: compound, from: compoundSide.language, to: phraseSide.language)
            .prefix(3) {
            for word in translation.text.lowercased().split(separator: " ")
            where phraseStems.contains(phraseSide.key(String(word))) {
                return true
            }
        }
        return false
    }
}
