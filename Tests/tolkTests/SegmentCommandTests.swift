import Foundation
import Testing

/// `tolk segment` and `tolk normalize` as a user runs them: outputs, golden files, exit codes, error lines.
@Suite(.serialized) struct SegmentCommandTests {
    let danish = "samples/2019-07-assange-embassy-russians.da.txt"
    let english = "samples/nbc-2016-10-assange-ecuador.en.txt"

    /// Compares with a golden file; `TOLK_RECORD_GOLDEN=1 swift test` re-records it.
    func expectGolden(_ text: String, _ name: String) throws {
        let url = CommandRunner.fixture(name)
        if ProcessInfo.processInfo.environment["TOLK_RECORD_GOLDEN"] == "1" {
            try Data(text.utf8).write(to: url)
        }
        let golden = try String(contentsOf: url, encoding: .utf8)
        #expect(text == golden, "differs from \(name); re-record with TOLK_RECORD_GOLDEN=1 if the change is right")
    }

    @Test func danishSeedTextOutputMatchesTheGoldenFile() throws {
        let result = try CommandRunner.run(["segment", danish])
        #expect(result.status == 0)
        #expect(result.text.split(separator: "\n").count == 15)
        #expect(result.error == "tolk segment: input da: 1 da (file-name)\ntolk: removed metadata [1, 13): date 2019-07\n")
        try expectGolden(result.text, "segment-da.golden.txt")
    }

