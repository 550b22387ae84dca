import Foundation
import Testing
@testable import TolkText

@Suite struct DataErrorTests {
    @Test func everyCaseNamesTheFileAndLine() {
        #expect(DataError.malformedLine(path: "a.tsv", line: 3, reason: "expected 2 fields").errorDescription
            == "a.tsv:3: expected 2 fields")
        #expect(DataError.missingColumn(path: "a.tsv", column: "word").errorDescription
            == "a.tsv:1: the header line lacks the 'word' column")
        #expect(DataError.unreadable(path: "a.tsv", reason: "Permission denied").errorDescription
            == "a.tsv: cannot read: Permission denied")
        #expect(DataError.malformedFile(path: "m.bin", reason: "not a Tolk language model: too short").errorDescription
            == "m.bin: not a Tolk language model: too short")
        let missing = DataError.missing(name: "lexicons/", searched: ["/a/lexicons", "/b/lexicons"])
        #expect(missing.errorDescription.hasPrefix("data 'lexicons/' not found (searched: /a/lexicons, /b/lexicons); "))
        #expect(missing.errorDescription.hasSuffix(DataDirectory.hint))
        #expect(TextError.data(missing).errorDescription == missing.errorDescription)
    }

    @Test func aLoadingStepThrowsItsDataErrorAsTheModulesDataCase() throws {
        let failure = DataError.malformedLine(path: "x.tsv", line: 2, reason: "bad")
        #expect(throws: TextError.data(failure)) {
            try TextError.loading { () throws(DataError) in throw failure }
        }
        #expect(try TextError.loading { () throws(DataError) in 7 } == 7)
    }

    @Test func aMalformedTableIsADataErrorNamingFileAndLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tolk-data-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent("t.tsv")
        try Data("word\tnote\nhus\thouse\n\n# comment\nonly-one\n".utf8).write(to: url)
        #expect(throws: DataError.malformedLine(path: url.path, line: 5, reason: "expected 2 tab-separated fields, found 1")) {
            try DataTable.parse(url: url, columns: ["word", "note"])
        }
        #expect(throws: DataError.malformedLine(path: url.path, line: 1, reason: "header must start with lemma <tab> note")) {
            try DataTable.parse(url: url, columns: ["lemma", "note"])
        }
    }

    /// The one TSV reader cuts lines and fields the same whether a table is read by position or by name.
    @Test func aTableReadByPositionOrByNameHasTheSameRowsAndLines() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tolk-data-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent("t.tsv")
        let text = "# comment\r\nword\tnote\r\nhus\thouse\n\n# another\nbil\t\nbåd\tboat"
        try Data(text.utf8).write(to: url)
        let byPosition = try DataTable.parse(url: url, columns: ["word", "note"])
        let byName = try DataTable.rows(of: url, required: ["note", "word"])
        #expect(byPosition.header == ["word", "note"])
        #expect(byPosition.rows.map(\.line) == [3, 6, 7])
        #expect(byPosition.rows.map(\.fields) == byName.map(\.fields))
        #expect(byName.map { $0["note"] ?? "-" } == ["house", "", "boat"])
        #expect(throws: DataError.missingColumn(path: url.path, column: "lemma")) {
            try DataTable.rows(of: url, required: ["lemma"])
        }
    }

    /// The one line cutter of every TSV reader: a byte-order mark, "\r\n", comments and blank lines, line numbers
    /// counted from 1 with them, fields as byte ranges, and a field that is not UTF-8 named by its line.
    @Test func linesAreCutOnBytesWithTheirNumbers() throws {
        var bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("word\tnote\r\n# c\n\nhus\t\r\nval".utf8)
        bytes += [0xC3, 0x28] + Array("\tx\n".utf8)
        var lines: [String] = []
        let thrown = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(DataError) in
                try DataTable.forEachLine(in: buffer, path: "t.tsv") { line throws(DataError) in
                    lines.append("\(line.number): \(try line.texts().joined(separator: "|"))")
                }
            }
        }
        #expect(lines == ["1: word|note", "4: hus|"])
        #expect(throws: DataError.malformedLine(path: "t.tsv", line: 5, reason: "invalid UTF-8")) { try thrown.get() }
        try bytes.withUnsafeBufferPointer { buffer throws(DataError) in
            try DataTable.forEachLine(in: buffer, path: "t.tsv") { line throws(DataError) in
                guard line.number == 1 else { return }
                #expect(try line.columns(required: ["note"]) == ["word": 0, "note": 1])
                #expect(throws: DataError.missingColumn(path: "t.tsv", column: "id")) {
                    try line.columns(required: ["word", "id"])
                }
                #expect(throws: DataError.malformedLine(path: "t.tsv", line: 1, reason: "expected 3 tab-separated fields, found 2")) {
                    try line.require(width: 3)
                }
                try line.require(width: 1, exactly: false)
            }
        }
    }
}
