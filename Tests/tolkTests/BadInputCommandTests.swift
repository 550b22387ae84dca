import Foundation
import Testing

/// Bad input on the command line: one line on standard error naming the file (and the line or byte offset),
/// exit status 1 for bad data and 64 for bad usage, never a crash, and no partial output file.
@Suite struct BadInputCommandTests {
    /// The first lines of the Danish seed article in windows-1252 ("på" puts byte 0xE5 at offset 73).
    static let legacy = "Tests/tolkTests/Fixtures/seed-da.windows-1252.txt"
    static let danish = "samples/2019-07-assange-embassy-russians.da.txt"
    static let english = "samples/nbc-2016-10-assange-ecuador.en.txt"

    /// A line of the Danish seed with a NUL byte after it, as a binary file piped in would look.
    static let binary = Array("Det skriver CNN mandag.\n".utf8) + [0, 0, 0x89, 0x50]

    @Test func stemRejectsBinaryStandardInputInsteadOfStemmingIt() throws {
        let result = try CommandRunner.run(["lexicon", "stem", "--language", "da"], input: Data(Self.binary))
        #expect(result.status == 1)
        #expect(result.error == "tolk: <stdin>: looks binary (NUL byte at byte offset 24); Tolk reads text only\n")
        #expect(result.output.isEmpty)
    }

    @Test func stemReadsWindows1252StandardInput() throws {
        let input = Data([0x6F, 0x70, 0x68, 0x6F, 0x6C, 0x64, 0x65, 0x74, 0x0A, 0x62, 0xF8, 0x67, 0x65, 0x72, 0x0A])
        let result = try CommandRunner.run(["lexicon", "stem", "--language", "da"], input: input)  // opholdet, bøger
        #expect(result.status == 0)
        #expect(result.text == "ophold\nbøg\n")
    }

