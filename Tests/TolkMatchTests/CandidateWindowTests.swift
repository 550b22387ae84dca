import Foundation
import Testing
import TolkAlign
import TolkMatch
import TolkText

/// Blocking by time (``MatchOptions/candidateWindowDays``): documents published further apart than the window are
/// never proposed as candidates of each other; undated documents are compared as without the window.
@Suite struct CandidateWindowTests {
    static func matcher(window: Int?) throws -> ComparableMatcher {
        var options = MatchOptions()
        options.lexicon = try TranslationLexicon.shipped(source: .danish, target: .english)
        options.candidateWindowDays = window
        return try ComparableMatcher(options: options)
    }

    /// The seed articles, the target published `apart` days after the source (nil: undated).
    static func seeds(apart: Int?) throws -> (source: ComparableDocument, target: ComparableDocument) {
        var (source, target) = try ComparableMatchingTests.seeds()
        let day = try #require(ComparableDocument.dayNumber(year: 2019, month: 7, day: 15))
        source.publicationDay = day
        target.publicationDay = apart.map { day + $0 }
        return (source, target)
    }

    @Test func documentsOutsideTheWindowAreNotCompared() throws {
        let far = try Self.seeds(apart: 40)
        let paired = try Self.matcher(window: nil).match(source: [far.source], target: [far.target])
        #expect(paired.pairs.map(\.target.id) == [far.target.id])
        let blocked = try Self.matcher(window: 30).match(source: [far.source], target: [far.target])
        #expect(blocked.pairs.isEmpty)
        #expect(blocked.unmatchedSources.map(\.id) == [far.source.id])
        let near = try Self.seeds(apart: -30)
        #expect(try Self.matcher(window: 30).match(source: [near.source], target: [near.target]).pairs.count == 1)
        let undated = try Self.seeds(apart: nil)
        #expect(try Self.matcher(window: 30).match(source: [undated.source], target: [undated.target]).pairs.count == 1)
    }

    @Test func aNegativeWindowIsRefused() throws {
        #expect(throws: AlignmentError.self) { try Self.matcher(window: -1) }
    }
}
