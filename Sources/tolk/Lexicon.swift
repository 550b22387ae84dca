import ArgumentParser
import Foundation
import TolkLanguage
import TolkLexicon
import TolkText

/// `tolk lexicon`: the bilingual lexicon and the morphology behind it.
struct Lexicon: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Look up, stem, import and learn Danish-English lexicon entries.",
        subcommands: [LexiconLookup.self, LexiconStem.self, LexiconStats.self, LexiconImport.self, LexiconLearn.self]
    )
}

/// A language option value (`--source da`): a real ISO 639 code as ``LanguagePolicy/language(option:)`` reads it
/// (`dan` as `da`), so that a typo such as `--source dk` or `--source zz` is a usage error (exit status 64), not a
/// missing lexicon.
extension LanguageCode: ExpressibleByArgument {
    public init?(argument: String) {
        guard let code = LanguagePolicy.language(option: argument) else { return nil }
        self = code
    }
}

/// Options shared by the lexicon subcommands that read the lexicon.
struct LexiconFileOptions: ParsableArguments {
    @Option(name: .customLong("lexicon"), help: "A lexicon TSV file to add over the shipped one (repeatable).")
    var userFiles: [String] = []

    /// The shipped lexicon for the pair, with the user's files over it.
    func load(_ first: LanguageCode, _ second: LanguageCode) throws -> BilingualLexicon {
        try BilingualLexicon.shipped(LanguagePair(first, second), adding: userFiles)
    }
}

extension Frontend {
    /// The words of the command line, or one word per line of standard input when the only word is "-"
    /// (or none is given). Standard input is decoded as every text input is (UTF-8, UTF-16 with a BOM, or a
    /// detected legacy encoding such as windows-1252).
    /// - Throws: ``TextError`` when standard input is unreadable, binary or not valid in its encoding.
    static func words(_ arguments: [String]) throws -> [String] {
        guard arguments.isEmpty || arguments == ["-"] else { return arguments }
        let text = try TextInput.read(path: "-").text
        return text.split(whereSeparator: \.isNewline).map {
            $0.trimmingCharacters(in: .whitespaces)
        }.filter { !$0.isEmpty }
    }
}
