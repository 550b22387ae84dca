import Foundation
import Testing
import TolkAlign
import TolkEvents
import TolkLexicon
import TolkPhrasing
import TolkText
@testable import TolkFormats

/// `tolk compare --format json` written one comparison at a time gives the bytes of the whole document.
@Suite struct PhrasingJSONStreamTests {
    @Test func comparisonsWrittenOneByOneGiveTheBytesOfTheWholeDocument() throws {
        let pair = try #require(try MatchFormatTests.seedResult().pairs.first)
        let lexicon = try BilingualLexicon.shipped(LanguagePair(.danish, .english))
        let comparison = try PhrasingComparer(sourceLanguage: .danish, targetLanguage: .english, lexicon: lexicon)
            .compare(pair)
        for comparisons in [[comparison, comparison], [comparison], []] {
            var pieces: [String] = []
            try PhrasingJSONWriter.write(comparisons, to: { pieces.append($0) })
            #expect(pieces.joined() == (try PhrasingJSONWriter.json(comparisons)))
            #expect(pieces.count == comparisons.count + 1)
        }
    }
}

/// Issue 16: the text writer cuts a long word into column-wide lines in time linear in its length.
@Suite struct PhrasingTextWrapTests {
    @Test func aLongWordIsCutInLinearTime() {
        let word = String(repeating: "\u{00BB}", count: 200_000)
        let start = DispatchTime.now().uptimeNanoseconds
        let lines = PhrasingTextWriter.wrap("kort " + word + " ord")
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        #expect(seconds < 2, "200,000 characters: \(seconds) s")
        #expect(lines.first == "kort")
        #expect(lines.count == 200_000 / PhrasingTextWriter.columnWidth + 2)
        #expect(lines.dropFirst().dropLast().allSatisfy { $0.count <= PhrasingTextWriter.columnWidth })
        #expect(lines.last == String(repeating: "\u{00BB}", count: 200_000 % PhrasingTextWriter.columnWidth) + " ord")
        #expect(PhrasingTextWriter.wrap("a b") == ["a b"])
        #expect(PhrasingTextWriter.wrap("") == [""])
    }
}