    @Test func englishSeedJSONMatchesTheGoldenFileAndItsRanges() throws {
        let result = try CommandRunner.run(["segment", english, "--format", "json"])
        #expect(result.status == 0)
        try expectGolden(result.text, "segment-en.golden.json")
        let json = try #require(try JSONSerialization.jsonObject(with: result.output) as? [String: Any])
        #expect(json["encoding"] as? String == "UTF-8")
        #expect(json["language"] as? String == "en")
        let removed = try #require(json["removed"] as? [[String: Any]])
        #expect(removed.compactMap { $0["reason"] as? String }
            == ["browser-notice", "image-caption", "photo-credit", "pull-quote"])
        let bytes = Array(try String(contentsOf: CommandRunner.repository.appendingPathComponent(english), encoding: .utf8).utf8)
        let paragraphs = try #require(json["paragraphs"] as? [[String: Any]])
        for paragraph in paragraphs {
            for sentence in paragraph["sentences"] as? [[String: Any]] ?? [] {
                for token in sentence["tokens"] as? [[String: Any]] ?? [] {
                    let range = try #require(token["range"] as? [Int])
                    #expect(String(decoding: bytes[range[0]..<range[1]], as: UTF8.self) == token["text"] as? String)
                }
            }
        }
    }

    /// The `language` and `language_source` fields of `tolk segment ARGUMENTS --format json`.
    func chosenLanguage(_ arguments: [String], input: Data = Data()) throws -> (String?, String?) {
        let result = try CommandRunner.run(["segment"] + arguments + ["--format", "json"], input: input)
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: result.output) as? [String: Any])
        return (json["language"] as? String, json["language_source"] as? String)
    }

    @Test func withoutLanguageTheTextsLanguageIsDetectedAndTheJSONSaysHow() throws {
        for (path, code) in [(danish, "da"), (english, "en")] {
            // A copy with no language tag in its name: the choice comes from the text alone.
            let copy = FileManager.default.temporaryDirectory.appendingPathComponent("tolk-seed-untagged-\(code).txt")
            try Data(contentsOf: CommandRunner.repository.appendingPathComponent(path)).write(to: copy)
            defer { try? FileManager.default.removeItem(at: copy) }
            #expect(try chosenLanguage([copy.path]) == (code, "detected"))
        }
        // The option overrides detection.
        #expect(try chosenLanguage([english, "--language", "da"]) == ("da", "option"))
        // No letters to detect: the file name's tag, else Danish.
        let numbers = FileManager.default.temporaryDirectory.appendingPathComponent("tolk-numbers.en.txt")
        try Data("12 345 678\n".utf8).write(to: numbers)
        defer { try? FileManager.default.removeItem(at: numbers) }
        #expect(try chosenLanguage([numbers.path]) == ("en", "file-name"))
        #expect(try chosenLanguage(["-"], input: Data("12 345 678\n".utf8)) == ("da", "fallback"))
    }

    @Test func windows1252CopyPrintsTheSameSentences() throws {
        let legacy = CommandRunner.repository
            .appendingPathComponent("Tests/TolkTextTests/Fixtures/assange-embassy-russians.windows-1252.da.txt").path
        let original = try CommandRunner.run(["segment", danish])
        let converted = try CommandRunner.run(["segment", legacy, "--language", "da"])
        #expect(converted.status == 0)
        #expect(converted.output == original.output)
    }

    @Test func standardInputAndKeepBoilerplate() throws {
        let input = try Data(contentsOf: CommandRunner.repository.appendingPathComponent(english))
        let result = try CommandRunner.run(["segment", "-", "--language", "en", "--keep-boilerplate"], input: input)
        #expect(result.status == 0)
        #expect(result.text.contains("Image: Julian Assange\n"))
        #expect(result.error == "tolk segment: input en: 1 en (option)\n")
    }

    @Test func invalidUTF8IsOneLineNamingFileAndOffset() throws {
        let path = try CommandRunner.temporaryFile("bad.txt", Array("Søby ".utf8) + [0xC3, 0x28])
        let result = try CommandRunner.run(["segment", path, "--encoding", "utf-8"])
        #expect(result.status == 1)
        #expect(result.error == "tolk: \(path): invalid UTF-8 at byte offset 6\n")
        #expect(result.output.isEmpty)
    }

    @Test func binaryInputIsRefused() throws {
        let path = try CommandRunner.temporaryFile("image.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00])
        #expect(try CommandRunner.failure(["segment", path])
            == "tolk: \(path): is a PNG image, not text; Tolk reads text: run OCR first (for example `tesseract FILE out` writes out.txt)\n")
        // Bytes of no known format with a NUL are still refused by their offset.
        let unknown = try CommandRunner.temporaryFile("data.bin", [0x41, 0x42, 0x00, 0x43])
        #expect(try CommandRunner.failure(["segment", unknown])
            == "tolk: \(unknown): looks binary (NUL byte at byte offset 2); Tolk reads text only\n")
    }

    @Test func unreadableAndMissingFiles() throws {
        #expect(try CommandRunner.failure(["segment", "/no/such/file.txt"])
            == "tolk: /no/such/file.txt: cannot read: No such file or directory\n")
        #expect(try CommandRunner.failure(["normalize", "/tmp"]) == "tolk: /tmp: cannot read: Is a directory\n")
    }

    @Test func unknownEncodingIsBadInput() throws {
        #expect(try CommandRunner.failure(["segment", danish, "--encoding", "klingon-8"])
            == "tolk: unknown encoding 'klingon-8' (try utf-8, utf-16, windows-1252, iso-8859-1, iso-8859-15)\n")
    }

    @Test func emptyInputIsNotAnError() throws {
        let text = try CommandRunner.run(["segment", "-"])
        #expect(text.status == 0 && text.output.isEmpty && text.error == "tolk segment: input da: 1 da (fallback)\n")
        let json = try CommandRunner.run(["segment", "-", "--format", "json"])
        #expect(json.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: json.output) as? [String: Any])
        #expect((object["paragraphs"] as? [Any])?.isEmpty == true)
    }

    @Test func usageErrorsExitWith64() throws {
        #expect(try CommandRunner.run(["segment", danish, "--format", "xml"]).status == 64)
        #expect(try CommandRunner.run(["normalize", "--form", "nfd"]).status == 64)
        #expect(try CommandRunner.run(["segment", danish, "--language", "danish!"]).status == 64)
    }

    @Test func helpForEveryCommand() throws {
        for arguments in [["--help"], ["segment", "--help"], ["normalize", "--help"]] {
            let result = try CommandRunner.run(arguments)
            #expect(result.status == 0)
            #expect(result.text.contains("USAGE"))
        }
        #expect(try CommandRunner.run(["--version"]).text.hasPrefix("tolk "))
    }

    @Test func normalizeForms() throws {
        let input = Data("«Søren» – Ærø’s A\u{030A}rhus\n".utf8)
        #expect(try CommandRunner.run(["normalize", "--form", "nfc"], input: input).text == "«Søren» – Ærø’s Århus\n")
        #expect(try CommandRunner.run(["normalize", "--form", "match"], input: input).text == "\"søren\" - ærø's århus\n")
        #expect(try CommandRunner.run(["normalize", "--form", "fold"], input: input).text == "\"soren\" - aero's arhus\n")
    }

    @Test func htmlInputIsSegmentedAsItsArticleTextWithoutMarkupOrScripts() throws {
        let html = "<html><body><p>Det skriver CNN mandag.</p>\n<script>var x = \"<p>\";</script></body></html>\n"
        let result = try CommandRunner.run(["segment", "-", "--language", "da"], input: Data(html.utf8))
        #expect(result.status == 0)
        #expect(result.text == "Det skriver CNN mandag.\n")
    }
}
