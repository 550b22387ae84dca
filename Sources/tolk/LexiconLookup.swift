import ArgumentParser
import Foundation
import TolkFormats
import TolkLexicon
import TolkText

/// `tolk lexicon lookup`: translations of each word, best first.
struct LexiconLookup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup",
        abstract: "Print each word, a tab, then its translations best first, tab-separated (nothing when unknown).",
        discussion: "Inflected forms reach their lemma's translations (russiske -> russisk -> Russian)."
    )

    @Option(help: "The language of the words (da or en).")
    var source: LanguageCode

    @Option(help: "The language of the translations (en or da).")
    var target: LanguageCode

    @Option(help: "Print at most this many translations per word.")
    var limit: Int = 5

    @OptionGroup var lexiconFiles: LexiconFileOptions

    @Argument(help: "Words, or - (the default) to read one word per line from standard input.")
    var words: [String] = []

    func validate() throws {
        guard source != target else { throw ValidationError("--source and --target must differ") }
        guard limit > 0 else { throw ValidationError("--limit must be positive") }
    }

    func run() throws {
        try Frontend.running {
            let lexicon = try lexiconFiles.load(source, target)
            let output = LexiconLookupWriter.text(try Frontend.words(words), in: lexicon, from: source, to: target,
                                                  limit: limit)
            try Frontend.write(Data(output.utf8), to: nil)
        }
    }
}
