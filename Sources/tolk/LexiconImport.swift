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

    @Option(name: .shortAndLong, help: "Write the TSV here instead of standard output.")
    var output: String?

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
        do {
            let pair = LanguagePair(source, target)
            var entries: [LexiconEntry]
            switch format {
            case .cldr:
                entries = LocaleNameEntries.entries(for: pair)
            case .freedict:
                entries = try FreeDictReader.entries(
                    index: URL(fileURLWithPath: files[0]), dictionary: URL(fileURLWithPath: files[1]))
            default:
                entries = []
                for file in files {
                    entries += try LexiconImporter.entries(
                        path: file,
                        format: format.flatMap { LexiconImporter.Format(rawValue: $0.rawValue) }, pair: pair,
                        origin: origin ?? format?.rawValue ?? "import")
                }
            }
            if let origin {
                for index in entries.indices { entries[index].origin = origin }
            }
            try Frontend.write(Data(LexiconTSV.write(entries).utf8), to: output)
        } catch {
            throw Frontend.fail(error)
        }
    }
}
