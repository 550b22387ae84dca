import Foundation
import Testing

/// `tolk match` run as a process: directory and JSONL inputs, JSON output, errors with file and line.
@Suite struct MatchCommandTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The built `tolk` beside the test bundle.
    static func tolk() throws -> URL {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("tolk")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        let fallback = repository.appendingPathComponent(".build/debug/tolk")
        try #require(FileManager.default.isExecutableFile(atPath: fallback.path), "build tolk first")
        return fallback
    }

    static func run(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
        let process = Process()
        process.executableURL = try tolk()
        process.arguments = arguments
        process.currentDirectoryURL = repository
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outputData, as: UTF8.self),
                String(decoding: errorData, as: UTF8.self))
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tolk-match-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func directoriesArePairedAndTheLoneDocumentIsListed() throws {
        let base = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: base) }
        let sources = base.appendingPathComponent("da")
        let targets = base.appendingPathComponent("en")
        try FileManager.default.createDirectory(at: sources, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: targets, withIntermediateDirectories: true)
        let samples = Self.repository.appendingPathComponent("samples")
        try FileManager.default.copyItem(at: samples.appendingPathComponent("2019-07-assange-embassy-russians.da.txt"),
                                         to: sources.appendingPathComponent("assange.txt"))
        try FileManager.default.copyItem(at: samples.appendingPathComponent("nbc-2016-10-assange-ecuador.en.txt"),
                                         to: targets.appendingPathComponent("assange.txt"))
        try "Hun lavede kaffe og læste avisen i køkkenet, mens regnen faldt over Aarhus.\n"
            .write(to: sources.appendingPathComponent("kaffe.txt"), atomically: true, encoding: .utf8)
        let result = try Self.run(["match", sources.path, targets.path, "--format", "json"])
        #expect(result.status == 0, "\(result.error)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let pairs = try #require(object["pairs"] as? [[String: Any]])
        #expect(pairs.count == 1)
        #expect((pairs.first?["source"] as? String)?.hasSuffix("da/assange.txt") == true)
        #expect((object["unmatched_source"] as? [String])?.first?.hasSuffix("kaffe.txt") == true)
        // No option, no JSONL field, no file-name tag: every document's language is detected.
        #expect(result.error.contains("tolk match: sources da: 2 da (detected)"), "\(result.error)")
        #expect(result.error.contains("tolk match: targets en: 1 en (detected)"), "\(result.error)")
        // Same bytes on a second run.
        #expect(try Self.run(["match", sources.path, targets.path, "--format", "json"]).output == result.output)
    }

    @Test func anOptionOrARecordFieldComesBeforeDetection() throws {
        let base = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: base) }
        let sources = base.appendingPathComponent("sources.jsonl")
        // The second record says it is Norwegian Bokmål; the first says nothing and is detected.
        try """
            {"id": "kaffe", "text": "Hun lavede kaffe og læste avisen i køkkenet, mens regnen faldt over Aarhus."}
            {"id": "regn", "language": "nb", "text": "Hun laget kaffe og leste avisen på kjøkkenet mens regnet falt."}

            """.write(to: sources, atomically: true, encoding: .utf8)
        let target = Self.repository.appendingPathComponent("samples/nbc-2016-10-assange-ecuador.en.txt")
        let fields = try Self.run(["match", sources.path, target.path, "--format", "json"])
        #expect(fields.status == 0, "\(fields.error)")
        #expect(fields.error.contains("tolk match: sources "), "\(fields.error)")
        #expect(fields.error.contains("1 da (detected)") && fields.error.contains("1 nb (record)"),
                "\(fields.error)")
        #expect(fields.error.contains("tolk match: targets en: 1 en (file-name)"), "\(fields.error)")
        let options = try Self.run(["match", sources.path, target.path, "--source-language", "da",
                                    "--target-language", "en"])
        #expect(options.error.contains("tolk match: sources da: 2 da (option)"), "\(options.error)")
        #expect(options.error.contains("tolk match: targets en: 1 en (option)"), "\(options.error)")
    }

    @Test func jsonlRecordsArePairedByTheirIds() throws {
        let fixtures = Self.repository.appendingPathComponent("Tests/TolkMatchTests/Fixtures/comparable-flores")
        let result = try Self.run(["match", fixtures.appendingPathComponent("source.jsonl").path,
                                   fixtures.appendingPathComponent("target.jsonl").path, "--format", "json",
                                   "--source-language", "da", "--target-language", "en"])
        #expect(result.status == 0, "\(result.error)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let pairs = try #require(object["pairs"] as? [[String: Any]])
        #expect(pairs.count >= 4)
        for pair in pairs {
            let source = try #require(pair["source"] as? String)
            let target = try #require(pair["target"] as? String)
            #expect(source.dropFirst(3) == target.dropFirst(3), "\(source) paired with \(target)")
        }
    }

    @Test func aBadJSONLLineIsReportedWithFileAndLine() throws {
        let base = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: base) }
        let file = base.appendingPathComponent("bad.jsonl")
        try "{\"id\": \"a\", \"text\": \"Et dokument.\"}\n{\"id\": \"b\", \"txt\": \"no text field\"}\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let result = try Self.run(["match", file.path, file.path])
        #expect(result.status == 1)
        #expect(result.error.contains("bad.jsonl:2:"), "\(result.error)")
        let missing = try Self.run(["match", base.appendingPathComponent("nothing").path, file.path])
        #expect(missing.status == 1)
        #expect(missing.error.contains("no such file"))
    }
}
