import ArgumentParser
import Foundation
import TolkEntities
import TolkEvents
import TolkFormats
import TolkLanguage
import TolkText

/// `tolk entities`: lists the people, organisations and places of Danish or English documents
/// (`tolk entities list`, the default), or trains the entity tagger (`tolk entities train`).
struct Entities: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List entity mentions (person, organisation, place), or train the entity tagger.",
        subcommands: [EntitiesList.self, EntitiesTrain.self],
        defaultSubcommand: EntitiesList.self
    )
}

/// `tolk entities [list]`: lists the people, organisations and places of Danish or English documents.
struct EntitiesList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List entity mentions (person, organisation, place) with UTF-8 byte ranges.",
        discussion: """
            Output (tsv): file, start, end (UTF-8 byte offsets into the file; into its UTF-8 conversion when it is \
            in another encoding), kind, form (name | demonym), the mention as written, its linking key, and the \
            title or role written before a person's name (empty when none). Each file is one document. json: one \
            object per file, {file, language, language_source, mentions}; a mention carries "role" only when it \
            has one. Each file's language (--language, else its name's tag, else detected) is reported on \
            standard error.
            """
    )

    enum FormatOption: String, ExpressibleByArgument, CaseIterable { case tsv, json }

    @Argument(help: "Files to read, or - for standard input.")
    var inputs: [String] = ["-"]

    @Option(help: "The language of the documents (da, en). Default: each file's name tag (article.en.txt), else detected from its text, else da (with a note).")
    var language: String?

    @Option(help: "tsv: one mention per line; json: one object per file.")
    var format: FormatOption = .tsv

    @OptionGroup var reading: EncodingOptions

    func validate() throws {
        try Frontend.validateLanguage(language, option: "--language")
        try Frontend.validateStandardInput(inputs)
    }

    func run() throws {
        try Frontend.running {
            let documents = try EntitiesPipeline.run(files: inputs, encoding: reading.encoding,
                                                     language: language.flatMap(LanguagePolicy.language(option:)),
                                                     report: StandardStreams.writeError)
            let text = format == .tsv ? EntitiesWriter.tsv(documents) : try EntitiesWriter.json(documents)
            try Frontend.write(Data(text.utf8), to: nil)
        }
    }
}
