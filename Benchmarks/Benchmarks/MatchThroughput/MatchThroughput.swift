import Benchmark
import Foundation
import TolkAlign
import TolkMatch
import TolkText

// Document pairing and statement matching (`tolk match` without the entity analysis) on collections of N Danish x
// N English documents made by scripts/make-match-bench.py (NTREX-128 stories, then Europarl runs, sampled as
// comparable_eval.py does), N = 100, 300 and 1,000: the time per document shows whether growth is near-linear.
// The collections are read from $TOLK_MATCH_BENCH (default ${TMPDIR:-/tmp}), folders tolk-match-bench-N, which
// scripts/bench-match.sh writes; without them (they need ../shared/data) nothing is measured.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .cpuTotal, .peakMemoryResident],
                                           timeUnits: .milliseconds, maxDuration: .seconds(60), maxIterations: 3)
    // The lexicon is loaded once, outside the measurement (LexiconLoad times it).
    var options = MatchOptions()
    options.lexicon = try? TranslationLexicon.shipped(source: .danish, target: .english)
    guard options.lexicon != nil, let matcher = try? ComparableMatcher(options: options) else {
        FileHandle.standardError.write(Data("MatchThroughput: the shipped da-en lexicon did not load\n".utf8))
        return
    }
    for size in [100, 300, 1_000] {
        guard let collection = MatchCollection.load(size: size) else { continue }
        Benchmark("match \(collection.source.count) x \(collection.target.count) documents (N = \(size))") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(matcher.match(source: collection.source, target: collection.target).pairs.count)
            }
        }
    }
}

/// One collection of make-match-bench.py, read and segmented before the measurement.
enum MatchCollection {
    static func load(size: Int) -> (source: [ComparableDocument], target: [ComparableDocument])? {
        let environment = ProcessInfo.processInfo.environment
        let base = environment["TOLK_MATCH_BENCH"] ?? environment["TMPDIR"] ?? "/tmp"
        let folder = URL(fileURLWithPath: base).appendingPathComponent("tolk-match-bench-\(size)")
        func documents(_ side: String, _ language: LanguageCode) -> [ComparableDocument]? {
            let directory = folder.appendingPathComponent(side)
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path),
                  let segmenter = try? Segmenter(language: language) else { return nil }
            return names.sorted().compactMap { name in
                let path = directory.appendingPathComponent(name).path
                guard let text = try? TextInput.read(path: path).text else { return nil }
                return ComparableDocument(id: name, text: text, language: language,
                                          sentences: segmenter.segment(text).sentences)
            }
        }
        guard let source = documents("da", .danish), let target = documents("en", .english),
              !source.isEmpty, !target.isEmpty else {
            FileHandle.standardError.write(Data("""
                MatchThroughput: no collection at \(folder.path), N = \(size) not measured \
                (make it with: python3 scripts/make-match-bench.py \(folder.path) \(size), which reads ../shared/data)\n
                """.utf8))
            return nil
        }
        return (source, target)
    }
}
