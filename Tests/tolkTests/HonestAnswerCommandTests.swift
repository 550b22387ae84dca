import Foundation
import Testing

/// Issue 16, part 2: where the result is poor, the command says so on standard error.
@Suite struct HonestAnswerCommandTests {
    static let danish = "samples/2019-07-assange-embassy-russians.da.txt"
    static let english = "samples/nbc-2016-10-assange-ecuador.en.txt"

    /// A Danish text and its English translation, sentence by sentence (team-written).
    static let translated = (
        source: "Regeringen fremlagde i dag sit forslag til en ny klimalov. Loven skal halvere udledningen inden 2030. "
            + "Oppositionen kalder forslaget for svagt. Statsministeren afviser kritikken. Forhandlingerne begynder i "
            + "næste uge. Et flertal forventes at stemme for.\n",
        target: "The government today presented its proposal for a new climate law. The law is to halve emissions by "
            + "2030. The opposition calls the proposal weak. The prime minister rejects the criticism. The negotiations "
            + "begin next week. A majority is expected to vote in favour.\n")

    @Test func alignSaysWhenTheTextsAreNoTranslations() throws {
        let result = try CommandRunner.run(["align", Self.danish, Self.english])
        #expect(result.status == 0)
        #expect(result.error.contains("tolk align: these texts do not look like translations of each other: only "))
        let source = try CommandRunner.temporaryFile("climate.da.txt", Array(Self.translated.source.utf8))
        let target = try CommandRunner.temporaryFile("climate.en.txt", Array(Self.translated.target.utf8))
        let translation = try CommandRunner.run(["align", source, target])
        #expect(translation.status == 0)
        #expect(!translation.error.contains("do not look like translations"), "\(translation.error)")
    }

    /// `--min-confidence` keeps pairs under it out of TMX and writes them as unaligned sentences in TSV and
    /// beads: every sentence is still there.
    @Test func minConfidenceKeepsWeakPairsOutOfTMXAndTSV() throws {
        let beads = try CommandRunner.run(["align", Self.danish, Self.english, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: beads.output) as? [String: Any])
        let units = try #require(object["beads"] as? [[String: Any]])
        let pairs = units.filter { !(($0["source"] as? [Int]) ?? []).isEmpty && !(($0["target"] as? [Int]) ?? []).isEmpty }
        let weak = pairs.filter { (($0["confidence"] as? Double) ?? 0) < 0.5 }
        try #require(!weak.isEmpty && weak.count < pairs.count)

        let tmx = try CommandRunner.run(["align", Self.danish, Self.english, "--format", "tmx", "--min-confidence", "0.5"])
        #expect(tmx.status == 0)
        #expect(tmx.text.components(separatedBy: "<tu>").count - 1 == pairs.count - weak.count)
        #expect(tmx.error.contains("tolk align: \(weak.count) pairs ("))
        #expect(tmx.error.contains("under --min-confidence 0.5 are written as unaligned sentences (left out of TMX)"))

        let all = try CommandRunner.run(["align", Self.danish, Self.english, "--format", "tsv"])
        let tsv = try CommandRunner.run(["align", Self.danish, Self.english, "--format", "tsv", "--min-confidence", "0.5"])
        let rows = tsv.text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        let paired = rows.filter { !$0.hasPrefix("\t") && !$0.hasSuffix("\t") }
        #expect(paired.count == pairs.count - weak.count)
        // Every sentence is still written: the same text on each side, in the same order.
        func side(_ text: String, _ column: Int) -> String {
            text.split(separator: "\n").map { String($0.split(separator: "\t", omittingEmptySubsequences: false)[column]) }
                .filter { !$0.isEmpty }.joined(separator: " ")
        }
        #expect(side(tsv.text, 0) == side(all.text, 0))
        #expect(side(tsv.text, 1) == side(all.text, 1))

        let lines = try CommandRunner.run(["align", Self.danish, Self.english, "--min-confidence", "0.5"])
        #expect(lines.text.split(separator: "\n").filter { !$0.hasPrefix(":") && !$0.hasSuffix(":") }.count
            == pairs.count - weak.count)
        let bad = try CommandRunner.run(["align", Self.danish, Self.english, "--min-confidence", "2"])
        #expect(bad.status == 64)
    }

    @Test func glossarySaysWhyItIsEmpty() throws {
        let header = "source\ttarget\tcount\tscore\tcategory\tknown\n"
        let source = try CommandRunner.temporaryFile("few.da.txt", Array(Self.translated.source.utf8))
        let target = try CommandRunner.temporaryFile("few.en.txt", Array(Self.translated.target.utf8))
        let few = try CommandRunner.run(["glossary", source, target])
        #expect(few.status == 0)
        if few.text == header {
            #expect(few.error.contains("tolk glossary: no terms: too few aligned units (6 aligned units)"))
        }
        let repeated = try CommandRunner.temporaryFile(
            "more.da.txt", Array(String(repeating: Self.translated.source, count: 4).utf8))
        let repeatedTarget = try CommandRunner.temporaryFile(
            "more.en.txt", Array(String(repeating: Self.translated.target, count: 4).utf8))
        let found = try CommandRunner.run(["glossary", repeated, repeatedTarget])
        #expect(found.text != header)
        #expect(!found.error.contains("no terms"))
        let counted = try CommandRunner.run(["glossary", repeated, repeatedTarget, "--minimum-count", "50"])
        #expect(counted.status == 0)
        #expect(counted.text == header)
        #expect(counted.error.contains(
            "tolk glossary: no terms: no pair occurs --minimum-count 50 times in 24 aligned units (the most frequent occurs "))
        let empty = try CommandRunner.temporaryFile("empty.da.txt", [])
        let none = try CommandRunner.run(["glossary", empty, target, "--source-language", "da"])
        if none.status == 0 {
            #expect(none.error.contains("tolk glossary: no terms: "))
        }
    }

    /// The UTF-8 copy `align --presegmented` makes of an input in another encoding is removed on SIGINT and
    /// SIGTERM too (it was left in the temporary folder).
    @Test(arguments: [SIGINT, SIGTERM])
    func anInterruptedAlignLeavesNoConvertedCopy(signalNumber: Int32) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tolk-convert-\(UUID().uuidString)")
        let scratch = folder.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        func copies() throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: scratch.path).filter { $0.hasPrefix("tolk-align-") }
        }
        let (process, wasRunning) = try CommandRunner.interruptedAlign(
            lines: 60_000, in: folder, encoding: .isoLatin1,
            arguments: ["--encoding", "windows-1252", "--output", folder.appendingPathComponent("aligned.txt").path],
            environment: ["TMPDIR": scratch.path], signalNumber: signalNumber) { try !copies().isEmpty }
        #expect(wasRunning, "align ended before it could be interrupted")
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(try copies() == [])
    }
}
