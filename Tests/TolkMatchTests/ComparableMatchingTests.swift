import Foundation
import Testing
import TolkAlign
import TolkMatch
import TolkTestSupport
import TolkText

/// Comparable matching on real text: the two seed articles, and FLORES devtest articles cut into independently
/// sampled, partly reordered Danish and English documents (Fixtures/comparable-flores, see the README there).
@Suite struct ComparableMatchingTests {
    /// Documents of a JSONL fixture, segmented.
    static func documents(_ name: String, language: LanguageCode) throws -> [ComparableDocument] {
        let segmenter = try Segmenter(language: language)
        let lines = try Fixture.lines("comparable-flores/\(name)", in: Fixture.fixtures(of: "TolkMatchTests"))
        return try lines.map { line in
            let record = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: String])
            let text = try #require(record["text"])
            return ComparableDocument(id: try #require(record["id"]), text: text, language: language,
                                      sentences: segmenter.segment(text).sentences)
        }
    }

    /// The gold pairs of the fixture, as "source target" strings, and their shared statements.
    static func gold() throws -> (pairs: Set<String>, statements: [String: [(String, String)]]) {
        let folder = Fixture.fixtures(of: "TolkMatchTests")
        let data = try Data(contentsOf: folder.appendingPathComponent("comparable-flores/gold.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let pairs = try #require(object["pairs"] as? [[String: Any]])
        var keys: Set<String> = []
        var statements: [String: [(String, String)]] = [:]
        for pair in pairs {
            let key = "\(pair["source"] ?? "") \(pair["target"] ?? "")"
            keys.insert(key)
            let list = try #require(pair["statements"] as? [[String: String]])
            statements[key] = list.map { ($0["source_text"] ?? "", $0["target_text"] ?? "") }
        }
        return (keys, statements)
    }

    static func seeds() throws -> (source: ComparableDocument, target: ComparableDocument) {
        func document(_ name: String, _ language: LanguageCode) throws -> ComparableDocument {
            let text = try TextInput.read(path: Fixture.repository.appendingPathComponent("samples/\(name)").path).text
            return ComparableDocument(id: name, text: text, language: language,
                                      sentences: try Segmenter(language: language).segment(text).sentences)
        }
        return (try document("2019-07-assange-embassy-russians.da.txt", .danish),
                try document("nbc-2016-10-assange-ecuador.en.txt", .english))
    }

    static func matcher() throws -> ComparableMatcher {
        var options = MatchOptions()
        options.lexicon = try TranslationLexicon.shipped(source: .danish, target: .english)
        return try ComparableMatcher(options: options)
    }

    @Test func floresArticlesArePairedWithoutAWrongPair() throws {
        let source = try Self.documents("source.jsonl", language: .danish)
        let target = try Self.documents("target.jsonl", language: .english)
        let result = try Self.matcher().match(source: source, target: target)
        let gold = try Self.gold()
        let found = Set(result.pairs.map { "\($0.source.id) \($0.target.id)" })
        #expect(found.isSubset(of: gold.pairs), "wrong pairs: \(found.subtracting(gold.pairs))")
        #expect(found.count >= 4, "found only \(found.sorted()) of \(gold.pairs.sorted())")
        // The Danish-only and the English-only article stay without counterpart.
        #expect(result.unmatchedSources.map(\.id).contains("da-8"))
        #expect(result.unmatchedTargets.map(\.id).contains("en-7"))
    }

    @Test func floresStatementsMatchTheirTranslations() throws {
        let source = try Self.documents("source.jsonl", language: .danish)
        let target = try Self.documents("target.jsonl", language: .english)
        let result = try Self.matcher().match(source: source, target: target)
        let gold = try Self.gold()
        var right = 0
        var wrong: [String] = []
        for pair in result.pairs {
            let expected = gold.statements["\(pair.source.id) \(pair.target.id)"] ?? []
            for match in pair.statements.matches {
                let sourceText = match.sourceSentences.map { pair.source.sentences[$0].text }.joined(separator: " ")
                let targetText = match.targetSentences.map { pair.target.sentences[$0].text }.joined(separator: " ")
                if expected.contains(where: { sourceText.contains($0.0.trimmingCharacters(in: .whitespaces))
                        && targetText.contains($0.1.trimmingCharacters(in: .whitespaces)) }) {
                    right += 1
                } else {
                    wrong.append("\(sourceText) | \(targetText)")
                }
            }
        }
        #expect(wrong.isEmpty, "statements matched wrongly: \(wrong)")
        #expect(right >= 10, "only \(right) statements matched")
    }

    @Test func noSentenceIsLostAndRangesPointIntoTheText() throws {
        let (source, target) = try Self.seeds()
        let matching = try Self.matcher().statementMatcher.match(source: source, target: target)
        var sourceSeen = matching.onlyInSource + matching.uncertainSource.map(\.sentence)
        var targetSeen = matching.onlyInTarget + matching.uncertainTarget.map(\.sentence)
        for match in matching.matches {
            sourceSeen += match.sourceSentences
            targetSeen += match.targetSentences
            let bytes = Array(source.text.utf8)
            let first = try #require(match.sourceSentences.first)
            #expect(match.sourceRange.lowerBound == source.sentences[first].range.lowerBound)
            let slice = String(decoding: bytes[match.sourceRange], as: UTF8.self)
            #expect(slice.hasPrefix(source.sentences[first].text))
            #expect((0...1).contains(match.score))
        }
        sourceSeen += matching.partial.flatMap(\.sourceSentences)
        targetSeen += matching.partial.flatMap(\.targetSentences)
        // Every sentence is matched, in a partial statement, uncertain or one-sided; a one-sided or uncertain
        // sentence is in no statement (a sentence may be in several statements).
        #expect(Set(sourceSeen) == Set(source.sentences.indices))
        #expect(Set(targetSeen) == Set(target.sentences.indices))
        let stated = matching.matches + matching.partial
        #expect(Set(matching.onlyInSource).isDisjoint(with: stated.flatMap(\.sourceSentences)))
        #expect(Set(matching.onlyInTarget).isDisjoint(with: stated.flatMap(\.targetSentences)))
        let uncertainSource = matching.uncertainSource.map(\.sentence)
        let uncertainTarget = matching.uncertainTarget.map(\.sentence)
        #expect(Set(uncertainSource).isDisjoint(with: stated.flatMap(\.sourceSentences) + matching.onlyInSource))
        #expect(Set(uncertainTarget).isDisjoint(with: stated.flatMap(\.targetSentences) + matching.onlyInTarget))
    }

    @Test func everyPairAccountsForAllItsSentencesEvenWhenKeptOnItsCosine() throws {
        // Two copies of each seed article, one verified candidate per document and the lowest margin: the four
        // candidate pairs tie, the second copies' pair is never verified (both documents had their try), and it
        // is kept on its cosine; its statements must still be matched or listed as one-sided.
        var options = MatchOptions()
        options.lexicon = try TranslationLexicon.shipped(source: .danish, target: .english)
        options.verifiedCandidates = 1
        options.minimumMargin = 1
        let seeds = try Self.seeds()
        func copy(_ document: ComparableDocument, _ id: String) -> ComparableDocument {
            ComparableDocument(id: id, text: document.text, language: document.language, sentences: document.sentences)
        }
        let source = [copy(seeds.source, "a.da"), copy(seeds.source, "b.da")]
        let target = [copy(seeds.target, "a.en"), copy(seeds.target, "b.en")]
        let result = try ComparableMatcher(options: options).match(source: source, target: target)
        #expect(result.pairs.count == 2)
        for pair in result.pairs {
            var sourceSeen = pair.statements.onlyInSource + pair.statements.uncertainSource.map(\.sentence)
            var targetSeen = pair.statements.onlyInTarget + pair.statements.uncertainTarget.map(\.sentence)
            for match in pair.statements.matches + pair.statements.partial {
                sourceSeen += match.sourceSentences
                targetSeen += match.targetSentences
            }
            #expect(!pair.statements.matches.isEmpty, "\(pair.source.id) \(pair.target.id)")
            #expect(Set(sourceSeen) == Set(pair.source.sentences.indices), "\(pair.source.id)")
            #expect(Set(targetSeen) == Set(pair.target.sentences.indices), "\(pair.target.id)")
            #expect(Set(pair.statements.onlyInSource).isDisjoint(
                with: (pair.statements.matches + pair.statements.partial).flatMap(\.sourceSentences)))
        }
    }

    @Test func theSeedArticlesArePairedAsRelatedCoverage() throws {
        let (source, target) = try Self.seeds()
        let result = try Self.matcher().match(source: [source], target: [target])
        #expect(result.pairs.count == 1)
        let matches = try #require(result.pairs.first).statements.matches
        #expect(!matches.isEmpty)
        // The embassy stay: Assange at Ecuador's London embassy on both sides.
        let texts = matches.map { match in
            (match.sourceSentences.map { source.sentences[$0].text }.joined(separator: " "),
             match.targetSentences.map { target.sentences[$0].text }.joined(separator: " "))
        }
        #expect(texts.contains { $0.0.contains("ambassade i London") && $0.1.contains("London embassy") })
        // Facts only one article reports stay in the only-in lists.
        let statements = try #require(result.pairs.first).statements
        let sourceOnly = statements.onlyInSource.map { source.sentences[$0].text }
        let targetOnly = statements.onlyInTarget.map { target.sentences[$0].text }
        for fact in ["anholdt", "50 uger", "Sverige"] {
            #expect(sourceOnly.contains { $0.contains(fact) }, "\(fact) not listed as only in source")
        }
        for fact in ["cut off", "The State Department said", "Rubio"] {
            #expect(targetOnly.contains { $0.contains(fact) }, "\(fact) not listed as only in target")
        }
    }

    @Test func aDocumentWithoutCounterpartStaysUnmatched() throws {
        let (source, target) = try Self.seeds()
        let flores = try Self.documents("target.jsonl", language: .english)
        let result = try Self.matcher().match(source: [source], target: [target] + flores)
        #expect(result.pairs.map(\.target.id) == [target.id])
        #expect(result.unmatchedTargets.count == flores.count)
        let alone = try Self.matcher().match(source: [source], target: Array(flores.prefix(3)))
        #expect(alone.pairs.isEmpty, "paired with \(alone.pairs.map(\.target.id))")
        #expect(alone.unmatchedSources.map(\.id) == [source.id])
    }

    /// A pair's statements are decided by its two documents; the collection may only add translation-model
    /// matches that the statement model does not hold unlikely. The seed pair matched alone and inside a
    /// collection with unrelated FLORES articles on both sides gets the same statements.
    @Test func aPairsStatementsDoNotDependOnTheRestOfTheCollection() throws {
        let (source, target) = try Self.seeds()
        let otherSources = try Self.documents("source.jsonl", language: .danish)
        let otherTargets = try Self.documents("target.jsonl", language: .english)
        func statements(_ result: ComparableMatch) throws -> [String] {
            let pair = try #require(result.pairs.first { $0.source.id == source.id && $0.target.id == target.id })
            return pair.statements.matches.map { "\($0.sourceSentences)-\($0.targetSentences)" }
        }
        let alone = try statements(Self.matcher().match(source: [source], target: [target]))
        let inCollection = try statements(Self.matcher().match(source: [source] + otherSources,
                                                               target: otherTargets + [target]))
        #expect(!alone.isEmpty)
        #expect(alone == inCollection)
    }

    /// With publication dates, a report pairs with the coverage published at the same time; a copy of it dated
    /// three years later is no rival. Without dates the two copies tie and neither stands out, so none is paired.
    @Test func publicationDatesPreferCoverageOfTheSameMoment() throws {
        let (source, target) = try Self.seeds()
        let day = try #require(ComparableDocument.dayNumber(year: 2019, month: 7, day: 15))
        var later = ComparableDocument(id: "later.da", text: source.text, language: source.language,
                                       sentences: source.sentences, publicationDay: day + 1_100)
        var now = ComparableDocument(id: "now.da", text: source.text, language: source.language,
                                     sentences: source.sentences, publicationDay: day)
        var report = target
        report.publicationDay = day + 1
        let dated = try Self.matcher().match(source: [later, now], target: [report])
        #expect(dated.pairs.map(\.source.id) == ["now.da"])
        later.publicationDay = nil
        now.publicationDay = nil
        report.publicationDay = nil
        let undated = try Self.matcher().match(source: [later, now], target: [report])
        #expect(undated.pairs.isEmpty)
        #expect(ComparableDocument.dayNumber(year: 1970, month: 1, day: 1) == 0)
        #expect(ComparableDocument.dayNumber(year: 2000, month: 3, day: 1) == 11_017)
        #expect(ComparableDocument.dayNumber(year: 2019, month: 2, day: 29) == nil)
    }

    @Test func theSameInputGivesTheSameResult() throws {
        let source = try Self.documents("source.jsonl", language: .danish)
        let target = try Self.documents("target.jsonl", language: .english)
        let matcher = try Self.matcher()
        func summary(_ result: ComparableMatch) -> [String] {
            result.pairs.map { pair in
                "\(pair.source.id) \(pair.target.id) \(pair.pair.score) "
                    + pair.statements.matches.map { "\($0.sourceSentences):\($0.targetSentences):\($0.score)" }
                    .joined(separator: ",")
            } + result.unmatchedSources.map(\.id) + result.unmatchedTargets.map(\.id)
        }
        let first = summary(matcher.match(source: source, target: target))
        for _ in 0..<3 {
            #expect(summary(matcher.match(source: source, target: target)) == first)
            #expect(summary(matcher.match(source: source, target: target.reversed())).sorted() == first.sorted())
        }
    }

    @Test func badOptionsAreRefused() {
        var options = MatchOptions()
        options.candidatesPerDocument = 0
        #expect(throws: AlignmentError.self) { try ComparableMatcher(options: options) }
        options = MatchOptions()
        options.lengthWeight = -1
        #expect(throws: AlignmentError.self) { try StatementMatcher(options: options) }
    }
}
