import Foundation
import Testing
import TolkAlign
@testable import TolkMatch

/// The decisions taken on judged candidate statements (``StatementMatcher`` decisions), on sentences the team wrote
/// and on judgments set by hand, so that each rule is tested apart from the statement model's weights.
@Suite struct StatementDecisionTests: HandJudged {
    static func matcher() throws -> StatementMatcher { try StatementMatcher(options: MatchOptions()) }

    /// A made-up Danish report of a harbour fire: a photo credit, headline, standfirst, lead and a body.
    static let danish = [
        "Foto: Jens Hansen/Ritzau Scanpix",
        "Brand i Aarhus Havn: to lagerhaller nedbrændt",
        "Over hundrede brandfolk var i aktion hele natten.",
        "To lagerhaller brændte natten til tirsdag ned til grunden på Aarhus Havn.",
        "Ingen kom til skade, oplyser Østjyllands Brandvæsen.",
        "Branden startede kort før midnat i en hal med papir.",
        "Røgen drev ind over byen, og beboerne blev bedt om at lukke vinduerne.",
        "Politiet efterforsker nu, hvordan branden opstod.",
        "Havnen venter at kunne åbne igen onsdag.",
    ]

    /// A made-up English report of the same fire.
    static let english = [
        "Two warehouses destroyed in Aarhus port fire",
        "A fire destroyed two warehouses at the port of Aarhus in Denmark overnight, the fire service said.",
        "No one was injured.",
        "More than 100 firefighters fought the blaze through the night.",
        "Residents were told to keep their windows closed as smoke drifted over the city.",
        "Police are investigating the cause.",
        "The port expects to reopen on Wednesday.",
        "Aarhus is Denmark's second-largest city.",
    ]

    @Test func theLeadsOfTwoReportsAreMatchedWhenTheModelDoesNotHoldThemUnlikely() throws {
        var leading = MatchOptions()
        leading.leadSentences = 3
        let matcher = try StatementMatcher(options: leading)
        let source = matcher.sourceEvidence(Self.danish)
        let target = matcher.targetEvidence(Self.english)
        #expect(source[0].isFurniture)
        // The Danish lead is headline, standfirst and first sentence (1, 2, 3: the credit is no sentence of it).
        let judged = Self.judged([(1, 0, 0.3), (3, 1, 0.25), (2, 3, 0.9), (3, 2, 0.1), (4, 2, 0.9), (5, 0, 0.5)])
        let leads = matcher.leadStatements(judged, source: source, target: target)
        let pairs = leads.map { [$0.source.lowerBound, $0.target.lowerBound] }
        // (2, 3): the English sentence is not in its lead; (3, 2): the model holds it unlikely; (4, 2) and
        // (5, 0): the Danish sentence is in the body.
        #expect(pairs == [[1, 0], [3, 1]])
        // Short texts (at most twice the lead on a side) have no lead singled out.
        let brief = matcher.targetEvidence(Array(Self.english.prefix(6)))
        #expect(matcher.leadStatements(judged, source: source, target: brief).isEmpty)
        // Off by default.
        #expect(try Self.matcher().leadStatements(judged, source: source, target: target).isEmpty)
    }

    @Test func anUnsureStatementNeedsItsSentencesAtSimilarPlaces() throws {
        let matcher = try Self.matcher()
        let floor = Self.logit(0.5)
        // 10 and 8 sentences: 0.3 against 0.25 is close; 0.1 against 0.75 is not.
        #expect(matcher.positionsAgree(3..<4, 2..<3, sourceCount: 10, targetCount: 8))
        #expect(!matcher.positionsAgree(1..<2, 6..<7, sourceCount: 10, targetCount: 8))
        #expect(matcher.admits(Self.logit(0.6), floor: floor, source: 3..<4, target: 2..<3, sourceCount: 10,
                               targetCount: 8))
        #expect(!matcher.admits(Self.logit(0.6), floor: floor, source: 1..<2, target: 6..<7, sourceCount: 10,
                                targetCount: 8))
        // A confident statement is kept wherever it stands, and nothing below the floor is.
        #expect(matcher.admits(Self.logit(0.95), floor: floor, source: 1..<2, target: 6..<7, sourceCount: 10,
                               targetCount: 8))
        #expect(!matcher.admits(Self.logit(0.4), floor: floor, source: 3..<4, target: 2..<3, sourceCount: 10,
                                targetCount: 8))
    }

    @Test func freeSentencesOfATranslationAreRecoveredOneToOne() {
        let judged = Self.judged([(0, 2, 0.99), (2, 3, 0.9), (2, 4, 0.95), (3, 4, 0.85), (4, 5, 0.85),
                                  (5, 5, 0.85), (5, 6, 0.5)])
        var sourceUsed = [Bool](repeating: false, count: 6)
        var targetUsed = [Bool](repeating: false, count: 7)
        sourceUsed[0] = true  // matched by the translation model
        targetUsed[0] = true
        let found = StatementMatcher.oneToOne(judged, sourceUsed: sourceUsed, targetUsed: targetUsed,
                                              floor: Self.logit(0.8))
        let pairs = found.map { [$0.source.lowerBound, $0.target.lowerBound] }
        // (0, 2): source 0 is taken; (2, 4) before (2, 3) and (3, 4); of the tie (4, 5) / (5, 5) the first source
        // wins; (5, 6) is below the floor.
        #expect(pairs == [[2, 4], [4, 5]])
    }

    @Test func aMergeIsAsWellSupportedAsItsBestSentencePair() {
        let judged = Self.judged([(2, 5, 0.05), (3, 5, 0.6)])
        #expect(judged.best(2..<4, 5..<6) == Self.logit(0.6))
        #expect(judged.best(0..<2, 5..<6) == -.infinity)
    }

    @Test func theDecisionSettingsAreChecked() {
        var options = MatchOptions()
        options.confidentProbability = 1
        #expect(throws: AlignmentError.self) { try options.validate() }
        options = MatchOptions()
        options.maximumPositionGap = -0.1
        #expect(throws: AlignmentError.self) { try options.validate() }
        options = MatchOptions()
        options.leadSentences = -1
        #expect(throws: AlignmentError.self) { try options.validate() }
    }
}

