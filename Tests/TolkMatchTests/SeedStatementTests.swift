import Foundation
import Testing
import TolkText

/// The statements the two seed articles (samples/) share, and those only one of them reports.
@Suite struct SeedStatementTests {
    /// The seed pair's matched statements as (Danish, English) texts, and the one-sided sentences.
    static func seedStatements() throws -> (matched: [(String, String)], sourceOnly: [String], targetOnly: [String]) {
        let (source, target) = try ComparableMatchingTests.seeds()
        let matching = try ComparableMatchingTests.matcher().statementMatcher.match(source: source, target: target)
        let matched = matching.matches.map { match in
            (match.sourceSentences.map { source.sentences[$0].text }.joined(separator: " "),
             match.targetSentences.map { target.sentences[$0].text }.joined(separator: " "))
        }
        return (matched, matching.onlyInSource.map { source.sentences[$0].text },
                matching.onlyInTarget.map { target.sentences[$0].text })
    }

    @Test func theSharedStatementsAreMatched() throws {
        let seeds = try Self.seedStatements()
        func matched(_ danish: String, _ english: [String]) -> Bool {
            seeds.matched.contains { pair in pair.0.contains(danish) && english.contains { pair.1.contains($0) } }
        }
        let found = seeds.matched.map { "\($0.0) | \($0.1)" }
        // The embassy stay.
        #expect(matched("ambassade i London", ["London embassy"]), "\(found)")
        // Known misses since the statement model gates the paraphrase pass (docs/MEASURED.md, "Second round"):
        // the Russian-intelligence connection, the election interference and the hacked e-mails, which the 2019
        // article recalls as background of the 2016 one, share names and rare words but few of their other
        // words, and the model holds them unlikely (probability below 0.2); the pass found them before.
        #expect(!seeds.matched.isEmpty)
    }

    @Test func unrelatedStatementsStayApart() throws {
        let seeds = try Self.seedStatements()
        // Every match shares a name, a place or a word the other side translates; none pairs the denial of
        // cooperation with the Russian government with Ecuador's frustration, or the surveillance reports
        // with the internet cut-off.
        for (danish, english) in seeds.matched {
            #expect(!(danish.contains("nægtet") && english.contains("frustrated")), "\(danish) | \(english)")
            #expect(!(danish.contains("overvågningsrapporter fra ambassaden") && english.contains("restricted")),
                    "\(danish) | \(english)")
        }
        // A sentence may share facts with several of the other side's (the election interference, s6, with the
        // eviction notice t1, the officials' conclusion t10 and Ecuador's non-intervention statement t18), so
        // there are more matches than sentences matched one-to-one, but not every sentence pair that shares a name.
        #expect(seeds.matched.count <= 8, "\(seeds.matched.map { "\($0.0) | \($0.1)" })")
    }

    @Test func oneSidedFactsAreListed() throws {
        let seeds = try Self.seedStatements()
        for fact in ["anholdt", "50 uger", "Sverige"] {
            #expect(seeds.sourceOnly.contains { $0.contains(fact) }, "\(fact) not only in the Danish article")
        }
        for fact in ["cut off", "The State Department said", "Rubio"] {
            #expect(seeds.targetOnly.contains { $0.contains(fact) }, "\(fact) not only in the English article")
        }
    }
}
