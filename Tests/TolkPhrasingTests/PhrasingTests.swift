import Foundation
import Testing
import TolkLexicon
import TolkTestSupport
import TolkText
@testable import TolkMatch
@testable import TolkPhrasing

@Suite struct PhrasingTests {
    /// The two seed articles, segmented.
    static func seedDocuments() throws -> (source: ComparableDocument, target: ComparableDocument) {
        try SeedPairFixture.documents()
    }

    static func seedComparison() throws -> PhrasingComparison {
        let (source, target) = try seedDocuments()
        let matcher = try ComparableMatcher()
        let statements = matcher.statementMatcher.match(source: source, target: target)
        let pair = MatchedPair(pair: DocumentPair(source: 0, target: 0, score: 1), source: source, target: target,
                               statements: statements)
        let lexicon = try BilingualLexicon.shipped(LanguagePair(.danish, .english))
        return try PhrasingComparer(sourceLanguage: .danish, targetLanguage: .english, lexicon: lexicon).compare(pair)
    }

    @Test func seedsShowWhoIsCitedOnEachSide() throws {
        let comparison = try Self.seedComparison()
        let danish = comparison.source.citedSources
        let english = comparison.target.citedSources
        #expect(danish.contains("CNN"))
        #expect(danish.contains { $0.contains("sikkerhedsfirma") }, "the Spanish security firm's report: \(danish)")
        #expect(danish.contains { $0.contains("efterretningskilde i Ecuador") }, "the Ecuadorian source: \(danish)")
        #expect(english.contains("NBC News"))
        #expect(english.contains("U.S. officials"))
        #expect(english.contains { $0.contains("State Department") })
        #expect(english.contains("a senior intelligence official"))
        // How: the cue of each attribution.
        #expect(comparison.source.attributions.contains { $0.cue == "skriver" && $0.sources == ["CNN"] })
        #expect(comparison.source.attributions.contains { $0.cue == "over for" && $0.sources == ["CNN"] })
        #expect(comparison.target.attributions.contains { $0.cue == "told" && $0.sources == ["U.S. officials", "NBC News"] })
    }

    @Test func seedsShowReportingVerbsHedgesAndCertainty() throws {
        let comparison = try Self.seedComparison()
        let danishVerbs = Set(comparison.source.reportingVerbs.map { $0.text.lowercased() })
        let englishVerbs = Set(comparison.target.reportingVerbs.map { $0.text.lowercased() })
        #expect(danishVerbs.isSuperset(of: ["skriver", "oplyste", "bekræfter", "konkluderer"]), "\(danishVerbs)")
        #expect(englishVerbs.isSuperset(of: ["told", "said"]), "\(englishVerbs)")
        let danishHedges = Set(comparison.source.hedges.map { $0.text.lowercased() })
        #expect(danishHedges.isSuperset(of: ["muligvis", "tilsyneladende"]))
        #expect(comparison.target.hedges.contains { $0.text == "alleged" })
        #expect(comparison.source.certainty.contains { $0.text == "der er ingen tvivl om" })
        // Names are not read as markers ("State" of "State Department" is not the verb "state").
        #expect(!englishVerbs.contains("state"))
    }

    @Test func seedsTellQuotesFromParaphrase() throws {
        let comparison = try Self.seedComparison()
        #expect(comparison.source.quotations.map(\.text).contains("belastende"))
        #expect(comparison.target.quotations.contains { $0.text.hasPrefix("It was a bit of an eviction notice") })
        #expect(!comparison.statements.isEmpty)
        for statement in comparison.statements {
            #expect((statement.target.mode == .directQuote) == !statement.target.quotations.isEmpty)
            #expect((statement.source.mode == .directQuote) == !statement.source.quotations.isEmpty)
        }
        let english = try PhrasingAnalyzer(language: .english)
        let quoted = "\u{201C}It was a bit of an eviction notice,\u{201D} said a senior intelligence official."
        let quote = english.phrasing(of: Sentence(text: quoted, range: 0..<quoted.utf8.count, paragraph: 0))
        #expect(quote.mode == .directQuote)
        #expect(quote.citedSources == ["a senior intelligence official"])
        let danish = try PhrasingAnalyzer(language: .danish)
        let reported = "Det skriver CNN mandag."
        #expect(danish.phrasing(of: Sentence(text: reported, range: 0..<reported.utf8.count, paragraph: 0)).mode
            == .paraphrase)
        let plain = "Assange søgte tilflugt på ambassaden i 2012."
        #expect(danish.phrasing(of: Sentence(text: plain, range: 0..<plain.utf8.count, paragraph: 0)).mode == .narration)
    }

    @Test func rangesSliceBackToTheText() throws {
        let comparison = try Self.seedComparison()
        let (source, target) = try Self.seedDocuments()
        for (side, text) in [(comparison.source, source.text), (comparison.target, target.text)] {
            for marker in side.reportingVerbs + side.hedges + side.certainty + side.evaluative {
                #expect(Seeds.slice(text, marker.range[0]..<marker.range[1]) == marker.text)
            }
            for attribution in side.attributions {
                #expect(Seeds.slice(text, attribution.range[0]..<attribution.range[1]) == attribution.text)
            }
        }
    }

    @Test func onlyOneSideTermsUseTranslations() throws {
        let comparison = try Self.seedComparison()
        for statement in comparison.statements {
            // A word with a translation in the other passage is not "only here".
            if statement.sourceText.contains("ambassade") && statement.targetText.contains("embassy") {
                #expect(!statement.source.onlyHere.contains("ambassade"))
            }
            #expect(statement.source.onlyHere.allSatisfy { statement.sourceText.contains($0) })
            #expect(statement.target.onlyHere.allSatisfy { statement.targetText.contains($0) })
        }
    }

    @Test func apostrophesAreNotQuotes() {
        let text = "Assange's lawyer said the countries' affairs were 'not our business' today."
        let quotes = QuotationFinder.quotations(in: text)
        #expect(quotes.count == 1)
        let bytes = Array(text.utf8)
        #expect(quotes.first.map { String(decoding: bytes[$0.inner], as: UTF8.self) } == "not our business")
        #expect(QuotationFinder.quotations(in: "Ingen citater her.").isEmpty)
        // A quotation left open runs to the end of the sentence.
        #expect(QuotationFinder.quotations(in: "He said: \u{201C}We will not leave").count == 1)
    }

    @Test func inflectedFormsReachTheListsThroughTheStemmer() throws {
        let danish = try PhrasingLexicon.shipped(.danish)
        #expect(danish.category(of: "konkluderer").contains(.reportingVerb))
        #expect(danish.category(of: "bekræftede").contains(.reportingVerb))
        let english = try PhrasingLexicon.shipped(.english)
        #expect(english.category(of: "confirms").contains(.reportingVerb))
        #expect(english.category(of: "information").isEmpty)
        #expect(english.category(of: "allegedly") == [.hedge])
    }
}
