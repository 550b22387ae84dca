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

    @OptionGroup var lexiconFiles: LexiconFileOptions

    func run() throws {
        do {
            let clock = ContinuousClock()
            let start = clock.now
            let lexicon = try lexiconFiles.load(source, target)
            let elapsed = clock.now - start
            let milliseconds = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1e3
            var output = "origin\tentries\n"
            for (origin, count) in lexicon.countsByOrigin { output += "\(origin)\t\(count)\n" }
            output += "total\t\(lexicon.count)\n"
            output += "headwords \(lexicon.pair.source)\t\(lexicon.headwordCount(in: lexicon.pair.source))\n"
            output += "headwords \(lexicon.pair.target)\t\(lexicon.headwordCount(in: lexicon.pair.target))\n"
            output += String(format: "load time\t%.1f ms\n", milliseconds)
            try Frontend.write(Data(output.utf8), to: nil)
        } catch {
            throw Frontend.fail(error)
        }
    }
}
