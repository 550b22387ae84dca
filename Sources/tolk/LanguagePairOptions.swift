import ArgumentParser
import TolkLanguage
import TolkText

/// `--source-language` and `--target-language`, shared by every command that reads two sides.
struct LanguagePairOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "Language of the source side. Default, per document: its JSONL record's language, else the file-name tag "
            + "(.da.txt, .dan.txt), else detected from its text, else da with a note. 'no' reads as nb.",
        valueName: "code"))
    var sourceLanguage: String?

    @Option(help: ArgumentHelp(
        "Language of the target side. Default as for the source (.en.txt), else en with a note.",
        valueName: "code"))
    var targetLanguage: String?

    /// The source option as ``LanguagePolicy/language(option:)`` reads it (`dan` as `da`), nil when not given.
    var source: LanguageCode? { sourceLanguage.flatMap(LanguagePolicy.language(option:)) }
    /// The target option as ``LanguagePolicy/language(option:)`` reads it, nil when not given.
    var target: LanguageCode? { targetLanguage.flatMap(LanguagePolicy.language(option:)) }

    func validate() throws {
        try Frontend.validateLanguage(sourceLanguage, option: "--source-language")
        try Frontend.validateLanguage(targetLanguage, option: "--target-language")
    }
}
