import Foundation
import Testing
import TolkText
@testable import TolkLanguage

/// A file in a fresh temporary folder, with `text` in it.
private func temporaryFile(_ name: String, _ text: String) throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tolk-language-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let url = folder.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url.path
}

@Suite struct SegmentPipelineTests {
    @Test func theFileNameTagChoosesTheRulesAndEveryChunkIsHandedOut() throws {
        let path = try temporaryFile("article.da.txt", "Hr. Jensen kom i går. Han gik igen.\n\nDet regnede.\n")
        var reports: [String] = []
        let segmentation = try SegmentPipeline.prepare(SegmentationRequest(input: path)) { reports.append($0) }
        #expect(segmentation.language == LanguageChoice(language: .danish, source: .fileName))
        #expect(segmentation.encoding == "UTF-8")
        #expect(reports == ["tolk segment: input da: 1 da (file-name)\n"])
        var sentences: [String] = []
        try segmentation.run { document in sentences += document.sentences.map(\.text) }
        // "Hr." is a Danish abbreviation: no sentence ends after it.
        #expect(sentences == ["Hr. Jensen kom i går.", "Han gik igen.", "Det regnede."])
    }

    @Test func aThreeLetterOptionIsReportedInItsTwoLetterForm() throws {
        let path = try temporaryFile("notes.txt", "The minister said so on Monday.\n")
        var request = SegmentationRequest(input: path)
        request.language = "eng"
        let segmentation = try SegmentPipeline.prepare(request) { _ in }
        #expect(segmentation.language == LanguageChoice(language: .english, source: .option))
    }
}

@Suite struct DetectPipelineTests {
    @Test func linesGetOneAnswerEachAndAnEmptyLineNone() throws {
        let path = try temporaryFile("lines.txt", """
            Regeringen fremlægger i dag sit forslag til en ny finanslov for det kommende år.

            The government presents its proposal for a new budget for the coming year today.
            """)
        var request = DetectionRequest(input: path)
        request.unit = .lines
        guard case .lines(let answers) = try DetectPipeline.run(request) else {
            Issue.record("not a line result")
            return
        }
        #expect(answers.map(\.language) == [.danish, nil, .english])
        #expect(answers[1].confidence == 0)
    }

    @Test func theWholeAnswerIsTheBestCandidateUnlessTheSecondIsTooClose() throws {
        let path = try temporaryFile("whole.txt", "Regeringen fremlægger i dag sit forslag til en ny finanslov.\n")
        var request = DetectionRequest(input: path)
        request.options = LanguageDetectorOptions().restricted(to: [.danish, .english])
        guard case let .whole(answer, candidates) = try DetectPipeline.run(request) else {
            Issue.record("not a whole result")
            return
        }
        #expect(answer.language == .danish)
        #expect(candidates.map(\.language) == [.danish, .english])
        #expect(answer.confidence == candidates[0].confidence)
    }

    @Test func spansAreTheDetectorsSpans() throws {
        let text = try fixtureText("mixed-da-en.txt")
        let path = try temporaryFile("mixed.txt", text)
        var request = DetectionRequest(input: path)
        request.unit = .spans
        guard case .spans(let spans) = try DetectPipeline.run(request) else {
            Issue.record("not a span result")
            return
        }
        #expect(spans == (try LanguageDetector().detectSpans(in: TextInput.read(path: path).text)))
        #expect(spans.map(\.language) == [.danish, .english, .danish])
    }

    @Test func anAnswerNeedsTheMinimumDistance() {
        let ranked: [(language: LanguageCode, confidence: Double)] = [(.danish, 0.6), (.norwegianBokmal, 0.4)]
        #expect(DetectionAnswer(ranked: ranked, minimumRelativeDistance: 0.1).language == .danish)
        let unsure = DetectionAnswer(ranked: ranked, minimumRelativeDistance: 0.3)
        #expect(unsure.language == nil && unsure.confidence == 0)
        #expect(DetectionAnswer(ranked: [], minimumRelativeDistance: 0).language == nil)
    }

    @Test func unknownCandidatesAreRefusedBeforeTheInputIsRead() {
        var request = DetectionRequest(input: "/nonexistent/input.txt")
        request.options = LanguageDetectorOptions().restricted(to: ["zz"])
        #expect {
            try DetectPipeline.run(request)
        } throws: { error in
            guard case .unsupportedLanguages(let codes, _) = error as? LanguageError else { return false }
            return codes == ["zz"]
        }
    }
}

@Suite struct LanguageOptionTests {
    @Test func optionsAreReadInTheFormEveryCommandReports() {
        #expect(LanguagePolicy.language(option: "da") == .danish)
        #expect(LanguagePolicy.language(option: "dan") == .danish)
        #expect(LanguagePolicy.language(option: "ENG") == .english)
        #expect(LanguagePolicy.language(option: "no") == .norwegianBokmal)
        #expect(LanguagePolicy.language(option: "nob") == .norwegianBokmal)
        #expect(LanguagePolicy.language(option: "fo") == "fo")
        #expect(LanguagePolicy.language(option: "zz") == nil)
        #expect(LanguagePolicy.language(option: "dk") == nil)
        #expect(LanguagePolicy.language(option: "danish") == nil)
    }
}
