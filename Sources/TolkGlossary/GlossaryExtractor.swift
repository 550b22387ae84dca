import TolkEntities
import TolkLexicon
import TolkText

/// Extracts bilingual term pairs from aligned units (sentence pairs of a translation, or matched statements of
/// comparable coverage): single words linked one-to-one by competitive linking over log-likelihood ratios, and
/// multiword terms (a compound on one side against a two-word phrase on the other: "præsidentvalg" /
/// "presidential election"). Each pair gets its count, score, category, whether the lexicon knows it, and
/// examples with their documents and byte ranges.
///
/// ```swift
/// let extractor = try GlossaryExtractor(sourceLanguage: .danish, targetLanguage: .english,
///                                       lexicon: try BilingualLexicon.shipped(LanguagePair(.danish, .english)))
/// let glossary = extractor.extract(units)
/// glossary.entries.prefix(3).map { "\($0.source) -> \($0.target)" }
/// ```
/// Not safe to share between threads (it owns ICU break iterators); make one per thread.
public final class GlossaryExtractor {
    /// The language of the units' source side.
    public let sourceLanguage: LanguageCode
    /// The language of the units' target side.
    public let targetLanguage: LanguageCode
    /// The settings in use.
    public let options: GlossaryOptions
    let lexicon: BilingualLexicon?
    private let sourceSide: TermSide
    private let targetSide: TermSide
    private let names: Gazetteer

    /// An extractor for `sourceLanguage` -> `targetLanguage`.
    /// - Parameters:
    ///   - lexicon: The lexicon that marks pairs as known and gives categories and lemmas; nil for none.
    ///   - gazetteer: Names for the entity recogniser; the shipped one when nil.
    /// - Throws: ``GlossaryError`` for a bad option, ``DataError`` for a bad data file, ``TextError`` when ICU cannot open iterators.
    public init(sourceLanguage: LanguageCode, targetLanguage: LanguageCode, lexicon: BilingualLexicon?,
                gazetteer: Gazetteer? = nil, options: GlossaryOptions = GlossaryOptions()) throws {
        try options.validate()
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.options = options
        self.lexicon = lexicon
        let names = try gazetteer ?? Gazetteer.shipped(languages: [sourceLanguage, targetLanguage])
        self.names = names
        sourceSide = try TermSide(language: sourceLanguage, gazetteer: names)
        targetSide = try TermSide(language: targetLanguage, gazetteer: names)
    }

    /// The glossary of `units`.
    /// - Complexity: O(Σ |S|·|T| log(|S|·|T|)) over the units' source and target word counts: linear in the
    ///   input for sentences of bounded length.
    public func extract(_ units: [AlignedUnit]) -> Glossary {
        var sourceVocabulary = TermVocabulary()
        var targetVocabulary = TermVocabulary()
        var sourceWords: [[UnitWord]] = []
        var targetWords: [[UnitWord]] = []
        sourceWords.reserveCapacity(units.count)
        targetWords.reserveCapacity(units.count)
        for unit in units {
            sourceWords.append(sourceSide.words(of: unit.sourceText, vocabulary: &sourceVocabulary))
            targetWords.append(targetSide.words(of: unit.targetText, vocabulary: &targetVocabulary))
        }
        let sourceTypes = sourceWords.map(Self.distinctIDs)
        let targetTypes = targetWords.map(Self.distinctIDs)
        for types in sourceTypes { sourceVocabulary.countUnit(types) }
        for types in targetTypes { targetVocabulary.countUnit(types) }
        var linker = CompetitiveLinker(sourceTypes: sourceTypes, targetTypes: targetTypes,
                                       sourceUnitCounts: sourceVocabulary.unitCounts,
                                       targetUnitCounts: targetVocabulary.unitCounts)
        linker.prior = LexiconPrior(lexicon: lexicon, translationsPerWord: options.priorTranslationsPerWord,
                                    source: sourceSide, target: targetSide, sourceVocabulary: sourceVocabulary,
                                    targetVocabulary: targetVocabulary)
        let links = linker.link()
        let annotator = TermAnnotator(lexicon: lexicon, source: sourceSide, target: targetSide)
        var entries = singleWordEntries(units: units, links: links, sourceWords: sourceWords,
                                        targetWords: targetWords, sourceVocabulary: sourceVocabulary,
                                        targetVocabulary: targetVocabulary, annotator: annotator)
        if options.findsMultiwordTerms {
            var finder = CompoundTermFinder(options: options, annotator: annotator)
            let multiword = finder.entries(units: units, sourceWords: sourceWords, targetWords: targetWords,
                                           sourceSide: sourceSide, targetSide: targetSide, links: links)
            entries = Self.droppingParts(of: multiword, from: entries) + multiword
        }
        return Glossary(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, entries: entries)
    }

