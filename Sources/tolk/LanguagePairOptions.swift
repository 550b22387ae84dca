import ArgumentParser
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

    /// The source option as a code in its two-letter form, nil when not given.
    var source: LanguageCode? { sourceLanguage.flatMap(LanguageCode.init(rawValue:))?.twoLetterForm }
    /// The target option as a code in its two-letter form, nil when not given.
    var target: LanguageCode? { targetLanguage.flatMap(LanguageCode.init(rawValue:))?.twoLetterForm }

    /// The source option as written (a three-letter code kept), nil when not given: what `compare` and
    /// `glossary` pass on.
    var givenSource: LanguageCode? { sourceLanguage.flatMap(LanguageCode.init(rawValue:)) }
    /// The target option as written (a three-letter code kept), nil when not given.
    var givenTarget: LanguageCode? { targetLanguage.flatMap(LanguageCode.init(rawValue:)) }

    func validate() throws {
        try Frontend.validateLanguage(sourceLanguage, option: "--source-language")
        try Frontend.validateLanguage(targetLanguage, option: "--target-language")
    }
}
