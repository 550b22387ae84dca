import Foundation
import Testing
import TolkTestSupport
@testable import TolkAlign

/// Every input sentence appears in exactly one bead, whatever the input.
@Suite struct NoSentenceLostTests {
    static func check(_ source: [String], _ target: [String], options: TolkAlign.AlignmentOptions = TolkAlign.AlignmentOptions(),
                      sourceLocation: SourceLocation = #_sourceLocation) throws {
        let beads = try SentenceAligner(options: options).align(source: source, target: target)
        let violation = coverageViolation(beads, sourceCount: source.count, targetCount: target.count)
        #expect(violation == nil, "\(source.count):\(target.count): \(violation ?? "")", sourceLocation: sourceLocation)
    }

    @Test func emptyInputs() throws {
        let (source, target, _) = try Fixture.flores()
        try Self.check([], [])
        try Self.check(source, [])
        try Self.check([], target)
        try Self.check([""], [""])
        try Self.check(["", "", ""], target)
        let beads = try SentenceAligner().align(source: source, target: [])
        #expect(beads.count == source.count && beads.allSatisfy { $0.target.isEmpty })
    }

    @Test func veryUnequalLengths() throws {
        let (source, target, _) = try Fixture.flores()
        try Self.check([source[0]], target)
        try Self.check(source, [target[0]])
        let long = Array(repeating: target, count: 20).flatMap { $0 }
        try Self.check(Array(source.prefix(3)), long)
        try Self.check(long, Array(source.prefix(3)))
    }

    @Test func unrelatedArticlesFromSamples() throws {
        let danish = try Fixture.sample("2019-07-assange-embassy-russians.da.txt")
        let english = try Fixture.sample("nbc-2016-10-assange-ecuador.en.txt")
        #expect(danish.count > 5 && english.count > 5)
        try Self.check(danish, english)
        try Self.check(english, danish)
    }

    @Test func oddText() throws {
        let odd = ["???", "1 2 3 4 5 6 7 8 9 10", String(repeating: "ø", count: 5000), "日本語の文。", "\u{0}\t\r",
                   "ÆØÅ æøå ÉÜ", "x"]
        try Self.check(odd, odd.reversed())
        try Self.check(Array(repeating: "Samme sætning.", count: 50), Array(repeating: "Same sentence.", count: 47))
    }

    @Test func manyChunksKeepEverySentenceAndStayAccurate() throws {
        var options = TolkAlign.AlignmentOptions()
        options.bandRadius = 8
        options.chunkLength = 100
        let (found, pairs) = try Self.alignRepeatedFlores(copies: 30, options: options)
        #expect(Double(found) >= 0.9 * Double(pairs), "\(found) of \(pairs)")
    }

    @Test func longInputWithTheShippedLexiconStaysOnTrack() throws {
        // A lexicon gives several candidate translations per word; a long input (one chunk of thousands of
        // sentences) once lost its way when each unused candidate counted as a missed key.
        guard let lexicon = try TranslationLexicon.shipped(source: "da", target: "en") else {
            Issue.record("no shipped da-en lexicon in lexicons/")
            return
        }
        var options = TolkAlign.AlignmentOptions()
        options.lexicon = lexicon
        let (found, pairs) = try Self.alignRepeatedFlores(copies: 60, options: options)
        #expect(Double(found) >= 0.95 * Double(pairs), "\(found) of \(pairs)")
    }

    /// Aligns the FLORES fixture repeated `copies` times on both sides and checks that every sentence is in
    /// exactly one bead.
    /// - Returns: the gold sentence pairs found as beads, and the gold sentence pairs.
    static func alignRepeatedFlores(copies: Int, options: TolkAlign.AlignmentOptions) throws
        -> (found: Int, pairs: Int)
    {
        let (source, target, gold) = try Fixture.flores()
        let longSource = Array(repeating: source, count: copies).flatMap { $0 }
        let longTarget = Array(repeating: target, count: copies).flatMap { $0 }
        let beads = try SentenceAligner(options: options).align(source: longSource, target: longTarget)
        #expect(coverageViolation(beads, sourceCount: longSource.count, targetCount: longTarget.count) == nil)
        let shifted = Self.gold(gold, copies: copies, sourceCount: source.count, targetCount: target.count)
        let pairs = shifted.filter { !$0.hasPrefix(":") && !$0.hasSuffix(":") }.count
        return (strictMatches(beads, gold: shifted), pairs)
    }

    /// The gold beads (`source indices:target indices`) of an input repeated `copies` times: each copy's beads
    /// with its indices shifted by the copies before it.
    static func gold(_ gold: [String], copies: Int, sourceCount: Int, targetCount: Int) -> [String] {
        var shifted: [String] = []
        for copy in 0..<copies {
            for bead in gold {
                let sides = bead.split(separator: ":", omittingEmptySubsequences: false).map { side in
                    side.split(separator: ",").compactMap { Int($0) }
                }
                let sourceSide = sides[0].map { String($0 + copy * sourceCount) }.joined(separator: ",")
                let targetSide = sides[1].map { String($0 + copy * targetCount) }.joined(separator: ",")
                shifted.append(sourceSide + ":" + targetSide)
            }
        }
        return shifted
    }

    @Test func streamingGivesTheSameBeads() throws {
        let (source, target, _) = try Fixture.flores()
        let aligner = try SentenceAligner()
        var streamed: [Bead] = []
        aligner.align(source: source, target: target) { streamed.append($0) }
        #expect(streamed == aligner.align(source: source, target: target))
    }
}
