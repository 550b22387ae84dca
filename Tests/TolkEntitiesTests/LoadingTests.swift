import Foundation
import Testing
import TolkText
@testable import TolkEntities

/// The fast load paths of the entity data (tables cut on bytes, tagger models read into their arrays, Latin
/// names folded by table) give what the plain paths give, and malformed files are errors naming file and place.
@Suite struct LoadingTests {
    @Test func tableRowsAreCutAsLinesAndTabsWouldCutThem() throws {
        let text = "# comment\r\nname\tid\r\nKøbenhavn\t1\n\n# another\nAarhus\t\nOdense\t3"
        let rows = try DataTable.rows(in: text, path: "t.tsv", required: ["name", "id"])
        #expect(rows.map { $0["name"] ?? "-" } == ["København", "Aarhus", "Odense"])
        #expect(rows.map { $0["id"] ?? "-" } == ["1", "", "3"])
        #expect(rows.allSatisfy { $0.fields.count == 2 })
        #expect(try DataTable.rows(in: "", path: "t.tsv", required: []).isEmpty)
        // A row's line is counted with comments and blank lines, from 1.
        #expect(throws: DataError.malformedLine(path: "t.tsv", line: 4, reason: "expected 2 tab-separated fields, found 3")) {
            try DataTable.rows(in: "name\tid\n\n# x\na\tb\tc\n", path: "t.tsv", required: ["name"])
        }
    }

    @Test func latinNamesFoldByTableAsByDecomposition() {
        for value in 0x80...0x24F {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "A" + String(Character(scalar)) + "b\u{2019}s"
            #expect(LatinFoldingTable.shared.folded(text) == NameFolding.latinFolded(text), "U+\(String(value, radix: 16))")
        }
        for name in ["Århus", "Ærøskøbing", "Łódź", "São Paulo", "Ñuñoa", "Þórshöfn", "Điện Biên", "İzmir", "Œuvre"] {
            #expect(LatinFoldingTable.shared.folded(name) == NameFolding.latinFolded(name))
        }
    }

    @Test func aTaggerModelReadsBackFromItsFile() throws {
        let tiny = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/tagger-tiny.iob2")
        let gazetteer = Gazetteer(cldrNamesFor: [.english])
        let model = try EntityTaggerTrainer(language: .english, gazetteer: gazetteer, maximumPasses: 2)
            .train(training: tiny, development: tiny).model
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("tolk-tagger-\(UUID().uuidString).bin")
        defer { try? FileManager.default.removeItem(at: file) }
        let bytes = model.serialized()
        try bytes.write(to: file)
        #expect(try EntityTaggerModel.load(file).serialized() == bytes)
        // Cut short: an error naming the file, as the in-memory decoder reports it.
        try bytes.prefix(bytes.count - 4).write(to: file)
        #expect(throws: DataError.malformedLine(path: file.path, line: 1,
                                                  reason: "truncated or inconsistent tagger model (\(bytes.count - 4) bytes)")) {
            try EntityTaggerModel.load(file)
        }
        try Data("TOLKTAG".utf8).write(to: file)
        #expect(throws: DataError.malformedLine(path: file.path, line: 1,
                                                  reason: "not a Tolk entity tagger model (no TOLKTAG1 header)")) {
            try EntityTaggerModel.load(file)
        }
        #expect(throws: DataError.self) { try EntityTaggerModel.load(FileManager.default.temporaryDirectory) }
    }

    @Test func aBinaryFileThatEndsEarlyNamesTheByte() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("tolk-binary-\(UUID().uuidString).bin")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data([1, 0, 0, 0, 2, 0]).write(to: file)
        let reader = try BinaryDataFile(path: file.path)
        #expect(try reader.values(UInt32.self, count: 1) == [1])
        #expect(throws: DataError.malformedFile(path: file.path, reason: "ends at byte 6, 2 bytes early")) {
            try reader.values(UInt32.self, count: 1)
        }
    }
}
