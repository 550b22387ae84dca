import Testing
import TolkLexicon
import TolkTestSupport
import TolkText
@testable import TolkEvents
@testable import TolkMatch

@Suite struct PairedEventTests {
    static func analysis() throws -> (MatchedPair, PairAnalysis) {
        let pair = try SeedPairFixture.matchedPair()
        guard let gazetteer = Seeds.gazetteer else { throw SeedError.noGazetteer }
        let lexicon = try BilingualLexicon.shipped(LanguagePair(.danish, .english))
        return (pair, try PairAnalyzer(gazetteer: gazetteer, lexicon: lexicon).analyze(pair))
    }

    /// The event holding the statement pair whose source sentence contains `phrase`.
    static func event(with phrase: String, in summary: PairSummary) -> PairedEvent? {
        summary.events.first { $0.statements.contains { $0.source.text.contains(phrase) } }
    }

    @Test func everyStatementIsReportedExactlyOnce() throws {
        let (pair, analysis) = try Self.analysis()
        let summary = analysis.summary
        var source: [Int] = [], target: [Int] = []
        for event in summary.events {
            for statement in event.statements {
                source += statement.source.sentences
                target += statement.target.sentences
            }
            source += event.onlyInSource.flatMap(\.sentences)
            target += event.onlyInTarget.flatMap(\.sentences)
        }
        source += summary.unattachedSource.flatMap(\.sentences)
        target += summary.unattachedTarget.flatMap(\.sentences)
        // A repeated paragraph is reported once, apart (the English sample repeats two sentences).
        source += summary.repeatedSource.map(\.sentence)
        target += summary.repeatedTarget.map(\.sentence)
        #expect(summary.repeatedTarget.map(\.sentence) == [15, 16])
        #expect(summary.repeatedTarget.map(\.repeats) == [4, 5])
        #expect(source.sorted() == Array(pair.source.sentences.indices))
        #expect(target.sorted() == Array(pair.target.sentences.indices))
    }

    @Test func eventsListTheSharedStory() throws {
        let (_, analysis) = try Self.analysis()
        let summary = analysis.summary
        let embassy = try #require(Self.event(with: "timelange møder med russere", in: summary))
        #expect(Set(embassy.entities.map(\.target)).isSuperset(of: ["Ecuador", "London"]))
        let intelligence = try #require(Self.event(with: "russiske efterretningstjenester", in: summary))
        #expect(intelligence.entities.contains { $0.target == "Russia" })
        let hacking = try #require(Self.event(with: "russiske hackere", in: summary))
        #expect(hacking.statements.contains { $0.target.text.contains("hacked") })
        let emails = try #require(Self.event(with: "offentliggøre en lang række", in: summary))
        // "I juni 2016" is one date, resolved; no date chip is listed twice.
        #expect(emails.dates.contains { $0.text == "juni 2016" && $0.iso == "2016-06" && $0.side == .source })
        for event in summary.events {
            let chips = event.dates.map { "\($0.side)|\($0.text)|\($0.iso ?? "")" }
            #expect(Set(chips).count == chips.count)
        }
        #expect(emails.entities.contains { $0.key == "name:hillary clinton" })
        #expect(embassy.number != intelligence.number)
        // Heaviest first, numbered in that order; each summary line is one of the event's own statements.
        #expect(summary.events.map(\.number) == Array(1...summary.events.count))
        #expect(zip(summary.events, summary.events.dropFirst()).allSatisfy { $0.weight >= $1.weight })
        for event in summary.events {
            let texts = event.statements.map(\.source.text) + event.onlyInSource.map(\.text)
            #expect(texts.contains(event.sourceSummary))
            let targets = event.statements.map(\.target.text) + event.onlyInTarget.map(\.text)
            #expect(targets.contains(event.targetSummary))
        }
        #expect(!summary.sourceSummary.isEmpty && !summary.targetSummary.isEmpty)
    }

    @Test func oneSidedFactsAreListed() throws {
        let (_, analysis) = try Self.analysis()
        let summary = analysis.summary
        let sourceOnly = summary.events.flatMap(\.onlyInSource).map(\.text) + summary.unattachedSource.map(\.text)
            + summary.events.flatMap(\.statements).filter { !$0.matched }.map(\.source.text)
        let targetOnly = summary.events.flatMap(\.onlyInTarget).map(\.text) + summary.unattachedTarget.map(\.text)
            + summary.events.flatMap(\.statements).filter { !$0.matched }.map(\.target.text)
        for phrase in ["anholdt", "50 uger", "Sverige"] { #expect(sourceOnly.contains { $0.contains(phrase) }, "\(phrase)") }
        for phrase in ["cut off", "State Department said", "Rubio"] {
            #expect(targetOnly.contains { $0.contains(phrase) }, "\(phrase)")
        }
    }

    @Test func quantitiesCarryLanguageIndependentKeys() throws {
        let danish = try QuantityFinder(language: .danish).quantities(in: "I juni 2016 fik han 50 uger.")
        #expect(danish.map(\.key) == ["month:6", "year:2016", "num:50"])
        let english = try QuantityFinder(language: .english).quantities(in: "On February 5, 2016, some may stay.")
        #expect(english.map(\.text) == ["February 5", "2016"])
        #expect(english.first?.key == "month:2")
    }

    @Test func samePairGivesSameEvents() throws {
        let (_, first) = try Self.analysis()
        let (_, second) = try Self.analysis()
        #expect(first.summary.events == second.summary.events)
        #expect(first.links == second.links)
    }
}
