import Foundation
import Testing
import TolkAlign
import TolkEvents
import TolkLexicon
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
