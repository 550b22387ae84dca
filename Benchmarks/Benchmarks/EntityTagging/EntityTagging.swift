import Benchmark
import Foundation
import TolkEntities
import TolkText

// Entity recognition (issue 14): loading a tagger model, and tagging on one thread. The text is the 300 Danish
// FLORES sentences of Tests/TolkGlossaryTests/Fixtures, repeated 10 times as one document (62,440 words, about
// 74,000 tokens with punctuation); tokens per second = tokens / time of one iteration. Recognition here is the
// whole of EntityRecognizer.mentions(in:): ICU word scanning, features, Viterbi, demonyms, keys.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .cpuUser, .peakMemoryResident],
                                           timeUnits: .milliseconds, maxDuration: .seconds(30), maxIterations: 20)

    Benchmark("load the Danish tagger model (lexicons/entities/tagger-da.bin)") { benchmark in
        let url = try DataDirectory.file("entities/tagger-da.bin")
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(try EntityTaggerModel.load(url).featureCount)
        }
    }

    Benchmark("recognise entities in 62,440 Danish words (about 74,000 tokens), one thread") { benchmark in
        let gazetteer = try Gazetteer.shipped(languages: [.danish])
        let recognizer = try EntityRecognizer(language: .danish, gazetteer: gazetteer)
        let text = Corpus.danish(times: 10)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(recognizer.mentions(in: text).count)
        }
    }
}

enum Corpus {
    /// The Danish FLORES fixture repeated `times` times.
    static func danish(times: Int) -> String {
        let clone = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let url = clone.appendingPathComponent("Tests/TolkGlossaryTests/Fixtures/flores-devtest-300.da.txt")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return String(repeating: text, count: times)
    }
}
