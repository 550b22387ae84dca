import Foundation
import Testing

/// Issue 16's input findings: UTF-8 with a few bad bytes is never re-read as windows-1252 in silence, JSONL is
/// UTF-8 with known languages, unique ids and ids that cannot forge output lines, a lone CR ends a line, and a
/// byte-order mark is never part of a word or a column name.
@Suite struct InputEncodingFindingsTests {
    static let danish = "samples/2019-07-assange-embassy-russians.da.txt"
    static let english = "samples/nbc-2016-10-assange-ecuador.en.txt"

    static func jsonl(_ name: String, _ lines: [[UInt8]]) throws -> String {
        try CommandRunner.temporaryFile(name, lines.flatMap { $0 + [0x0A] })
    }

    static func record(_ fields: [String: String]) throws -> [UInt8] {
        Array(try JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys]))
    }

    @Test func aStrayByteInUTF8IsReportedWithItsOffsetNotReadAsWindows1252() throws {
        var bytes = Array(try Data(contentsOf: CommandRunner.repository.appendingPathComponent(Self.danish)))
        bytes.insert(0xFF, at: 1000)
        let path = try CommandRunner.temporaryFile("stray.da.txt", bytes)
        for command in [["segment", path], ["normalize", path], ["detect", path]] {
            let result = try CommandRunner.run(command)
            #expect(result.status == 1, "\(command)")
            #expect(result.error.hasSuffix("tolk: \(path): invalid UTF-8 at byte offset 1000\n"), "\(result.error)")
            #expect(!result.text.contains("Ã"))
        }
    }

    @Test func aJSONLLineInLatin1IsAnErrorNotMojibakeInEveryLine() throws {
        let good = try Self.record(["id": "a", "text": "Københavns Kommune ligger på Sjælland."])
        let latin1 = Array("{\"id\":\"b\",\"text\":\"Ærø på én dag.\"}".data(using: .isoLatin1) ?? Data())
        let path = try Self.jsonl("latin.jsonl", [good, good.map { $0 == UInt8(ascii: "a") ? 0x63 : $0 }, latin1])
        let result = try CommandRunner.run(["match", path, Self.english])
        #expect(result.status == 1)
        let offset = (good.count + 1) * 2 + (latin1.firstIndex(of: 0xC6) ?? -1)  // the Æ of the third line
        #expect(result.error.hasSuffix("tolk: \(path): invalid UTF-8 at byte offset \(offset)\n"), "\(result.error)")
    }

    @Test func anUnknownRecordLanguageIsTheUsageErrorOfTheOption() throws {
        let path = try Self.jsonl("xx.jsonl", [try Self.record(["id": "a", "text": "Hej.", "language": "xx"])])
        let result = try CommandRunner.run(["match", path, Self.english])
        #expect(result.status == 64)
        #expect(result.error.hasSuffix("tolk: \(path):1: \"language\": unknown language code 'xx' (ISO 639, such as da or en)\n"))
        let option = try CommandRunner.run(["match", Self.danish, Self.english, "--source-language", "xx"])
        #expect(option.status == 64)
    }

    @Test func duplicateRecordIdsAreAnError() throws {
        let path = try Self.jsonl("dup.jsonl", [try Self.record(["id": "a", "text": "Hej."]),
                                                try Self.record(["id": "a", "text": "Farvel."])])
        let result = try CommandRunner.run(["compare", path, Self.english])
        #expect(result.status == 1)
        #expect(result.error.hasSuffix("tolk: \(path):2: duplicate id 'a' (first on line 1)\n"))
    }

    @Test func anIdWithALineBreakCannotForgeOutputLines() throws {
        let path = try Self.jsonl("forged.jsonl", [try Self.record(["id": "a\nb\t0.99", "text": "Hej med dig."])])
        let result = try CommandRunner.run(["match", path, Self.english])
        #expect(result.status == 1)
        #expect(result.error.hasSuffix("tolk: \(path):1: \"id\" holds a line break or other control character\n"))
        #expect(result.output.isEmpty)
    }

    @Test func aLoneCarriageReturnEndsALine() throws {
        let source = try CommandRunner.temporaryFile("cr.da.txt", Array("Huset er rødt.\rBilen er blå.\r".utf8))
        let target = try CommandRunner.temporaryFile("cr.en.txt", Array("The house is red.\rThe car is blue.\r".utf8))
        let aligned = try CommandRunner.run(["align", "--presegmented", source, target, "--format", "tsv"])
        #expect(aligned.status == 0, "\(aligned.error)")
        #expect(aligned.text == "Huset er rødt.\tThe house is red.\nBilen er blå.\tThe car is blue.\n")
        let detected = try CommandRunner.run(["detect", "--lines", source])
        #expect(detected.text.split(separator: "\n").count == 2)
        let learned = try CommandRunner.run(["lexicon", "learn", source, target, "--min-count", "1"])
        #expect(learned.status == 0, "\(learned.error)")
        #expect(learned.text.contains("huset\thouse\t") || learned.text.contains("bilen\tcar\t"), "\(learned.text)")
    }

    @Test func aByteOrderMarkIsNotPartOfAWordOrAColumnName() throws {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let source = try CommandRunner.temporaryFile("bom.da.txt", bom + Array("hus\nhus\n".utf8))
        let target = try CommandRunner.temporaryFile("bom.en.txt", Array("house\nhouse\n".utf8))
        let learned = try CommandRunner.run(["lexicon", "learn", source, target, "--min-count", "1"])
        #expect(learned.status == 0, "\(learned.error)")
        #expect(learned.text.contains("\nhus\thouse\t"), "\(learned.text)")
        #expect(!learned.text.contains("\u{FEFF}"))
        let lexicon = try CommandRunner.temporaryFile("bom.tsv", bom + Array(learned.output))
        let lookup = try CommandRunner.run(["lexicon", "lookup", "--source", "da", "--target", "en",
                                            "--lexicon", lexicon, "hus"])
        #expect(lookup.status == 0, "\(lookup.error)")
        #expect(lookup.text.contains("house"))
    }
}
