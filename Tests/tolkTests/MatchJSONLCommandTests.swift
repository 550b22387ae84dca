import Foundation
import Testing

/// `tolk match --format jsonl`: one line per pair (the json format's pair, with the records' other fields), then
/// one line per document without a counterpart; `-` reads a JSONL corpus from standard input.
@Suite struct MatchJSONLCommandTests {
    /// Three Danish and two English records of Europarl (Tests/TolkLexiconTests/Fixtures), eight sentences
    /// each, the first two translations of each other; the third Danish one has no counterpart.
    static func corpus() throws -> (source: String, target: String) {
        let fixtures = CommandRunner.repository.appendingPathComponent("Tests/TolkLexiconTests/Fixtures")
        let source = try String(contentsOf: fixtures.appendingPathComponent("europarl-500.da"), encoding: .utf8)
            .components(separatedBy: "\n")
        let target = try String(contentsOf: fixtures.appendingPathComponent("europarl-500.en"), encoding: .utf8)
            .components(separatedBy: "\n")
        func record(_ fields: [String: Any]) throws -> String {
            String(decoding: try JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys]), as: UTF8.self)
        }
        var sources: [String] = []
        var targets: [String] = []
        for index in 0..<3 {
            let lines = (10 + index * 8)..<(18 + index * 8)
            sources.append(try record(["id": "s\(index)", "date": "2024-01-0\(index + 1)", "language": "da",
                                       "url": "https://example.org/\(index)",
                                       "text": source[lines].joined(separator: " ")]))
            if index < 2 {
                targets.append(try record(["id": "t\(index)", "language": "en",
                                           "text": target[lines].joined(separator: " ")]))
            }
        }
        return (sources.joined(separator: "\n") + "\n", targets.joined(separator: "\n") + "\n")
    }

    @Test func pairLinesCarryTheJSONPairsAndTheRecordsOtherFields() throws {
        let corpus = try Self.corpus()
        let sourcePath = try CommandRunner.temporaryFile("sources.jsonl", Array(corpus.source.utf8))
        let targetPath = try CommandRunner.temporaryFile("targets.jsonl", Array(corpus.target.utf8))
        let lines = try CommandRunner.run(["match", sourcePath, "-", "--format", "jsonl"],
                                          input: Data(corpus.target.utf8))
        #expect(lines.status == 0, "\(lines.error)")
        let json = try CommandRunner.run(["match", sourcePath, targetPath, "--format", "json"])
        #expect(json.status == 0, "\(json.error)")
        let document = try #require(try JSONSerialization.jsonObject(with: json.output) as? [String: Any])
        let pairs = try #require(document["pairs"] as? [[String: Any]])
        #expect(pairs.count == 2)
        #expect(lines.text.hasSuffix("\n"))
        let objects = try lines.text.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
        #expect(objects.count == 3)
        for (line, pair) in zip(objects, pairs) {
            // The pair line is the json format's pair plus the source record's url.
            var pairPart = line
            let fields = pairPart.removeValue(forKey: "source_fields") as? [String: Any]
            #expect(fields?["url"] as? String == "https://example.org/\(String((pair["source"] as? String ?? "").dropFirst()))")
            #expect(pairPart["target_fields"] == nil)
            #expect(NSDictionary(dictionary: pairPart).isEqual(to: pair))
            #expect((pair["statements"] as? [Any])?.isEmpty == false)
        }
        let last = try #require(objects.last)
        #expect(last["unmatched"] as? String == "source")
        #expect(last["id"] as? String == "s2")
        #expect((last["fields"] as? [String: Any])?["url"] as? String == "https://example.org/2")
        // Same bytes on a second run.
        #expect(try CommandRunner.run(["match", sourcePath, "-", "--format", "jsonl"],
                                      input: Data(corpus.target.utf8)).output == lines.output)
    }

    @Test func theDateWindowKeepsDocumentsMonthsApartFromBeingCompared() throws {
        let corpus = try Self.corpus()
        let sourcePath = try CommandRunner.temporaryFile("sources.jsonl", Array(corpus.source.utf8))
        // The targets published two months after the sources.
        let later = corpus.target.replacingOccurrences(of: "{\"id\"", with: "{\"date\":\"2024-03-01\",\"id\"")
        let targetPath = try CommandRunner.temporaryFile("targets.jsonl", Array(later.utf8))
        let windowed = try CommandRunner.run(["match", sourcePath, targetPath, "--format", "jsonl", "--date-window", "30"])
        #expect(windowed.status == 0, "\(windowed.error)")
        #expect(!windowed.text.contains("\"statements\""))
        #expect(windowed.text.split(separator: "\n").count == 5)
        let open = try CommandRunner.run(["match", sourcePath, targetPath, "--format", "jsonl", "--date-window", "90"])
        #expect(open.text.split(separator: "\n").count == 3, "\(open.text.prefix(300))")
        let refused = try CommandRunner.run(["match", sourcePath, targetPath, "--date-window", "-1"])
        #expect(refused.status == 64)
    }

    @Test func aBadRecordOnStandardInputIsNamedByItsLine() throws {
        let corpus = try Self.corpus()
        let sourcePath = try CommandRunner.temporaryFile("sources.jsonl", Array(corpus.source.utf8))
        let result = try CommandRunner.run(["match", sourcePath, "-", "--format", "jsonl"],
                                           input: Data((corpus.target + "{\"id\": \"x\"}\n").utf8))
        #expect(result.status != 0)
        #expect(result.error.contains("<stdin>") && result.error.contains("3"), "\(result.error)")
        #expect(result.output.isEmpty)
    }
}
