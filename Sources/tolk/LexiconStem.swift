import ArgumentParser
import Foundation
import TolkLexicon
import TolkText

/// `tolk lexicon stem`: one Snowball stem per word.
struct LexiconStem: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stem",
        abstract: "Print the Snowball stem of each word, one per line."
    )

    @Option(help: "The language of the words: da or en.")
    var language: LanguageCode

    @Argument(help: "Words, or - (the default) to read one word per line from standard input.")
    var words: [String] = []

    func validate() throws {
        guard Stemmer(language: language).isSupported else {
            throw ValidationError("no stemmer for '\(language)'; use da or en")
        }
    }

    func run() throws {
        let stemmer = Stemmer(language: language)
        var output = ""
        try Frontend.running {
            for word in try Frontend.words(words) {
                output += stemmer.stem(word)
                output += "\n"
            }
            try Frontend.write(Data(output.utf8), to: nil)
        }
    }
}
