import Foundation
import Testing
import TolkLexicon
import TolkText
@testable import TolkEntities
@testable import TolkGlossary

@Suite struct GlossaryTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The FLORES fixture as aligned units (line i with line i).
    static func floresUnits() throws -> [AlignedUnit] {
        let source = try String(contentsOf: fixtures.appendingPathComponent("flores-devtest-300.da.txt"), encoding: .utf8)
        let target = try String(contentsOf: fixtures.appendingPathComponent("flores-devtest-300.en.txt"), encoding: .utf8)
        let sourceLines = source.split(separator: "\n").map(String.init)
        let targetLines = target.split(separator: "\n").map(String.init)
        var units: [AlignedUnit] = []
        var sourceOffset = 0, targetOffset = 0
        for (sourceLine, targetLine) in zip(sourceLines, targetLines) {
            units.append(AlignedUnit(
                sourceText: sourceLine, targetText: targetLine, sourceDocument: "flores.da", targetDocument: "flores.en",
                sourceRange: sourceOffset..<(sourceOffset + sourceLine.utf8.count),
                targetRange: targetOffset..<(targetOffset + targetLine.utf8.count)))
            sourceOffset += sourceLine.utf8.count + 1
            targetOffset += targetLine.utf8.count + 1
        }
        return units
    }

    /// Sentence pairs as aligned units of one document pair, each unit 100 bytes after the last.
    static func units(_ pairs: [(String, String)]) -> [AlignedUnit] {
        pairs.enumerated().map { index, pair in
            AlignedUnit(sourceText: pair.0, targetText: pair.1, sourceDocument: "a.da", targetDocument: "a.en",
                        sourceRange: index * 100..<(index * 100 + pair.0.utf8.count),
                        targetRange: index * 100..<(index * 100 + pair.1.utf8.count))
        }
    }

    /// The glossary of `units` by the shipped Danish-English lexicon, with the options `adjust` sets (every
    /// score listed unless `adjust` says otherwise: `minimumScore` 0).
    static func extract(_ units: [AlignedUnit], _ adjust: (inout GlossaryOptions) -> Void = { _ in }) throws -> Glossary {
        let lexicon = try BilingualLexicon.shipped(LanguagePair(.danish, .english))
        var options = GlossaryOptions()
        options.minimumScore = 0
        adjust(&options)
        return try GlossaryExtractor(sourceLanguage: .danish, targetLanguage: .english, lexicon: lexicon,
                                     options: options).extract(units)
    }

    static let shared: Glossary? = {
        guard let units = try? floresUnits(),
              let lexicon = try? BilingualLexicon.shipped(LanguagePair(.danish, .english)),
              let extractor = try? GlossaryExtractor(sourceLanguage: .danish, targetLanguage: .english, lexicon: lexicon)
        else { return nil }
        return extractor.extract(units)
    }()

    static func entry(_ glossary: Glossary, _ source: String, _ target: String) -> GlossaryEntry? {
        glossary.entries.first { $0.source.lowercased() == source && $0.target.lowercased() == target }
    }

    @Test func linksTranslatedWordsOneToOne() throws {
        let glossary = try #require(Self.shared)
        for (source, target) in [("sagde", "said"), ("rapporter", "reports"), ("regering", "government"),
                                 ("politi", "police"), ("vand", "water")] {
            #expect(Self.entry(glossary, source, target) != nil, "\(source) / \(target)")
        }
        // One-to-one linking: a frequent word is not paired with its neighbours.
        #expect(Self.entry(glossary, "sagde", "reports") == nil)
        let top = glossary.entries.filter { !$0.isMultiword }.prefix(40)
        let sources = top.map(\.source)
        #expect(Set(sources).count == sources.count, "each word once among the best pairs")
    }

    @Test func entriesCarryCountsScoresKnownAndExamples() throws {
        let glossary = try #require(Self.shared)
        let said = try #require(Self.entry(glossary, "sagde", "said"))
        #expect(said.count >= 10)
        #expect(said.score > 30)
        let government = try #require(Self.entry(glossary, "regering", "government"))
        #expect(government.known)
        let example = try #require(government.examples.first)
        let source = try String(contentsOf: Self.fixtures.appendingPathComponent("flores-devtest-300.da.txt"), encoding: .utf8)
        let bytes = Array(source.utf8)
        #expect(String(decoding: bytes[example.sourceRange[0]..<example.sourceRange[1]], as: UTF8.self) == example.sourceText)
        #expect(example.sourceText.lowercased().contains("regering"))
        #expect(example.targetText.lowercased().contains("government"))
        // Sorted by score, then source and target.
        #expect(glossary.entries == Glossary.sorted(glossary.entries))
        #expect(glossary.entries.allSatisfy { $0.count >= 2 && $0.score >= 10.83 })
    }

    @Test func nounsAreShownWithoutTheirDefiniteArticle() throws {
        let glossary = try #require(Self.shared)
        // "politiet" / "police" is listed as a dictionary lists it; the examples keep the text as written.
        let police = try #require(Self.entry(glossary, "politi", "police"))
        #expect(police.examples.contains { $0.sourceText.lowercased().contains("politiet") })
        #expect(Self.entry(glossary, "politiet", "police") == nil)
    }

    @Test func findsCompoundsAgainstPhrasesAndNames() throws {
        let glossary = try #require(Self.shared)
        #expect(Self.entry(glossary, "sydafrika", "south africa")?.category == .namedEntity)
        #expect(glossary.entries.contains { $0.isMultiword && $0.category == .domainTerm })
    }

    @Test func categoriesComeFromTheReportingTable() throws {
        let units = Self.units([
            ("Politiet bekræfter, at manden er anholdt.", "The police confirm that the man has been arrested."),
            ("Ministeren bekræfter nyheden.", "The minister confirms the news."),
            ("Kilden bekræfter oplysningerne.", "The source confirms the information."),
            ("Hun bekræfter ikke rygterne.", "She does not confirm the rumours."),
            ("Regeringen vil sænke skatten.", "The government wants to lower taxes."),
            ("Manden blev løsladt i går.", "The man was released yesterday."),
            ("Ministeren rejser til Paris.", "The minister is travelling to Paris."),
            ("Nyheden kom som en overraskelse.", "The news came as a surprise."),
        ])
        let glossary = try Self.extract(units)
        let confirm = try #require(glossary.entries.first { $0.source.hasPrefix("bekræft") })
        #expect(confirm.target.hasPrefix("confirm"))
        #expect(confirm.category == .reportingVerb)
        #expect(confirm.known)
        #expect(confirm.count == 4)
    }

    @Test func lemmasOrLinkedForms() throws {
        let units = try Self.floresUnits()
        let lexicon = try BilingualLexicon.shipped(LanguagePair(.danish, .english))
        var options = GlossaryOptions()
        options.showsLemmas = false
        let linked = try GlossaryExtractor(sourceLanguage: .danish, targetLanguage: .english, lexicon: lexicon,
                                           options: options).extract(units)
        // As linked, a noun only losing its suffixed article.
        #expect(Self.entry(linked, "atleter", "athletes") != nil)
        #expect(Self.entry(linked, "politi", "police") != nil)
        // As a dictionary lists them, with the same inflection on both sides: plural against plural and past
        // against past stay ("atleter" / "athletes", "sagde" / "said"); a noun loses its suffixed article.
        let shown = try #require(Self.shared)
        #expect(Self.entry(shown, "atleter", "athletes") != nil)
        #expect(Self.entry(shown, "sagde", "said") != nil)
        #expect(Self.entry(shown, "politi", "police") != nil)
    }

    @Test func aWordOfAPhraseAgainstACompoundIsNoPair() throws {
        // "premierminister" is "Prime Minister": linked to "Prime", it leaves "Minister" without a partner in
        // every unit, so "premierminister" / "Prime" is a partial translation and not listed.
        let units = Self.units([
            ("Premierministeren talte i parlamentet i går.", "The Prime Minister spoke in parliament yesterday."),
            ("Landets premierminister besøgte byen.", "The country's Prime Minister visited the city."),
            ("Premierministeren har aflyst mødet.", "The Prime Minister has cancelled the meeting."),
            ("Oppositionen kritiserede premierministeren.", "The opposition criticised the Prime Minister."),
            ("Parlamentet stemte om loven i går.", "Parliament voted on the law yesterday."),
            ("Byen fik besøg af dronningen.", "The city was visited by the queen."),
            ("Mødet blev aflyst.", "The meeting was cancelled."),
        ])
        let glossary = try Self.extract(units) { $0.findsMultiwordTerms = false }
        #expect(!glossary.entries.contains { $0.source.hasPrefix("premierminister") })
        // Whole-word translations in the same units stay.
        #expect(glossary.entries.contains { $0.source == "aflyst" && $0.target == "cancelled" })
    }

    @Test func aHyphenJoinsTwoWordsIntoOnePhrase() throws {
        let side = try TermSide(language: .english, gazetteer: Gazetteer.shipped(languages: [.english]))
        var vocabulary = TermVocabulary()
        let words = side.words(of: "A 45-year-old man - a witness - said so.", vocabulary: &vocabulary)
        let follows = Dictionary(words.map { ($0.surface, $0.followsWord) }, uniquingKeysWith: { first, _ in first })
        #expect(follows["old"] == true)       // year-old
        #expect(follows["man"] == true)
        #expect(follows["witness"] == true)   // a witness
        #expect(words.last { $0.surface == "a" }?.followsWord == false)  // after " - "
    }

    @Test func sameInputSameOutput() throws {
        let units = try Self.floresUnits()
        let lexicon = try BilingualLexicon.shipped(LanguagePair(.danish, .english))
        let first = try GlossaryExtractor(sourceLanguage: .danish, targetLanguage: .english, lexicon: lexicon)
            .extract(units)
        let again = try #require(Self.shared)
        #expect(first.entries == again.entries)
    }

    @Test func mergeKeepsExistingEntriesExactlyAndAddsTheRest() {
        var edited = GlossaryEntry(source: "bekræfter", target: "confirms", count: 3, score: 20, category: .reportingVerb,
                                   known: true, extra: ["note": "checked by a translator"])
        edited.target = "confirms"
        let onlyOld = GlossaryEntry(source: "kilde", target: "source", count: 2, score: 12, category: .attribution,
                                    known: true)
        let again = GlossaryEntry(source: "Bekræfter", target: "confirms", count: 4, score: 25, category: .domainTerm,
                                  known: false)
        let onlyNew = GlossaryEntry(source: "muligvis", target: "possibly", count: 2, score: 11, category: .hedge,
                                    known: true)
        let merged = GlossaryMerger.merge(
            existing: Glossary(sourceLanguage: .danish, targetLanguage: .english, entries: [edited, onlyOld]),
            new: Glossary(sourceLanguage: .danish, targetLanguage: .english, entries: [again, onlyNew]))
        #expect(merged.glossary.entries.count == 3)
        #expect(merged.added == [onlyNew])
        let confirm = merged.glossary.entries.first { $0.target == "confirms" }
        #expect(confirm == edited)
        #expect(confirm?.count == 3)
        #expect(confirm?.score == 20)
        #expect(confirm?.category == .reportingVerb)
        #expect(confirm?.source == "bekræfter")
        #expect(confirm?.extra["note"] == "checked by a translator")
        #expect(merged.glossary.entries.contains { $0 == onlyOld })
        #expect(merged.glossary.entries.contains { $0.source == "muligvis" })
    }

    @Test func associationScores() {
        #expect(Association.logLikelihood(joint: 0, source: 10, target: 10, units: 100) == 0)
        // Meeting less often than chance is not association.
        #expect(Association.logLikelihood(joint: 1, source: 50, target: 50, units: 100) == 0)
        let strong = Association.logLikelihood(joint: 20, source: 22, target: 21, units: 2_000)
        let weak = Association.logLikelihood(joint: 3, source: 40, target: 40, units: 2_000)
        #expect(strong > 150 && weak < strong)
        #expect(Association.dice(joint: 5, source: 5, target: 5) == 1)
        #expect(Association.dice(joint: 0, source: 0, target: 0) == 0)
    }

    @Test func badOptionsAreErrors() {
        var options = GlossaryOptions()
        options.minimumCount = 0
        #expect(throws: GlossaryError.self) { try options.validate() }
        options = GlossaryOptions()
        options.multiwordMinimumDice = 2
        #expect(throws: GlossaryError.self) { try options.validate() }
    }
}
