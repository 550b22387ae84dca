import ArgumentParser
import Foundation
import TolkLexicon
import TolkText

/// `tolk lexicon learn`: induces lexicon entries from line-aligned parallel text.
struct LexiconLearn: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "learn",
        abstract: "Learn a lexicon TSV from line-aligned parallel text (IBM Model 1, both directions).",
        discussion: "SOURCE and TARGET are UTF-8 files with one sentence per line, line i translating line i."
    )

    @Argument(help: "Source-language text, one sentence per line.")
    var sourceFile: String

    @Argument(help: "Target-language text, line by line the translation of SOURCE (either may be - for standard input).")
    var targetFile: String

    @Option(help: "EM rounds in each direction.")
    var iterations: Int = 5

    @Option(help: "Skip sentence pairs longer than this (words) on either side.")
    var maxLength: Int = 50

    @Option(help: "Ignore words in fewer sentence pairs than this.")
    var minCount: Int = 2

    @Option(help: "Keep pairs whose two-way score (geometric mean of both directions) reaches this.")
    var minScore: Double = 0.05

    @Option(help: "Keep at most this many translations per word, from each side.")
    var perWord: Int = 4

    @Option(help: "The origin written on every entry.")
    var origin: String = "europarl"

    @OptionGroup var writing: OutputOptions

    func validate() throws {
        guard iterations >= 1, maxLength >= 1, minCount >= 1, perWord >= 1 else {
            throw ValidationError("--iterations, --max-length, --min-count and --per-word must be positive")
        }
        guard (0...1).contains(minScore) else { throw ValidationError("--min-score must be in 0...1") }
        try Frontend.validateStandardInput([sourceFile, targetFile])
    }

    func run() throws {
        try Frontend.running {
            var options = InductionOptions()
            options.iterations = iterations
            options.maximumSentenceLength = maxLength
            options.minimumCount = minCount
            options.minimumScore = minScore
            options.translationsPerWord = perWord
            options.origin = origin
            let entries = try LexiconInducer(options: options).induce(sourcePath: sourceFile, targetPath: targetFile)
            try Frontend.write(Data(LexiconTSV.write(entries).utf8), to: writing.output)
        }
    }
}
