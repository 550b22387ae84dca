import Foundation
import Testing

/// Every command reads the same inputs in the same encodings: a windows-1252 file gives what its UTF-8 conversion
/// gives, in the commands that used to take UTF-8 only (entities, detect --lines, --presegmented lines).
@Suite struct EncodingCommandTests {
    /// The first lines of the Danish seed article in windows-1252 ("på" puts byte 0xE5 at offset 73).
    static let legacy = "Tests/tolkTests/Fixtures/seed-da.windows-1252.txt"
    /// The two lines of the fixture in English (translated for this test).
    static let english = "date 2019-07 WikiLeaks founder Julian Assange held hour-long meetings with Russians during "
        + "his stay at Ecuador’s embassy in London.\n\nHe also received packages that possibly contained hacked "
        + "information\n"

    /// The legacy fixture and its UTF-8 conversion, under the same file name in two folders (outputs name files).
    static func pair() throws -> (legacy: String, utf8: String) {
        let bytes = try Data(contentsOf: CommandRunner.repository.appendingPathComponent(legacy))
        let text = try #require(String(data: bytes, encoding: .windowsCP1252))
        #expect(Array(text.utf8) != Array(bytes))
        let converted = try CommandRunner.temporaryFile("seed.da.txt", Array(text.utf8))
        let original = try CommandRunner.temporaryFile("seed.da.txt", Array(bytes))
        return (original, converted)
    }

    /// `result`'s standard output with `path` replaced by `FILE`.
    static func output(_ result: CommandRunner.Result, naming path: String) -> String {
        result.text.replacingOccurrences(of: path, with: "FILE")
    }

    @Test(arguments: [["entities"], ["entities", "--encoding", "windows-1252"], ["detect", "--lines"],
                      ["detect", "--lines", "--confidence", "--encoding", "windows-1252"]])
    func aWindows1252FileReadsAsItsUTF8Conversion(_ command: [String]) throws {
        let (legacy, utf8) = try Self.pair()
        let fromLegacy = try CommandRunner.run(command + [legacy])
        let fromUTF8 = try CommandRunner.run(command.filter { $0 != "windows-1252" && $0 != "--encoding" } + [utf8])
        #expect(fromLegacy.status == 0, "\(fromLegacy.error)")
        #expect(Self.output(fromLegacy, naming: legacy) == Self.output(fromUTF8, naming: utf8))
        #expect(!fromLegacy.text.isEmpty)
    }

    @Test(arguments: ["align", "glossary"])
    func presegmentedWindows1252LinesReadAsTheirUTF8Conversion(_ command: String) throws {
        let (legacy, utf8) = try Self.pair()
        let english = try CommandRunner.temporaryFile("seed.en.txt", Array(Self.english.utf8))
        let extra = command == "glossary" ? ["--minimum-count", "1", "--format", "json"] : ["--format", "tsv"]
        let fromLegacy = try CommandRunner.run([command, "--presegmented", legacy, english] + extra)
        let fromUTF8 = try CommandRunner.run([command, "--presegmented", utf8, english] + extra)
        #expect(fromLegacy.status == 0, "\(fromLegacy.error)")
        #expect(fromUTF8.status == 0, "\(fromUTF8.error)")
        #expect(Self.output(fromLegacy, naming: legacy) == Self.output(fromUTF8, naming: utf8))
        if command == "align" {
            #expect(fromLegacy.text.contains("ophold på Ecuadors ambassade\t") == false)
            #expect(fromLegacy.text.contains("ophold på Ecuadors ambassade i London timelange møder med russere.\t"))
        }
    }
}
