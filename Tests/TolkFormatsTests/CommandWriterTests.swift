import Foundation
import Testing
import TolkAlign
import TolkEntities
import TolkLanguage
import TolkLexicon
import TolkText
@testable import TolkFormats

/// The writers of `align`, `entities`, `detect`, `segment` and `lexicon`, each against what it must write.
@Suite struct CommandWriterTests {
    static let beads = [
        Bead(source: 0..<1, target: 0..<1, confidence: 0.9),
        Bead(source: 1..<2, target: 1..<1, confidence: 0.4),
        Bead(source: 2..<4, target: 1..<2, confidence: 0.75),
    ]
    static let sourceTexts = ["Han kom.", "Hun gik.", "De så det.", "Alle så det."]
    static let targetTexts = ["He came.", "They all saw it."]

    /// Writes the beads one by one in `format`.
    func streamed(_ format: AlignmentFormat) throws -> String {
        var text = ""
        let writer = AlignmentStreamWriter(format: format, sourceLanguage: .danish, targetLanguage: .english,
                                           toolVersion: "9.9") { text += $0 }
        try writer.begin()
        for bead in Self.beads {
            try writer.add(bead, sourceTexts: Self.sourceTexts[bead.source], targetTexts: Self.targetTexts[bead.target])
        }
        try writer.end()
        return text
    }

    @Test func theStreamedAlignmentIsTheWholeOne() throws {
        let units = Self.beads.map { TranslationUnit(bead: $0, source: Self.sourceTexts, target: Self.targetTexts) }
        #expect(try streamed(.beads) == "0:0\n1:\n2,3:1\n")
        #expect(try streamed(.beads) == AlignmentWriter.beads(units))
        #expect(try streamed(.tsv) == AlignmentWriter.tsv(units))
        #expect(try streamed(.json) == AlignmentWriter.json(units, sourceLanguage: .danish, targetLanguage: .english))
        let tmx = TMXWriter(sourceLanguage: .danish, targetLanguage: .english, toolVersion: "9.9")
        #expect(try streamed(.tmx) == tmx.header() + units.map(tmx.unit).joined() + tmx.footer())
    }

    @Test func entitiesAreListedAsTSVAndJSON() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tolk-entities-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("note.da.txt").path
        try Data("Statsminister Mette Frederiksen besøgte København i går.\n".utf8).write(to: URL(fileURLWithPath: path))
        let documents = try EntitiesPipeline.run(files: [path]) { _ in }
        let lines = EntitiesWriter.tsv(documents).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "file\tstart\tend\tkind\tform\ttext\tkey\trole")
        #expect(lines.contains { $0.hasPrefix("\(path)\t") && $0.contains("\tperson\tname\tMette Frederiksen\t") })
        #expect(lines.count == documents[0].mentions.count + 2)
        let json = try EntitiesWriter.json(documents)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["file"] as? String == path)
        #expect(object["language"] as? String == "da")
        #expect(object["language_source"] as? String == "file-name")
        #expect((object["mentions"] as? [Any])?.count == documents[0].mentions.count)
    }

    @Test func detectionAnswersAsTextAndJSON() {
        let sure = DetectionAnswer(ranked: [(.danish, 0.9), (.english, 0.1)], minimumRelativeDistance: 0)
        let unsure = DetectionAnswer(ranked: [], minimumRelativeDistance: 0)
        #expect(DetectionWriter.text(.lines([sure, unsure]), json: false, withConfidence: true)
            == "da\t0.9000\nund\t0.0000\n")
        #expect(DetectionWriter.text(.lines([sure, unsure]), json: true, withConfidence: false)
            == "{\"language\":\"da\",\"confidence\":0.9000}\n{\"language\":null,\"confidence\":0.0000}\n")
        let spans = [LanguageSpan(language: .danish, range: 0..<10, confidence: 0.5),
                     LanguageSpan(language: nil, range: 10..<12, confidence: 0)]
        #expect(DetectionWriter.text(.spans(spans), json: false, withConfidence: false) == "da\t0\t10\nund\t10\t12\n")
        let whole = DetectionResult.whole(sure, candidates: [(.danish, 0.9), (.english, 0.1)])
        #expect(DetectionWriter.text(whole, json: false, withConfidence: false) == "da\n")
        #expect(DetectionWriter.text(whole, json: true, withConfidence: false)
            == "{\"language\":\"da\",\"confidence\":0.9000,\"candidates\":[{\"language\":\"da\",\"confidence\":0.9000},"
            + "{\"language\":\"en\",\"confidence\":0.1000}]}\n")
    }

    @Test func segmentationIsWrittenAsSentenceLinesAndNotes() throws {
        let segmenter = try Segmenter(language: .english)
        let document = segmenter.segment("He came. She left.\n")
        var output = ""
        var notes = ""
        SegmentTextWriter(output: { output += $0 }, note: { notes += $0 }).add(document)
        #expect(output == "He came.\nShe left.\n")
        #expect(notes.isEmpty)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tolk-segment-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("x.txt").path
        try Data("He came. She left.\n".utf8).write(to: URL(fileURLWithPath: path))
        var request = SegmentationRequest(input: path)
        request.language = .english
        let segmentation = try SegmentPipeline.prepare(request) { _ in }
        var bytes: [UInt8] = []
        let writer = SegmentJSONWriter(output: { bytes += $0.bytes }, segmentation: segmentation)
        try segmentation.run(emit: writer.add)
        writer.finish()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        #expect(object["input"] as? String == path)
        #expect(object["language_source"] as? String == "option")
        let paragraphs = try #require(object["paragraphs"] as? [[String: Any]])
        #expect((paragraphs.first?["sentences"] as? [Any])?.count == 2)
    }

    @Test func lexiconStatisticsAreReportedByOrigin() throws {
        let statistics = try LexiconStatistics.measure(LanguagePair(.danish, .english), repetitions: 2)
        let lines = LexiconStatisticsWriter.text(statistics).split(separator: "\n")
        #expect(lines.first == "origin\tentries")
        #expect(lines.contains("total\t\(statistics.lexicon.count)"))
        #expect(lines.last?.hasPrefix("load time\tfastest ") == true)
        #expect(lines.last?.hasSuffix(" ms of 2") == true)
    }
}
