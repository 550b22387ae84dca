import Foundation
import Testing

/// A language option is read by the one language policy in every command: a three-letter code of a language Tolk
/// has rules for (`dan`, `eng`) gives the same output, JSON and reports as its two-letter code.
@Suite struct LanguageOptionCommandTests {
    static let danish = "samples/2019-07-assange-embassy-russians.da.txt"
    static let english = "samples/nbc-2016-10-assange-ecuador.en.txt"

    @Test(arguments: [
        ["compare", danish, english, "--format", "json"],
        ["glossary", danish, english, "--format", "json"],
        ["align", danish, english, "--format", "json"],
        ["match", danish, english, "--format", "json"],
    ])
    func threeLetterCodesGiveTheOutputOfTwoLetterCodes(_ arguments: [String]) throws {
        let two = try CommandRunner.run(arguments + ["--source-language", "da", "--target-language", "en"])
        let three = try CommandRunner.run(arguments + ["--source-language", "dan", "--target-language", "ENG"])
        #expect(two.status == 0)
        #expect(three.status == 0, "\(three.error)")
        #expect(three.text == two.text)
        #expect(three.error == two.error)
        #expect(three.error.contains(" da: 1 da (option)\n"), "\(three.error)")
        #expect(!three.text.contains("\"dan\"") && !three.text.contains("\"eng\""))
    }

    @Test func alignWritesTheTwoLetterCodeInJSON() throws {
        let result = try CommandRunner.run(["align", Self.danish, Self.english, "--format", "json",
                                            "--source-language", "dan", "--target-language", "eng"])
        #expect(result.text.hasPrefix("{\"source_language\":\"da\",\"target_language\":\"en\","))
    }

    @Test func segmentEntitiesAndLexiconTakeThreeLetterCodes() throws {
        let segment = try CommandRunner.run(["segment", "--format", "json", "--language", "eng", Self.english])
        #expect(segment.status == 0)
        #expect(segment.text.contains("\"language\": \"en\", \"language_source\": \"option\""))
        let entities = try CommandRunner.run(["entities", "--format", "json", "--language", "eng", Self.english])
        #expect(entities.status == 0)
        #expect(entities.text.contains("\"language\":\"en\",\"language_source\":\"option\""))
        let lookup = try CommandRunner.run(["lexicon", "lookup", "--source", "dan", "--target", "eng", "ambassade"])
        let twoLetter = try CommandRunner.run(["lexicon", "lookup", "--source", "da", "--target", "en", "ambassade"])
        #expect(lookup.status == 0)
        #expect(lookup.text == twoLetter.text)
        #expect(lookup.text.hasPrefix("ambassade\tembassy"))
    }

    @Test func codesNoLanguageHasAreStillUsageErrors() throws {
        for arguments in [["compare", Self.danish, Self.english, "--source-language", "zz"],
                          ["segment", Self.danish, "--language", "dk"],
                          ["lexicon", "lookup", "--source", "dnk", "--target", "en", "hus"]] {
            let result = try CommandRunner.run(arguments)
            #expect(result.status == 64, "\(arguments)")
        }
    }

    /// Every subcommand answers `--help` with its usage and abstract, exit status 0.
    @Test(arguments: [
        ["match"], ["align"], ["glossary"], ["compare"], ["entities"], ["entities", "list"], ["entities", "train"],
        ["segment"], ["detect"], ["extract"], ["normalize"], ["lexicon"], ["lexicon", "lookup"], ["lexicon", "stem"],
        ["lexicon", "stats"], ["lexicon", "import"], ["lexicon", "learn"],
    ])
    func everySubcommandHasHelp(_ command: [String]) throws {
        let result = try CommandRunner.run(command + ["--help"])
        #expect(result.status == 0)
        #expect(result.text.contains("USAGE: tolk \(command.joined(separator: " "))"), "\(result.text.prefix(200))")
        #expect(result.text.contains("OPTIONS:"))
        #expect(result.text.split(separator: "\n").count >= 5)
    }
}
