import Foundation
import Testing
@testable import TolkMatch

/// The translation test (``StatementMatcher/isTranslated(_:source:target:)``): a pair whose translation model
/// matches cover only a few sentences counts as translations when those matches keep their order in both
/// documents, and as independently written coverage when they are reordered; many matches make translations
/// in any order. Text written for this test.
struct TranslationOrderTests: HandJudged {
    static let danish = [
        "Byrådet vedtog i går en ny plan for havnen.",
        "Planen koster tre millioner kroner.",
        "Borgmesteren sagde, at arbejdet begynder til foråret.",
        "Mange beboere er glade for den nye park.",
        "Nogle butikker frygter færre kunder.",
        "Trafikken skal flyttes til en ny vej.",
        "Skolen får også en ny legeplads.",
        "Vejret var koldt og blæsende hele dagen.",
        "Politiet lukkede vejen om aftenen.",
        "Mødet sluttede sent om natten.",
    ]
    static let english = [
        "The city council adopted a new plan for the harbour yesterday.",
        "The plan costs three million kroner.",
        "The mayor said that the work begins in the spring.",
        "Many residents are happy about the new park.",
        "Some shops fear fewer customers.",
        "The traffic will be moved to a new road.",
        "The school also gets a new playground.",
        "The weather was cold and windy all day.",
        "The police closed the road in the evening.",
        "The meeting ended late at night.",
    ]

    @Test func orderKeptIsTheShareOfTheLongestIncreasingRun() {
        #expect(StatementMatcher.orderKept([]) == 1)
        #expect(StatementMatcher.orderKept([Self.single(0, 0), Self.single(3, 4), Self.single(7, 9)]) == 1)
        #expect(StatementMatcher.orderKept([Self.single(0, 9), Self.single(3, 4), Self.single(7, 0)]) == 1.0 / 3)
        #expect(StatementMatcher.orderKept([Self.single(5, 4), Self.single(1, 2), Self.single(2, 3),
                                            Self.single(3, 0)]) == 0.75)
    }

    @Test func fewMatchesAreTranslationsOnlyInOrder() throws {
        let matcher = try Self.lexiconMatcher { options in
            options.translatedShare = 0.2
            options.unorderedTranslatedShare = 0.3
            options.translatedOrder = 0.6
        }
        let source = matcher.sourceEvidence(Self.danish), target = matcher.targetEvidence(Self.english)
        // Each match is a translation (its coverage counts towards the share).
        let inOrder = [Self.single(1, 1), Self.single(6, 6)]
        #expect(matcher.translatedShare(inOrder, source: source, target: target) == 0.2)
        #expect(matcher.isTranslated(inOrder, source: source, target: target))
        // The same two statements reported in the other order by the other side: independently written.
        let source2 = matcher.sourceEvidence([Self.danish[6]] + Self.danish[1...5] + [Self.danish[1]]
                                             + Self.danish[7...])
        let reordered = [Self.single(0, 6), Self.single(6, 1)]
        #expect(matcher.translatedShare(reordered, source: source2, target: target) == 0.2)
        #expect(!matcher.isTranslated(reordered, source: source2, target: target))
        // Many matches are translations in any order (reordered translations match most sentences).
        let many = [Self.single(0, 6), Self.single(2, 2), Self.single(6, 1)]
        #expect(matcher.isTranslated(many, source: source2, target: target))
        // Too few matches are never translations, in order or not.
        #expect(!matcher.isTranslated([Self.single(1, 1)], source: source, target: target))
    }
}
