import Foundation
import Testing
import TolkAlign
import TolkText

/// The streaming line reader of `tolk align --presegmented` (``AlignmentInput``): line ends, byte-order mark,
/// bad bytes.
@Suite struct AlignmentInputTests {
    static func file(_ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tolk-lines-\(UUID().uuidString)").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func linesWithCarriageReturnsMarkAndNoFinalBreak() throws {
        let path = try Self.file(Array("\u{FEFF}Første linje.\r\n\nTredje, uden linjeskift".utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let reader = try AlignmentInput.LineReader(path: path)
        #expect(Array(reader) == ["Første linje.", "", "Tredje, uden linjeskift"])
        #expect(reader.error == nil)
        #expect(try AlignmentInput.characterCount(path: path) == "\u{FEFF}Første linje.Tredje, uden linjeskift".unicodeScalars.count)
    }

    @Test func invalidUTF8StopsWithTheByteOffset() throws {
        let path = try Self.file(Array("ok\nså".utf8) + [0xFF] + Array("\nmore\n".utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let reader = try AlignmentInput.LineReader(path: path)
        #expect(Array(reader) == ["ok"])
        #expect(reader.error == .invalidEncoding(path: path, encoding: "UTF-8", offset: 6))
    }

    @Test func nulByteIsBinaryInput() throws {
        let path = try Self.file(Array("a\nb".utf8) + [0] + Array("\n".utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let reader = try AlignmentInput.LineReader(path: path)
        #expect(Array(reader) == ["a"])
        #expect(reader.error == .binaryInput(path: path, offset: 3))
    }

    @Test func theFirstBadByteOfALineIsReported() throws {
        // An invalid byte before a NUL on the same line: the offset of the invalid byte, as every UTF-8 input says.
        let path = try Self.file(Array("ok\nx".utf8) + [0xC3, 0x28, 0x00] + Array("\n".utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let reader = try AlignmentInput.LineReader(path: path)
        #expect(Array(reader) == ["ok"])
        #expect(reader.error == .invalidEncoding(path: path, encoding: "UTF-8", offset: 4))
    }

    @Test func longFileAcrossBlocks() throws {
        let lines = (0..<40_000).map { "Sætning nummer \($0) med æøå." }
        let path = try Self.file(Array((lines.joined(separator: "\n") + "\n").utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let reader = try AlignmentInput.LineReader(path: path)
        #expect(Array(reader) == lines)
    }

    @Test func missingFileIsAnError() {
        #expect(throws: TextError.self) { try AlignmentInput.LineReader(path: "/nonexistent/tolk-align-input") }
    }
}
