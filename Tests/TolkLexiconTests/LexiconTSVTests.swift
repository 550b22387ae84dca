import Foundation
import Testing
import TolkText

@testable import TolkLexicon

@Suite struct LexiconTSVTests {
    @Test func malformedLineReportsFileAndLine() {
        let url = fixture("malformed.tsv")
        #expect(throws: DataError.malformedLine(path: url.path, line: 3, reason: "expected 6 tab-separated fields, found 2")) {
            try LexiconTSV.read(contentsOf: url)
        }
    }

    @Test func badWeightAndMissingColumnAreErrors() throws {
        let badWeight = "source\ttarget\tweight\torigin\nvalg\telection\thigh\tteam\n"
        #expect(throws: DataError.malformedLine(path: "mem", line: 2, reason: "weight 'high' is not a number in 0...1")) {
            try parse(badWeight)
        }
        #expect(throws: DataError.missingColumn(path: "mem", column: "origin")) {
            try parse("source\ttarget\nvalg\telection\n")
        }
        #expect(throws: DataError.malformedLine(path: "mem", line: 2, reason: "invalid UTF-8")) {
            var bytes = Array("source\ttarget\torigin\nval".utf8)
            bytes += [0xC3, 0x28] + Array("\telection\tteam\n".utf8)
            _ = try bytes.withUnsafeBufferPointer { buffer throws(DataError) in try LexiconTSV.parse(buffer, path: "mem") }
        }
    }

    @Test func writeIsSortedNFCAndReadsBack() throws {
        let decomposed = "pr\u{E6}sidentvalg".decomposedStringWithCanonicalMapping
        let entries = [
            LexiconEntry(source: "valg", target: "election", weight: 0.75, origin: "team"),
            LexiconEntry(source: decomposed, target: "presidential election", partOfSpeech: "noun", origin: "team"),
        ]
        let text = LexiconTSV.write(entries)
        #expect(text.hasPrefix("source\ttarget\tpos\tweight\torigin\tcategory\npræsidentvalg\t"))
        #expect(text.contains("valg\telection\t\t0.75\tteam\t\n"))
        let back = try parse(text)
        #expect(back.map(\.source) == ["præsidentvalg", "valg"])
        #expect(back[0].source.unicodeScalars.count == "præsidentvalg".unicodeScalars.count)
    }

    private func parse(_ text: String) throws(DataError) -> [LexiconEntry] {
        let bytes = Array(text.utf8)
        return try bytes.withUnsafeBufferPointer { buffer throws(DataError) in
            try LexiconTSV.parse(buffer, path: "mem")
        }
    }
}