    /// `entries` without the single-word pairs a multiword term replaces: "præsidentvalg" / "election" goes when
    /// "præsidentvalg" / "presidential election" is found.
    static func droppingParts(of multiword: [GlossaryEntry], from entries: [GlossaryEntry]) -> [GlossaryEntry] {
        var replaced: Set<String> = []
        for term in multiword {
            let sourceWords = term.source.lowercased().split(separator: " ").map(String.init)
            let targetWords = term.target.lowercased().split(separator: " ").map(String.init)
            for source in sourceWords {
                for target in targetWords { replaced.insert(source + "\t" + target) }
            }
        }
        return entries.filter { !replaced.contains($0.mergeKey) }
    }

    /// `form` with a capital first letter when `written` has one ("welsh" -> "Welsh", "U.S."): words written
    /// with a capital away from the start of a passage keep it.
    static func capitalised(_ form: String, like written: String) -> String {
        guard let first = written.first, first.isUppercase else { return form }
        if form == written.lowercased() { return written }
        return form.prefix(1).uppercased() + form.dropFirst()
    }

    /// Whether the words of one name are, in order and next to each other, the words of the other or a part of
    /// them, ignoring case: "Giselle Maurice" / "Maurice", "Trump" / "Trump"; not "USA" / "U.S.".
    static func isSameName(_ first: String, _ second: String) -> Bool {
        let a = first.lowercased().split(separator: " "), b = second.lowercased().split(separator: " ")
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        guard !short.isEmpty else { return false }
        return (0...(long.count - short.count)).contains { start in
            long[start..<(start + short.count)].elementsEqual(short)
        }
    }

    /// The whole name a word is part of when it is short (up to three words), else the word.
    static func nameForm(_ word: UnitWord) -> String {
        guard let name = word.name, name.split(separator: " ").count <= 3 else { return word.surface }
        return name
    }

    static func distinctIDs(_ words: [UnitWord]) -> [Int32] {
        var seen: Set<Int32> = []
        return words.compactMap { seen.insert($0.id).inserted ? $0.id : nil }
    }

