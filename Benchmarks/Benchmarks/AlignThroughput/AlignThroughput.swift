import Benchmark
import Foundation
import TolkAlign

// Sentence alignment of one long document pair: NTREX-128's Danish and English news (from ../shared/data),
// every document concatenated and repeated 10x (19,970 sentences a side), as `tolk align --presegmented` does it.
let benchmarks: @Sendable () -> Void = {
    guard let corpus = AlignCorpus.load(copies: 10) else { return }
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .cpuTotal, .peakMemoryResident],
                                           timeUnits: .milliseconds, maxDuration: .seconds(60), maxIterations: 5)

    Benchmark("align \(corpus.source.count) sentence pairs, no lexicon") { benchmark in
        let aligner = try SentenceAligner()
        for _ in benchmark.scaledIterations {
            blackHole(aligner.align(source: corpus.source, target: corpus.target).count)
        }
    }

    Benchmark("align \(corpus.source.count) sentence pairs, shipped lexicon") { benchmark in
        var options = AlignmentOptions()
        options.lexicon = try TranslationLexicon.shipped(source: "da", target: "en")
        let aligner = try SentenceAligner(options: options)
        for _ in benchmark.scaledIterations {
            blackHole(aligner.align(source: corpus.source, target: corpus.target).count)
        }
    }
}

/// NTREX-128 Danish and English, line by line, repeated. Without ../shared/data nothing is measured.
enum AlignCorpus {
    static func load(copies: Int) -> (source: [String], target: [String])? {
        let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("shared/data/ntrex128-news/NTREX-128")
        func lines(_ name: String) -> [String]? {
            guard let text = try? String(contentsOf: data.appendingPathComponent(name), encoding: .utf8) else { return nil }
            return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.isEmpty }
        }
        guard let source = lines("newstest2019-ref.dan.txt"), let target = lines("newstest2019-src.eng.txt") else {
            FileHandle.standardError.write(Data("no NTREX data under \(data.path): nothing to benchmark\n".utf8))
            return nil
        }
        return (Array(repeating: source, count: copies).flatMap { $0 }, Array(repeating: target, count: copies).flatMap { $0 })
    }
}