/// Further counterparts (``StatementMatcher/furtherCounterparts(_:judged:source:target:)``): one sentence reporting
/// two facts that the other side tells in two sentences, on sentences written for this test.
@Suite struct FurtherCounterpartTests: HandJudged {
    /// A made-up Danish report: its first sentence tells both the closure and the test result.
    static let danish = [
        "Vejle Kommune lukkede tirsdag havnebadet, efter at prøver havde vist 400 bakterier i vandet.",
        "Borgmester Jens Ejner Christensen siger, at badet kan åbne igen næste sommer.",
        "Kommunen vil nu undersøge, hvor bakterierne kommer fra.",
    ]

    /// A made-up English report of the same closure, which tells the test result in a sentence of its own.
    static let english = [
        "Vejle council closed its harbour bath on Tuesday.",
        "Tests had found 400 bacteria in the water.",
        "Mayor Jens Ejner Christensen said the bath may reopen next summer.",
        "The council will now investigate where the bacteria come from.",
    ]

    @Test func theNeighbourOfACounterpartJoinsWhenItIsPartOfTheSentence() throws {
        let matcher = try Self.lexiconMatcher()
        let source = matcher.sourceEvidence(Self.danish), target = matcher.targetEvidence(Self.english)
        // The English test result is told by the first Danish sentence: most of its words are found there.
        #expect(TranslationCoverage.share(of: target[1], explainedBy: source[0]) >= 0.5)
        #expect(TranslationCoverage.share(of: target[1], explainedBy: source[1]) < 0.5)
        let kept = [Self.single(0, 0), Self.single(1, 2), Self.single(2, 3)]
        // (0, 1): English 1 is free and beside English 0, the first Danish sentence's counterpart. (1, 1): beside
        // English 2, but the mayor's sentence does not tell the test result. (2, 1): English 1 is not beside
        // English 3. (0, 2): both sentences are in statements already.
        let judged = Self.judged([(0, 0, 0.95), (0, 1, 0.6), (1, 1, 0.55), (1, 2, 0.9), (2, 1, 0.7), (2, 3, 0.85),
                                  (0, 2, 0.8)])
        let further = matcher.furtherCounterparts(kept, judged: judged, source: source, target: target)
        #expect(further.map { [$0.source.lowerBound, $0.target.lowerBound] } == [[0, 1]])
        // Below the floor (0.4) it does not join beside a counterpart, nor below minimumJoinProbability (0.5) as
        // its most probable candidate.
        let unsure = Self.judged([(0, 0, 0.95), (0, 1, 0.35), (1, 2, 0.9), (2, 3, 0.85)])
        #expect(matcher.furtherCounterparts(kept, judged: unsure, source: source, target: target).isEmpty)
    }

    @Test func aQuoteInThreePartsJoinsPartByPart() throws {
        let matcher = try Self.lexiconMatcher()
        let source = matcher.sourceEvidence([
            "- Vi tager ingen chancer med børnenes helbred, og badet åbner først, når vandet er rent, siger borgmester Jens Ejner Christensen.",
        ])
        let target = matcher.targetEvidence([
            "\"We take no chances with the children's health,\" said Mayor Jens Ejner Christensen.",
            "\"The bath opens only when the water is clean.\"",
            "\"Children's health comes first.\"",
        ])
        // English 2 is beside English 1 only once English 1 has joined.
        let judged = Self.judged([(0, 0, 0.9), (0, 1, 0.6), (0, 2, 0.55)])
        let further = matcher.furtherCounterparts([Self.single(0, 0)], judged: judged, source: source, target: target)
        #expect(further.map { [$0.source.lowerBound, $0.target.lowerBound] } == [[0, 1], [0, 2]])
        // At most maximumCounterparts statements per sentence.
        var options = MatchOptions()
        options.lexicon = try TranslationLexicon.shipped(source: .danish, target: .english)
        options.maximumCounterparts = 2
        let capped = try StatementMatcher(options: options)
            .furtherCounterparts([Self.single(0, 0)], judged: judged, source: source, target: target)
        #expect(capped.map { [$0.source.lowerBound, $0.target.lowerBound] } == [[0, 1]])
    }

    @Test func aMergeIsNotReportedAgainAsItsParts() throws {
        let matcher = try Self.lexiconMatcher()
        let source = matcher.sourceEvidence(Self.danish), target = matcher.targetEvidence(Self.english)
        let merge = StatementMatcher.Candidate(source: 0..<1, target: 0..<2, logOdds: 4, posterior: 3)
        let judged = Self.judged([(0, 0, 0.95), (0, 1, 0.9), (1, 2, 0.9)])
        #expect(matcher.furtherCounterparts([merge, Self.single(1, 2)], judged: judged, source: source,
                                            target: target).isEmpty)
    }
}