    private func singleWordEntries(
        units: [AlignedUnit], links: CompetitiveLinker.Links, sourceWords: [[UnitWord]], targetWords: [[UnitWord]],
        sourceVocabulary: TermVocabulary, targetVocabulary: TermVocabulary, annotator: TermAnnotator
    ) -> [GlossaryEntry] {
        struct Gathered {
            var forms = FormCounter()
            var wordForms = FormCounter()
            var nameVotes = 0
            /// Links where a word stood first in its passage (lower-cased there), so its capital is unknown.
            var unknownVotes = 0
            var units: [Int] = []
            /// Per unlinked content word next to the pair's words, the units it stood there in.
            var neighbours = NeighbourVotes()
        }
        var kept: [UInt64: Gathered] = [:]
        var scores: [UInt64: Double] = [:]
        var bestForSource: [Int32: (count: Int, key: UInt64)] = [:]
        var bestForTarget: [Int32: (count: Int, key: UInt64)] = [:]
        for (key, count) in links.counts {
            let source = Int32(truncatingIfNeeded: key >> 32), target = Int32(truncatingIfNeeded: key & 0xFFFF_FFFF)
            if let best = bestForSource[source], (best.count, key) >= (count, best.key) {} else {
                bestForSource[source] = (count, key)
            }
            if let best = bestForTarget[target], (best.count, key) >= (count, best.key) {} else {
                bestForTarget[target] = (count, key)
            }
        }
        for (key, count) in links.counts where count >= options.minimumCount {
            let sourceID = Int32(truncatingIfNeeded: key >> 32), targetID = Int32(truncatingIfNeeded: key & 0xFFFF_FFFF)
            if options.requiresBestPartner && (bestForSource[sourceID]?.key != key || bestForTarget[targetID]?.key != key) {
                continue
            }
            let source = Int(key >> 32), target = Int(key & 0xFFFF_FFFF)
            let score = Association.logLikelihood(joint: count, source: sourceVocabulary.unitCounts[source],
                                                  target: targetVocabulary.unitCounts[target], units: units.count)
            guard score >= options.minimumScore else { continue }
            if !options.includesFunctionWords
                && (sourceSide.isFunctionWord(sourceVocabulary.keys[source])
                    || targetSide.isFunctionWord(targetVocabulary.keys[target])) { continue }
            kept[key] = Gathered()
            scores[key] = score
        }
        for (unit, made) in links.perUnit.enumerated() {
            // Words held by a link that is the best of both its words; others are free in this unit.
            let solid = made.filter { source, target in
                let key = pairKey(source, target)
                return bestForSource[source]?.key == key && bestForTarget[target]?.key == key
            }
            let linkedSources = Set(solid.map(\.0)), linkedTargets = Set(solid.map(\.1))
            for (source, target) in made {
                let key = pairKey(source, target)
                guard var gathered = kept[key],
                      let sourceIndex = sourceWords[unit].firstIndex(where: { $0.id == source }),
                      let targetIndex = targetWords[unit].firstIndex(where: { $0.id == target }) else { continue }
                let sourceWord = sourceWords[unit][sourceIndex], targetWord = targetWords[unit][targetIndex]
                gathered.neighbours.add(sourceSide.unlinkedNeighbours(of: sourceIndex, in: sourceWords[unit],
                                                                      linked: linkedSources,
                                                                      keys: sourceVocabulary.keys), side: 0)
                gathered.neighbours.add(targetSide.unlinkedNeighbours(of: targetIndex, in: targetWords[unit],
                                                                      linked: linkedTargets,
                                                                      keys: targetVocabulary.keys), side: 1)
                let bothNames = sourceWord.isName && targetWord.isName
                let sourceForm = bothNames ? Self.nameForm(sourceWord) : sourceWord.surface
                let targetForm = bothNames ? Self.nameForm(targetWord) : targetWord.surface
                gathered.forms.add(sourceForm + "\t" + targetForm)
                gathered.wordForms.add(sourceWord.surface + "\t" + targetWord.surface)
                if sourceWord.looksLikeName && targetWord.looksLikeName {
                    gathered.nameVotes += 1
                } else if (sourceWord.startsPassage || sourceWord.looksLikeName)
                            && (targetWord.startsPassage || targetWord.looksLikeName) {
                    gathered.unknownVotes += 1
                }
                if gathered.units.count < options.examplesPerEntry { gathered.units.append(unit) }
                kept[key] = gathered
            }
        }
        let forms = DictionaryForms(lexicon: lexicon, source: sourceSide, target: targetSide)
        var entries: [GlossaryEntry] = []
        for (key, gathered) in kept {
            guard let count = links.counts[key], let score = scores[key] else { continue }
            // A name when most links whose capitals tell joined two names or capitalised words ("Moualem" /
            // "Moualem"); "walisisk" / "Welsh" is an adjective, "lørdag" / "Saturday" a day.
            let isName = gathered.nameVotes > 0 && gathered.nameVotes * 2 > count - gathered.unknownVotes
            // One word of a phrase whose other word is left without its own partner in most units is a partial
            // translation ("premierminister" / "Prime" of "Prime Minister", "højesteret" / "Court").
            if gathered.neighbours.hasMajority(of: count) { continue }
            // Whole names only when most links were between names; otherwise the words as linked.
            guard let form = isName ? gathered.forms.mostFrequent : gathered.wordForms.mostFrequent else { continue }
            var sides = form.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard sides.count == 2 else { continue }
            if isName { (sides[0], sides[1]) = forms.namesWithoutGenitive(sides[0], sides[1]) }
            // Two names are the same name when one holds the other's words in order ("Giselle Maurice" / "Maurice",
            // "Global Citizen" / "Citizen"): one recogniser saw a shorter mention.
            let identical = isName ? Self.isSameName(sides[0], sides[1]) : sides[0].lowercased() == sides[1].lowercased()
            if isName && identical && !options.includesIdenticalNames { continue }
            var entry = annotator.entry(source: sides[0], target: sides[1], isName: isName)
            // A word written the same on both sides that the lexicon does not pair is a name the recogniser
            // missed or an untranslated loanword ("fourballs"): it needs no translation either.
            if identical && !entry.known && !options.includesIdenticalNames { continue }
            if !isName {
                let lexicon = self.lexicon
                let source = entry.source.lowercased(), target = entry.target.lowercased()
                if options.showsLemmas {
                    let pair = forms.pair(source, target)
                    // A capital only one language writes stays ("walisisk" / "Welsh"); capitals on both sides of a
                    // pair that is not a name come from names around it ("Hospital" in "Kenyatta Hospital").
                    let both = entry.source.first?.isUppercase == true && entry.target.first?.isUppercase == true
                    entry.source = both ? pair.source : Self.capitalised(pair.source, like: entry.source)
                    entry.target = both ? pair.target : Self.capitalised(pair.target, like: entry.target)
                } else {
                    entry.source = sourceSide.dictionaryForm(source) {
                        lexicon?.contains($0, in: self.sourceLanguage) == true
                    }
                    entry.target = targetSide.dictionaryForm(target) {
                        lexicon?.contains($0, in: self.targetLanguage) == true
                    }
                }
            }
            entry.count = count
            entry.score = score
            entry.examples = gathered.units.map { GlossaryExample(units[$0]) }
            entries.append(entry)
        }
        return joiningDuplicates(entries)
    }

