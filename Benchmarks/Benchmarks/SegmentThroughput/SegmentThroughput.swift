import Benchmark
import Foundation
import TolkText

let benchmarks: @Sendable () -> Void = {
    guard let corpus = BenchmarkCorpus.file(megabytes: 50) else { return }
    let megabytes = Double(corpus.bytes) / 1_000_000
    // MB per second of this process's CPU time (user + system): on a shared machine, wall-clock rates mostly
    // measure the other processes.
    let throughput = BenchmarkMetric.custom("throughput (MB per CPU-second)", polarity: .prefersLarger,
                                            useScalingFactor: false)
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuUser, .peakMemoryResident, .mallocCountTotal, throughput],
        timeUnits: .milliseconds, maxDuration: .seconds(120), maxIterations: 3)

    // What `tolk segment --format json` asks of the library: decode + NFC (streamed), sentences, tokens.
    /// Runs `count` over the whole corpus once per iteration and records its throughput.
    func measure(_ benchmark: Benchmark, _ count: (TextStream) throws -> Int) throws {
        for _ in benchmark.scaledIterations {
            let start = clock()
            blackHole(try count(try TextInput.open(path: corpus.path)))
            benchmark.measurement(throughput, Int(megabytes / seconds(since: start)))
        }
    }

    // What `tolk segment --format json` asks of the library: decode + NFC (streamed), sentences, tokens.
    Benchmark("normalize+segment+tokens, \(corpus.name)") { benchmark in
        let segmenter = try Segmenter(language: .danish)
        try measure(benchmark) { stream in
            var tokens = 0
            try segmenter.segment(stream) { document in
                for sentence in document.sentences { tokens += segmenter.tokens(in: sentence.text).count }
            }
            return tokens
        }
    }

    // What `tolk segment` (text) asks of it: decode + NFC (streamed) and sentences.
    Benchmark("normalize+segment, \(corpus.name)") { benchmark in
        let segmenter = try Segmenter(language: .danish)
        try measure(benchmark) { stream in
            var sentences = 0
            try segmenter.segment(stream) { document in sentences += document.sentences.count }
            return sentences
        }
    }
}

/// CPU seconds this process used since `start` (a `clock()` reading).
func seconds(since start: clock_t) -> Double {
    max(Double(clock() - start) / Double(CLOCKS_PER_SEC), 1e-6)
}

/// The benchmark input: NTREX-128's Danish and English news text (from ../shared/data) repeated to the size asked,
/// written once to the temporary folder. Without the data there is nothing to measure, and no benchmark runs.
enum BenchmarkCorpus {
    struct Corpus {
        let path: String
        let bytes: Int
        var name: String { "NTREX da+en \(bytes / 1_000_000) MB" }
    }

    static func file(megabytes: Int) -> Corpus? {
        let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("shared/data/ntrex128-news/NTREX-128")
        let sources = ["newstest2019-ref.dan.txt", "newstest2019-ref.eng-US.txt"].map { data.appendingPathComponent($0) }
        guard let parts = try? sources.map({ try Data(contentsOf: $0) }) else {
            FileHandle.standardError.write(Data("no NTREX data under \(data.path): nothing to benchmark\n".utf8))
            return nil
        }
        let target = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("tolk-ntrex-\(megabytes)mb.txt")
        if let size = (try? FileManager.default.attributesOfItem(atPath: target.path))?[.size] as? Int,
           size >= megabytes * 1_000_000 {
            return Corpus(path: target.path, bytes: size)
        }
        var block = Data()
        for part in parts { block.append(part) }
        var corpus = Data()
        while corpus.count < megabytes * 1_000_000 { corpus.append(block) }
        guard (try? corpus.write(to: target)) != nil else { return nil }
        return Corpus(path: target.path, bytes: corpus.count)
    }
}
