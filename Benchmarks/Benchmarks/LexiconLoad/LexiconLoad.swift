import Benchmark
import Foundation
import TolkLexicon
import TolkText

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuUser, .peakMemoryResident, .mallocCountTotal],
        timeUnits: .milliseconds, maxDuration: .seconds(60), maxIterations: 20)
    let pair = LanguagePair(.danish, .english)

    // What every `tolk lexicon`, `tolk align` and `tolk match` run pays first: read all of lexicons/da-en.
    Benchmark("load shipped da-en lexicon (all files, both indexes)") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try BilingualLexicon.shipped(pair).count)
        }
    }

    // Lookups with morphology: every word of the Danish seed article, Danish to English.
    Benchmark("lookup every word of the Danish sample, da->en") { benchmark in
        let lexicon = try BilingualLexicon.shipped(pair)
        let words = SampleWords.danish()
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            var found = 0
            for word in words { found += lexicon.translations(of: word, from: .danish, to: .english).count }
            blackHole(found)
        }
    }
}

/// The words of samples/2019-07-assange-embassy-russians.da.txt (letters and inner hyphens).
enum SampleWords {
    static func danish() -> [String] {
        let clone = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let url = clone.appendingPathComponent("samples/2019-07-assange-embassy-russians.da.txt")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.split { !($0.isLetter || $0 == "-") }.map(String.init).filter { $0.contains(where: \.isLetter) }
    }
}