    /// Entries with the same source and target (two forms that share a lemma) joined: counts add up, the
    /// better score and its other fields are kept, examples are pooled up to the limit.
    private func joiningDuplicates(_ entries: [GlossaryEntry]) -> [GlossaryEntry] {
        var joined: [String: GlossaryEntry] = [:]
        for entry in Glossary.sorted(entries) {
            guard var kept = joined[entry.mergeKey] else {
                joined[entry.mergeKey] = entry
                continue
            }
            kept.count += entry.count
            for example in entry.examples where kept.examples.count < options.examplesPerEntry {
                kept.examples.append(example)
            }
            joined[entry.mergeKey] = kept
        }
        return Array(joined.values)
    }
}

extension GlossaryExtractor {
    /// Why the glossary of `units` is empty, as one sentence for standard error (nil when it is not empty):
    /// no aligned units at all (for comparable coverage: no matched statements), no pair reaching
    /// ``GlossaryOptions/minimumCount`` (with the count of the most frequent one), or too few units for any pair
    /// to stand out.
    /// - Throws: ``TextError`` when ICU cannot open iterators (as ``init(sourceLanguage:targetLanguage:lexicon:gazetteer:options:)``).
    /// - Complexity: that of ``extract(_:)`` once more, on the empty path only.
    public func emptyReason(_ units: [AlignedUnit], glossary: Glossary, comparable: Bool) throws -> String? {
        guard glossary.entries.isEmpty else { return nil }
        guard !units.isEmpty else {
            return comparable
                ? "no terms: the inputs share no matched statements (no document pair covers the same story)"
                : "no terms: no sentence of the source is aligned with one of the target"
        }
        let unitCount = "\(units.count) aligned unit\(units.count == 1 ? "" : "s")"
        if options.minimumCount > 1 {
            var relaxed = options
            relaxed.minimumCount = 1
            let relaxedExtractor = try GlossaryExtractor(
                sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, lexicon: lexicon,
                gazetteer: names, options: relaxed)
            if let best = relaxedExtractor.extract(units).entries.map(\.count).max() {
                return "no terms: no pair occurs --minimum-count \(options.minimumCount) times in \(unitCount) "
                    + "(the most frequent occurs \(best) time\(best == 1 ? "" : "s")); lower --minimum-count"
            }
        }
        return "no terms: too few aligned units (\(unitCount)) for any word pair to stand out"
    }
}
