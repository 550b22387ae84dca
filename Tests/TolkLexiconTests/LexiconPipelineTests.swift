import Foundation
import Testing
import TolkText

@testable import TolkLexicon

@Suite struct LexiconImportPipelineTests {
    let pair = LanguagePair(.danish, .english)

    @Test func filesAreReadInOrderWithTheFormatsNameAsOrigin() throws {
        let files = [fixture("sample-hunalign.txt").path, fixture("sample-hunalign.txt").path]
        let entries = try LexiconImportPipeline.run(LexiconImportRequest(input: .files(files, format: .hunalign),
                                                                        pair: pair))
        #expect(entries.map(\.source) == ["ambassade", "efterretningstjeneste", "ambassade", "efterretningstjeneste"])
        #expect(entries.allSatisfy { $0.origin == "hunalign" })
    }

    @Test func aGuessedFormatIsLabelledImportAndAnOriginGivenLabelsEveryEntry() throws {
        let files = [fixture("sample-hunalign.txt").path, fixture("sample-pairs.txt").path]
        var request = LexiconImportRequest(input: .files(files, format: nil), pair: pair)
        let guessed = try LexiconImportPipeline.run(request)
        #expect(guessed.map(\.target) == ["embassy", "intelligence service", "election", "source"])
        #expect(guessed.allSatisfy { $0.origin == "import" })
        request.origin = "mine"
        #expect(try LexiconImportPipeline.run(request).allSatisfy { $0.origin == "mine" })
    }

    @Test func freeDictAndLocaleNamesTakeTheOriginGiven() throws {
        var request = LexiconImportRequest(
            input: .freeDict(index: fixture("freedict-sample.index").path, dictionary: fixture("freedict-sample.dict").path),
            pair: pair)
        let plain = try LexiconImportPipeline.run(request)
        #expect(!plain.isEmpty)
        #expect(plain == (try FreeDictReader.entries(index: fixture("freedict-sample.index"),
                                                     dictionary: fixture("freedict-sample.dict"))))
        request.origin = "fd"
        #expect(try LexiconImportPipeline.run(request).allSatisfy { $0.origin == "fd" })
        request.input = .localeNames
        let names = try LexiconImportPipeline.run(request)
        #expect(names.contains { $0.source == "Danmark" && $0.target == "Denmark" })
        #expect(names.allSatisfy { $0.origin == "fd" })
    }

    @Test func anUnguessableFileIsAnErrorNamingIt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tolk-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("odd.txt").path
        try Data("one two three\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: LexiconError.unknownFormat(path: path)) {
            try LexiconImportPipeline.run(LexiconImportRequest(input: .files([path], format: nil), pair: pair))
        }
    }
}

@Suite struct LexiconStatisticsTests {
    @Test func everyLoadIsTimedAndTheUserFilesCount() throws {
        let pair = LanguagePair(.danish, .english)
        let shipped = try BilingualLexicon.shipped(pair)
        let statistics = try LexiconStatistics.measure(pair, adding: [fixture("user.tsv").path], repetitions: 3)
        #expect(statistics.loadTimes.count == 3)
        #expect(statistics.loadTimes == statistics.loadTimes.sorted())
        #expect(statistics.loadTimes.allSatisfy { $0 >= 0 })
        let userEntries = try LexiconTSV.read(contentsOf: fixture("user.tsv")).count
        #expect(statistics.lexicon.count == shipped.count + userEntries)
        #expect(statistics.lexicon.countsByOrigin.reduce(0) { $0 + $1.count } == statistics.lexicon.count)
    }

    @Test func aMissingUserFileIsAnError() {
        #expect(throws: LexiconError.self) {
            try LexiconStatistics.measure(LanguagePair(.danish, .english), adding: ["/nonexistent/user.tsv"])
        }
    }
}
