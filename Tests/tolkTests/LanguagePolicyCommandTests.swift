import Foundation
import Testing

/// Every command decides a text's language the same way (option, JSONL field, file-name tag, detection) and says
/// on standard error what it chose and why.
@Suite struct LanguagePolicyCommandTests {
    static let danish = "samples/2019-07-assange-embassy-russians.da.txt"
    static let english = "samples/nbc-2016-10-assange-ecuador.en.txt"

    /// A copy of `sample` under a name without a language tag.
    static func untagged(_ sample: String, _ name: String) throws -> String {
        let bytes = try Data(contentsOf: CommandRunner.repository.appendingPathComponent(sample))
        return try CommandRunner.temporaryFile(name, Array(bytes))
    }

    @Test func anUntaggedEnglishFileIsEnglishForEntities() throws {
        let file = try Self.untagged(Self.english, "article.txt")
        let result = try CommandRunner.run(["entities", "--format", "json", file])
        #expect(result.status == 0)
        #expect(result.error == "tolk entities: \(file) en: 1 en (detected)\n")
        #expect(result.text.contains("\"language\":\"en\",\"language_source\":\"detected\""))
        // Read as Danish, the capitalised weekdays of the English article came out as persons.
        #expect(!result.text.contains("\"text\":\"Saturday\""))
        #expect(!result.text.contains("\"text\":\"Friday\""))
    }

    @Test(arguments: ["glossary", "compare"])
    func untaggedFilesAreDetectedInEitherOrder(_ command: String) throws {
        let danish = try Self.untagged(Self.danish, "first.txt")
        let english = try Self.untagged(Self.english, "second.txt")
        let sides = command == "glossary" ? ("source", "target") : ("sources", "targets")
        let straight = try CommandRunner.run([command, danish, english])
        #expect(straight.status == 0)
        #expect(straight.error.contains("tolk \(command): \(sides.0) da: 1 da (detected)\n"), "\(straight.error)")
        #expect(straight.error.contains("tolk \(command): \(sides.1) en: 1 en (detected)\n"), "\(straight.error)")
        let swapped = try CommandRunner.run([command, english, danish])
        #expect(swapped.status == 0)
        #expect(swapped.error.contains("tolk \(command): \(sides.0) en: 1 en (detected)\n"), "\(swapped.error)")
        #expect(swapped.error.contains("tolk \(command): \(sides.1) da: 1 da (detected)\n"), "\(swapped.error)")
    }

    @Test func untaggedTranslationsInSwappedOrderGiveTheGlossaryOfTheLanguagesGiven() throws {
        let flores = "Tests/TolkGlossaryTests/Fixtures/flores-devtest-300"
        let danish = try Self.untagged("\(flores).da.txt", "one.txt")
        let english = try Self.untagged("\(flores).en.txt", "two.txt")
        let detected = try CommandRunner.run(["glossary", "--presegmented", english, danish])
        let given = try CommandRunner.run(["glossary", "--presegmented", english, danish,
                                           "--source-language", "en", "--target-language", "da"])
        #expect(detected.status == 0 && given.status == 0)
        #expect(detected.error.hasSuffix("tolk glossary: source en: 1 en (detected)\ntolk glossary: target da: 1 da (detected)\n"))
        #expect(detected.text == given.text)
        #expect(detected.text.split(separator: "\n").count > 100)
        #expect(detected.text.contains("\nhospital\thospital\t"))
    }

    @Test func theFileNameTagWinsOverDetectionAndTheSegmentCommandSaysSo() throws {
        let result = try CommandRunner.run(["segment", "--format", "json", Self.english])
        #expect(result.status == 0)
        #expect(result.error.hasPrefix("tolk segment: input en: 1 en (file-name)\n"))
        #expect(result.text.contains("\"language\": \"en\", \"language_source\": \"file-name\""))
    }

    @Test func aTagThatDetectionContradictsIsReported() throws {
        let mislabelled = try Self.untagged(Self.danish, "article.en.txt")
        let result = try CommandRunner.run(["segment", mislabelled])
        #expect(result.status == 0)
        #expect(result.error.hasPrefix(
            "tolk segment: \(mislabelled): its file name says en, but the text reads as da (confidence 1.00); "
                + "keeping en (give the language option to override)\ntolk segment: input en: 1 en (file-name)\n"))
    }

    @Test func noIsAcceptedForNorwegianBokmal() throws {
        let result = try CommandRunner.run(["segment", "--language", "no", "-"], input: Data("Hei. Hvordan går det?\n".utf8))
        #expect(result.status == 0)
        #expect(result.error.hasPrefix("tolk segment: input nb: 1 nb (option)\n"))
        #expect(result.text == "Hei.\nHvordan går det?\n")
    }

    @Test func standardInputWithoutLettersTakesTheDefaultWithANote() throws {
        let result = try CommandRunner.run(["segment", "-"], input: Data("2019 - 2020\n".utf8))
        #expect(result.status == 0)
        #expect(result.error.contains("<stdin>: no language option, record field, file-name tag or detectable text; taking da"))
        #expect(result.error.contains("tolk segment: input da: 1 da (fallback)\n"))
    }
}
