import Foundation
import Testing
import TolkAlign
@testable import TolkMatch
import TolkText

/// The candidate search (``CandidateIndex``): a document whose every key is common in the collection still finds
/// its counterpart, and blocking by time keeps candidates inside the window.
@Suite struct CandidateIndexTests {
    static let names = ["Anna", "Birgit", "Carsten", "Dorte", "Erik", "Frida", "Gustav", "Hanne", "Ingrid",
                        "Jesper", "Karen", "Lars", "Mette", "Niels", "Ole", "Pia", "Rasmus", "Signe", "Torben",
                        "Ulla", "Viggo", "Yrsa"]

    /// `count` documents a side, each naming its own six of the 22 names (every name is in about a quarter of
    /// the documents): "A, B og C mødte D, E og F." against "A, B and C met D, E and F."
    static func documents(count: Int) throws -> (source: [ComparableDocument], target: [ComparableDocument]) {
        let sourceSegmenter = try Segmenter(language: .danish)
        let targetSegmenter = try Segmenter(language: .english)
        var generator = SplitMix(seed: 17)
        var seen: Set<[Int]> = []
        var source: [ComparableDocument] = []
        var target: [ComparableDocument] = []
        while source.count < count {
            var chosen: Set<Int> = []
            while chosen.count < 6 { chosen.insert(Int(generator.next() % UInt64(names.count))) }
            let picked = chosen.sorted()
            guard seen.insert(picked).inserted else { continue }
            let n = picked.map { names[$0] }
            let number = source.count
            let sourceText = "\(n[0]), \(n[1]) og \(n[2]) mødte \(n[3]), \(n[4]) og \(n[5])."
            let targetText = "\(n[0]), \(n[1]) and \(n[2]) met \(n[3]), \(n[4]) and \(n[5])."
            source.append(ComparableDocument(id: "s\(number)", text: sourceText, language: .danish,
                                             sentences: sourceSegmenter.segment(sourceText).sentences))
            target.append(ComparableDocument(id: "t\(number)", text: targetText, language: .english,
                                             sentences: targetSegmenter.segment(targetText).sentences))
        }
        return (source, target)
    }

    /// Each name is held by about 80 of 300 documents a side, far above the cap on a key's documents the search
    /// had before (5%, 15 documents): no document had a candidate then.
    @Test func documentsOfCommonKeysFindTheirCounterparts() throws {
        let (source, target) = try Self.documents(count: 300)
        let pairing = try DocumentPairer(options: MatchOptions()).pair(source: source, target: target)
        let right = pairing.pairs.filter { source[$0.source].id.dropFirst() == target[$0.target].id.dropFirst() }
        #expect(right.count == 300, "\(right.count) of 300 right, \(pairing.pairs.count) pairs")
    }

    /// With a window, no candidate pair lies further apart than it, and each document, whose counterpart is
    /// published the same day, still finds it.
    @Test func candidatesStayInsideTheWindow() throws {
        let (source, target) = try Self.documents(count: 300)
        let sourceDays: [Int?] = source.indices.map { $0 % 3 == 2 ? nil : $0 }
        let targetDays: [Int?] = target.indices.map { $0 }
        var options = MatchOptions()
        options.candidateWindowDays = 10
        let matcher = try ComparableMatcher(options: options)
        let statements = matcher.statementMatcher
        let candidates = matcher.pairer.candidates(
            sourceEvidence: source.map { statements.sourceEvidence($0.sentences.map(\.text)) },
            targetEvidence: target.map { statements.targetEvidence($0.sentences.map(\.text)) },
            sourceDays: sourceDays, targetDays: targetDays)
        for pair in candidates {
            if let a = sourceDays[pair.source], let b = targetDays[pair.target] { #expect(abs(a - b) <= 10) }
        }
        let found = Set(candidates.map { "\($0.source) \($0.target)" })
        #expect(source.indices.allSatisfy { found.contains("\($0) \($0)") })
        // Undated sources are compared with targets of any day.
        #expect(candidates.contains { sourceDays[$0.source] == nil && abs($0.source - $0.target) > 10 })
    }

    /// The window's document count, from the day-sorted index.
    @Test func documentsNearADayAreCounted() throws {
        let (source, target) = try Self.documents(count: 40)
        let pairer = try DocumentPairer(options: MatchOptions())
        let sourceProfiles = source.map { pairer.sourceProfile(of: $0.sentences.map(\.text)) }
        let targetProfiles = target.map { pairer.targetProfile(of: $0.sentences.map(\.text)) }
        let statistics = KeyStatistics(source: sourceProfiles.map(\.keys), sourceCount: source.count,
                                       target: targetProfiles.map(\.keys), targetCount: target.count)
        let profiles = targetProfiles.map {
            WeightedProfile($0, statistics: statistics, otherSide: statistics.sourceFrequency)
        }
        let days: [Int?] = target.indices.map { $0 < 4 ? nil : $0 }
        let index = CandidateIndex(profiles: profiles, days: days)
        #expect(index.documents(near: 20, windowDays: 3) == 7 + 4)
        #expect(index.documents(near: 0, windowDays: 5) == 2 + 4)
        #expect(index.documents(near: nil, windowDays: 5) == 40)
        #expect(index.documents(near: 20, windowDays: nil) == 40)
    }
}
