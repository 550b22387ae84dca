import ArgumentParser
import Foundation
import TolkLexicon
import TolkText

/// `tolk lexicon stats`: the size of the lexicon by origin, and its load time.
struct LexiconStats: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Print the number of entries and headwords by origin, and the time the load took."
    )

    @Option(help: "The first language of the pair.")
    var source: LanguageCode = .danish

    @Option(help: "The second language of the pair.")
    var target: LanguageCode = .english

    @Option(name: .customLong("repeat"), help: "Load the lexicon this many times and report the fastest and the median load.")
    var repetitions: Int = 1

    @OptionGroup var lexiconFiles: LexiconFileOptions

    func validate() throws {
        guard (1...100).contains(repetitions) else { throw ValidationError("--repeat must be in 1...100") }
    }

    func run() throws {
        do {
            let clock = ContinuousClock()
            var times: [Double] = []
            var loaded: BilingualLexicon?
            for _ in 0..<repetitions {
                let start = clock.now
                loaded = try lexiconFiles.load(source, target)
                let elapsed = clock.now - start
                times.append(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1e3)
            }
            guard let lexicon = loaded else { return }
            times.sort()
            var output = "origin\tentries\n"
            for (origin, count) in lexicon.countsByOrigin { output += "\(origin)\t\(count)\n" }
            output += "total\t\(lexicon.count)\n"
            output += "headwords \(lexicon.pair.source)\t\(lexicon.headwordCount(in: lexicon.pair.source))\n"
            output += "headwords \(lexicon.pair.target)\t\(lexicon.headwordCount(in: lexicon.pair.target))\n"
            if times.count == 1 {
                output += String(format: "load time\t%.1f ms\n", times[0])
            } else {
                output += String(
                    format: "load time\tfastest %.1f ms, median %.1f ms of %d\n", times[0], times[times.count / 2],
                    times.count)
            }
            try Frontend.write(Data(output.utf8), to: nil)
        } catch {
            throw Frontend.fail(error)
        }
    }
}
