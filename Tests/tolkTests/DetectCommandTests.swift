import Foundation
import Testing

/// `tolk detect` as a process: the --lines contract, spans on the samples, the unknown-code usage error.
@Suite struct DetectCommandTests {
    static let danish = "samples/2019-07-assange-embassy-russians.da.txt"
    static let english = "samples/nbc-2016-10-assange-ecuador.en.txt"

    @Test func linesGiveExactlyOneAnswerPerInputLine() throws {
        // Empty lines, digits only, CRLF, and a last line without a newline (sample sentences, FLORES nno line 12).
        let input = "Han modtog også pakker, som muligvis indeholdt hackede oplysninger.\n\n2016\r\nWikiLeaks founder Julian Assange stands on the balcony.\n"
            + "Ein antistoff-cocktail, ZMapp, verka i utgangspunktet lovande i feltet"
        let result = try CommandRunner.run(["detect", "--lines", "--languages", "da,nb,nn,sv,en"],
                                           input: Data(input.utf8))
        #expect(result.status == 0)
        #expect(result.text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            == ["da", "und", "und", "en", "nn"])
    }

    @Test func linesWithConfidenceAreTabSeparated() throws {
        let result = try CommandRunner.run(["detect", "--lines", "--confidence"], input: Data("hello world\n".utf8))
        let fields = result.text.trimmingCharacters(in: .newlines).split(separator: "\t")
        #expect(fields.count == 2 && fields[0] == "en")
        #expect(Double(fields[1]).map { $0 > 0.5 && $0 <= 1 } == true)
    }

    @Test func wholeFileAndSpansOnTheSamples() throws {
        #expect(try CommandRunner.run(["detect", Self.danish]).text == "da\n")
        #expect(try CommandRunner.run(["detect", Self.english, "--format", "json"]).text.hasPrefix("{\"language\":\"en\""))
        let both = try Data(contentsOf: CommandRunner.repository.appendingPathComponent(Self.danish))
            + Data(contentsOf: CommandRunner.repository.appendingPathComponent(Self.english))
        let spans = try CommandRunner.run(["detect", "--spans", "-", "--languages", "da,en"], input: both)
        #expect(spans.text.split(separator: "\n").map { $0.split(separator: "\t")[0] } == ["da", "en"])
    }

    @Test func unknownLanguageCodeIsAUsageErrorListingTheSupportedOnes() throws {
        let result = try CommandRunner.run(["detect", "--languages", "da,xx"], input: Data("tekst".utf8))
        #expect(result.status == 64)
        #expect(result.error.contains("unsupported language code xx"))
        #expect(result.error.contains("supported: ar,da,de"))
    }
}