    @Test func entitiesNamesTheFirstByteThatIsNotUTF8() throws {
        #expect(try CommandRunner.failure(["entities", "--encoding", "utf-8", Self.legacy])
            == "tolk: \(Self.legacy): invalid UTF-8 at byte offset 73\n")
    }

    @Test func entitiesReportsAMissingFileInOneLine() throws {
        #expect(try CommandRunner.failure(["entities", "samples/no-such-article.da.txt"])
            == "tolk: samples/no-such-article.da.txt: cannot read: No such file or directory\n")
    }

    @Test func detectLinesRejectsLegacyBytesWithTheirOffsetWhenToldUTF8() throws {
        #expect(try CommandRunner.failure(["detect", "--lines", "--encoding", "utf-8", Self.legacy])
            == "tolk: \(Self.legacy): invalid UTF-8 at byte offset 73\n")
    }

    @Test func lexiconImportNamesLineAndOffset() throws {
        #expect(try CommandRunner.failure(["lexicon", "import", "--format", "pairs", Self.legacy])
            == "tolk: \(Self.legacy):1: invalid UTF-8 at byte offset 73\n")
    }

    @Test func lexiconImportReadsStandardInput() throws {
        let input = Data("hus house\nbil car\n".utf8)
        let result = try CommandRunner.run(["lexicon", "import", "--format", "pairs", "-"], input: input)
        #expect(result.status == 0)
        #expect(result.text.contains("bil\tcar\t"))
        #expect(result.text.contains("hus\thouse\t"))
    }

    @Test func lexiconLearnRejectsABinaryCorpus() throws {
        let path = try CommandRunner.temporaryFile("corpus.da.txt", Self.binary)
        #expect(try CommandRunner.failure(["lexicon", "learn", path, path])
            == "tolk: \(path):2: looks binary (NUL byte at byte offset 24); Tolk reads text only\n")
    }

    @Test func lexiconLearnReadsOneSideFromStandardInput() throws {
        let target = try CommandRunner.temporaryFile("corpus.en.txt", Array("He received parcels.\nCNN writes it.\n".utf8))
        let input = Data("Han modtog pakker.\nDet skriver CNN.\n".utf8)
        let result = try CommandRunner.run(["lexicon", "learn", "-", target, "--min-count", "1"], input: input)
        #expect(result.status == 0)
        #expect(result.text.contains("cnn\tcnn\t"))
        let both = try CommandRunner.run(["lexicon", "learn", "-", "-"], input: input)
        #expect(both.status == 64)
    }

    @Test func lexiconErrorsNameStandardInputAsStdin() throws {
        let binaryLine = "<stdin>:2: looks binary (NUL byte at byte offset 24); Tolk reads text only\n"
        let importing = try CommandRunner.run(["lexicon", "import", "--format", "pairs", "-"], input: Data(Self.binary))
        #expect(importing.status == 1)
        #expect(importing.error == "tolk: " + binaryLine)
        let english = try CommandRunner.temporaryFile("corpus.en.txt", Array("CNN writes it on Monday.\n".utf8))
        let learning = try CommandRunner.run(["lexicon", "learn", "-", english], input: Data(Self.binary))
        #expect(learning.status == 1)
        #expect(learning.error == "tolk: " + binaryLine)
        let longer = try CommandRunner.run(["lexicon", "learn", english, "-"],
                                           input: Data("Det skriver CNN.\nMandag.\n".utf8))
        #expect(longer.status == 1)
        #expect(longer.error == "tolk: \(english) has 1 lines but <stdin> has 2; parallel files must match line for line\n")
    }

    @Test func lexiconLearnNamesFilesAsGiven() throws {
        let result = try CommandRunner.run(["lexicon", "learn", Self.danish, Self.english])
        #expect(result.status == 1)
        #expect(result.error.hasPrefix("tolk: \(Self.danish) has "), "\(result.error)")
        #expect(result.error.contains(" lines but \(Self.english) has "), "\(result.error)")
    }

    @Test func glossaryLinesAreReadLikeEveryUTF8Input() throws {
        let flores = "Tests/TolkGlossaryTests/Fixtures/flores-devtest-300"
        let binary = try CommandRunner.temporaryFile("lines.da.txt", Self.binary)
        let nul = try CommandRunner.run(["glossary", binary, "\(flores).en.txt", "--presegmented"])
        #expect(nul.status == 1)
        #expect(nul.error == "tolk: \(binary): looks binary (NUL byte at byte offset 24); Tolk reads text only\n")
        #expect(nul.output.isEmpty)
        #expect(try CommandRunner.failure(["glossary", "samples/none.da.txt", "\(flores).en.txt", "--presegmented"])
            == "tolk: samples/none.da.txt: cannot read: No such file or directory\n")
        let legacy = try CommandRunner.run(["glossary", Self.legacy, "\(flores).en.txt", "--presegmented",
                                            "--encoding", "utf-8"])
        #expect(legacy.status == 1)
        #expect(legacy.error == "tolk: \(Self.legacy): invalid UTF-8 at byte offset 73\n")
        let piped = try CommandRunner.run(["glossary", "-", "\(flores).en.txt", "--presegmented"],
                                          input: try Data(contentsOf: CommandRunner.repository
                                              .appendingPathComponent("\(flores).da.txt")))
        let named = try CommandRunner.shared(["glossary", "\(flores).da.txt", "\(flores).en.txt", "--presegmented"])
        #expect(piped.status == 0, "\(piped.error)")
        #expect(piped.text == named.text)
        #expect(piped.text.hasPrefix("source\ttarget\tcount\tscore\tcategory\tknown\nhospital\thospital\t10\t"))
    }

    @Test func unknownLanguageCodesAreUsageErrors() throws {
        let cases: [([String], String)] = [
            (["segment", Self.danish, "--language", "xx"], "Error: --language: unknown language code 'xx'"),
            (["align", Self.danish, Self.english, "--source-language", "zz"],
             "Error: --source-language: unknown language code 'zz'"),
            (["compare", Self.danish, Self.english, "--target-language", "qq"],
             "Error: --target-language: unknown language code 'qq'"),
            (["glossary", Self.danish, Self.english, "--source-language", "zz"],
             "Error: --source-language: unknown language code 'zz'"),
            (["entities", Self.danish, "--language", "xx"], "Error: --language: unknown language code 'xx'"),
            (["match", Self.danish, Self.english, "--source-language", "zz"],
             "Error: --source-language: unknown language code 'zz'"),
            (["match", Self.danish, Self.english, "--target-language", "zz"],
             "Error: --target-language: unknown language code 'zz'"),
        ]
        for (arguments, message) in cases {
            let result = try CommandRunner.run(arguments)
            #expect(result.status == 64, "\(arguments)")
            #expect(result.error.hasPrefix(message + " (ISO 639, such as da or en)\n"), "\(result.error)")
        }
    }

    @Test func matchNamesTheLanguageOptionThatIsNotACode() throws {
        let result = try CommandRunner.run(["match", Self.danish, Self.english, "--target-language", "e1"])
        #expect(result.status == 64)
        #expect(result.error.hasPrefix(
            "Error: --target-language: 'e1' is not a language code (two or three letters, such as da or en)\n"))
        #expect(result.output.isEmpty)
    }

    @Test func lexiconLanguageOptionsRejectCodesThatNameNoLanguage() throws {
        let lookup = try CommandRunner.run(["lexicon", "lookup", "--source", "zz", "--target", "en", "hus"])
        #expect(lookup.status == 64)
        #expect(lookup.error.hasPrefix("Error: The value 'zz' is invalid for '--source <source>'\n"))
        let known = try CommandRunner.run(["lexicon", "lookup", "--source", "da", "--target", "en", "hus"])
        #expect(known.status == 0)
        #expect(known.text.hasPrefix("hus\thouse"))
    }

    @Test func standardInputCanBeOnlyOneInput() throws {
        let twice = try CommandRunner.run(["align", "-", "-"], input: Data("Det skriver CNN mandag.\n".utf8))
        #expect(twice.status == 64)
        #expect(twice.error.hasPrefix("Error: only one input can be standard input ('-')\n"))
        let matchTwice = try CommandRunner.run(["match", "-", "-"], input: Data("Det skriver CNN mandag.\n".utf8))
        #expect(matchTwice.status == 64)
        #expect(matchTwice.error.hasPrefix("Error: only one input can be standard input ('-')\n"))
        let presegmented = try CommandRunner.run(["align", "--presegmented", "-", Self.english])
        #expect(presegmented.status == 64)
        #expect(presegmented.error.hasPrefix(
            "Error: --presegmented reads each input more than once: give a file, not standard input ('-')\n"))
    }

    @Test func outputIntoAMissingFolderFailsCleanlyAndWritesNothing() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tolk-missing-\(UUID().uuidString)")
        let target = folder.appendingPathComponent("glossary.tsv").path
        let result = try CommandRunner.run(["glossary", Self.danish, Self.english, "--output", target])
        #expect(result.status == 1)
        let last = result.error.split(separator: "\n").last.map(String.init) ?? ""
        #expect(last.hasPrefix("tolk: \(target): cannot write: "), "\(result.error)")
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }

    @Test func failedAlignmentLeavesNoPartialOutput() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tolk-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let binary = try CommandRunner.temporaryFile("article.en.txt", Self.binary)
        let target = folder.appendingPathComponent("units.tsv").path
        #expect(try CommandRunner.failure(["align", Self.danish, binary, "--output", target, "--format", "tsv"])
            == "tolk: \(binary): looks binary (NUL byte at byte offset 24); Tolk reads text only\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func anEmptyDirectoryIsAnErrorNamingIt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tolk-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("nested"),
                                                withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let empty = try CommandRunner.run(["match", folder.path, Self.english])
        #expect(empty.status == 1)
        #expect(empty.error == "tolk: \(folder.path): holds no documents\n")
        #expect(empty.output.isEmpty)
        // A hidden file and a subdirectory are not documents either.
        try Data("Det skriver CNN mandag.\n".utf8).write(to: folder.appendingPathComponent(".notes.da.txt"))
        #expect(try CommandRunner.failure(["match", Self.danish, folder.path])
            == "tolk: \(folder.path): holds no documents\n")
    }

    @Test func aJSONLFileWithoutRecordsIsAnErrorButAnEmptyArticleIsNot() throws {
        let records = try CommandRunner.temporaryFile("articles.jsonl", Array("\n  \n".utf8))
        let result = try CommandRunner.run(["compare", Self.danish, records])
        #expect(result.status == 1)
        #expect(result.error == "tolk: \(records): holds no documents\n")
        #expect(result.output.isEmpty)
        let article = try CommandRunner.temporaryFile("article.en.txt", [])
        let empty = try CommandRunner.run(["compare", Self.danish, article])
        #expect(empty.status == 0, "\(empty.error)")
        #expect(empty.text.hasPrefix("Phrasing: \(Self.danish) (da) <> \(article) (en)\n"))
    }

    @Test func glossaryMergeNamesAMissingFile() throws {
        let result = try CommandRunner.run(["glossary", Self.danish, Self.english, "--merge", "samples/none.tsv"])
        #expect(result.status == 1)
        #expect(result.error.hasSuffix("en (file-name)\ntolk: samples/none.tsv: cannot read: No such file or directory\n"))
    }
}
