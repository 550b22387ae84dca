import ArgumentParser
import Foundation
import TolkFormats
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
        try Frontend.running {
            let statistics = try LexiconStatistics.measure(LanguagePair(source, target), adding: lexiconFiles.userFiles,
                                                           repetitions: repetitions)
            try Frontend.write(Data(LexiconStatisticsWriter.text(statistics).utf8), to: nil)
        }
    }
}
