import ArgumentParser
import Foundation
import TolkLexicon
import TolkText

/// `tolk lexicon import`: converts dictionaries to Tolk's lexicon TSV.
struct LexiconImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Convert a dictionary (hunalign, pair list, TSV, TBX, FreeDict, or CLDR names) to lexicon TSV.",
        discussion: """
            Formats: hunalign (`target @ source` lines), pairs (`source target` lines, tab or space), tsv, tbx, \
            freedict (two files: the dictd .index and the uncompressed .dict), cldr (no file: country, language, \
            month and weekday names from the system ICU). The output is sorted and in NFC.
            """
    )

    enum FormatOption: String, ExpressibleByArgument, CaseIterable {
        case hunalign, pairs, tsv, tbx, freedict, cldr
    }

    @Option(help: "The input format; guessed from the file when omitted (not for freedict or cldr).")
    var format: FormatOption?

    @Option(help: "The language of the source side.")
    var source: LanguageCode = .danish

    @Option(help: "The language of the target side.")
    var target: LanguageCode = .english

    @Option(help: "The origin written on every entry (default: the format's name).")
    var origin: String?

    @OptionGroup var writing: OutputOptions

    @Argument(help: "The dictionary file(s); - reads standard input.")
    var files: [String] = []

    func validate() throws {
        switch format {
        case .cldr: guard files.isEmpty else { throw ValidationError("cldr reads no file") }
        case .freedict: guard files.count == 2 else { throw ValidationError("freedict needs INDEX and DICT files") }
        default:
            guard !files.isEmpty else { throw ValidationError("give at least one dictionary file") }
            try Frontend.validateStandardInput(files)
        }
    }

    func run() throws {
        try Frontend.running {
            let entries = try LexiconImportPipeline.run(request)
            try Frontend.write(Data(LexiconTSV.write(entries).utf8), to: writing.output)
        }
    }

    /// The pipeline's request from the options.
    private var request: LexiconImportRequest {
        let input: LexiconImportRequest.Input = switch format {
        case .cldr: .localeNames
        case .freedict: .freeDict(index: files[0], dictionary: files[1])
        default: .files(files, format: format.flatMap { LexiconImporter.Format(rawValue: $0.rawValue) })
        }
        var request = LexiconImportRequest(input: input, pair: LanguagePair(source, target))
        request.origin = origin
        return request
    }
}
