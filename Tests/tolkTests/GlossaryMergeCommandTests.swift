import Foundation
import Testing

/// `glossary --merge` keeps every field of every existing row exactly as it was written and says what it added.
@Suite struct GlossaryMergeCommandTests {
    static let flores = "Tests/TolkGlossaryTests/Fixtures/flores-devtest-300"

    @Test func editedTSVRowsComeBackExactlyAndTheAdditionsAreNamed() throws {
        let fresh = try CommandRunner.shared(["glossary", "\(Self.flores).da.txt", "\(Self.flores).en.txt", "--presegmented"])
        #expect(fresh.status == 0, "\(fresh.error)")
        var lines = fresh.text.split(separator: "\n").map(String.init)
        #expect(lines.count > 10)
        // A reviewer edits the first two rows, adds a note column and drops every other row.
        let first = lines[1].split(separator: "\t").map(String.init), second = lines[2].split(separator: "\t").map(String.init)
        let editedFirst = [first[0], first[1], first[2], "99.999", first[4], "false", "checked"]
        let editedSecond = [second[0], second[1], "1", second[3], second[4], "TRUE", ""]
        lines = [lines[0] + "\tnote", editedFirst.joined(separator: "\t"), editedSecond.joined(separator: "\t")]
        let existing = try CommandRunner.temporaryFile("glossary.tsv", Array((lines.joined(separator: "\n") + "\n").utf8))
        let merged = try CommandRunner.run(["glossary", "\(Self.flores).da.txt", "\(Self.flores).en.txt",
                                            "--presegmented", "--merge", existing])
        #expect(merged.status == 0, "\(merged.error)")
        let rows = Set(merged.text.split(separator: "\n").map(String.init))
        #expect(rows.contains(editedFirst.joined(separator: "\t")), "\(merged.text.prefix(300))")
        #expect(rows.contains(editedSecond.joined(separator: "\t")))
        let added = fresh.text.split(separator: "\n").count - 3
        #expect(merged.text.split(separator: "\n").count == 3 + added)
        #expect(merged.error.contains("tolk: glossary --merge: kept the 2 entries of \(existing) as they were; added \(added)\n"))
        let third = fresh.text.split(separator: "\n")[3].split(separator: "\t")
        #expect(merged.error.contains("tolk: glossary --merge: added \(third[0]) / \(third[1])\n"))
    }

    @Test func jsonFieldsOfEveryKindAreKept() throws {
        let existing = """
            [{"source": "hospital", "target": "hospital", "count": 10, "score": 99.999, "category": "domain-term", \
            "known": false, "part_of_speech": null, "source_lemma": null, "target_lemma": null, \
            "reviewed": true, "tags": ["health", "place"], "review": {"by": "ak", "round": 2}, "comment": null, \
            "examples": []}]
            """
        let path = try CommandRunner.temporaryFile("glossary.json", Array(existing.utf8))
        let merged = try CommandRunner.run(["glossary", "\(Self.flores).da.txt", "\(Self.flores).en.txt",
                                            "--presegmented", "--format", "json", "--merge", path])
        #expect(merged.status == 0, "\(merged.error)")
        let line = try #require(merged.text.split(separator: "\n").first { $0.contains("\"tags\"") })
        for member in ["\"score\": 99.999", "\"known\": false", "\"count\": 10", "\"reviewed\": true",
                       "\"tags\": [\"health\",\"place\"]", "\"review\": {\"by\":\"ak\",\"round\":2}",
                       "\"comment\": null"] {
            #expect(line.contains(member), "\(member) in \(line)")
        }
    }
}
