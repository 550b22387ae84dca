import ArgumentParser
import Foundation
import TolkAlign
import TolkEvents
import TolkFormats
import TolkGlossary
import TolkLanguage
import TolkLexicon
import TolkText

/// `tolk glossary`: bilingual term pairs from a translation or from comparable coverage.
struct GlossaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossary",
        abstract: "Extract bilingual term pairs (words, compounds against phrases) from aligned text.",
        discussion: """
            Translations: SOURCES and TARGETS are a document and its translation (--presegmented: one sentence \
            per line), aligned sentence by sentence. --comparable: each side is a file, a directory or a JSONL \
            file as for `tolk match`; documents are paired and their matched statements are the aligned units. \
            Words are linked one-to-one inside each unit by competitive linking over log-likelihood ratios; \
            score is the pair's log-likelihood ratio (G²) over the units. tsv and csv columns: source, target, \
            count, score, category, known; json adds part_of_speech, lemmas and examples with document and \
            byte range; tbx is a TBX-Basic termbase. --merge adds to an existing glossary (tsv, csv or json): \
            counts add up, its other fields and extra columns are kept.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case tsv, csv, json, tbx
    }

    @OptionGroup var sides: SideArguments<Sides>
    @Flag(help: "The inputs hold one sentence per line, taken as given.")
    var presegmented = false
    @Flag(help: "The inputs are comparable coverage, not translations: pair documents and match statements.")
    var comparable = false
    @OptionGroup var lexicon: ExtraLexiconOptions
    @Option(help: ArgumentHelp("An existing glossary (tsv, csv or json) to add to.", valueName: "file"))
    var merge: String?
    @Option(help: "tsv | csv | json | tbx.")
    var format: Format = .tsv
    @OptionGroup var writing: OutputOptions
    @Option(help: "Fewest units a pair must be linked in.")
    var minimumCount = GlossaryOptions().minimumCount
    @Option(help: ArgumentHelp("Link each word's best N lexicon translations before association decides (0: association alone).",
                               valueName: "n"))
    var priorTranslations = GlossaryOptions().priorTranslationsPerWord
    @Flag(help: "Also list pairs of function words (og / and).")
    var functionWords = false
    @Flag(help: "Also list names written the same in both languages (Trump / Trump).")
    var identicalNames = false
    @Flag(help: "Show words as most often linked (atleter / athletes), not as a dictionary lists them (atlet / athlete).")
    var linkedForms = false

    @OptionGroup var languages: LanguagePairOptions
    @OptionGroup var reading: EncodingOptions

    func validate() throws {
        if presegmented && comparable {
            throw ValidationError("--presegmented is for translations; --comparable reads whole documents")
        }
        if minimumCount < 1 { throw ValidationError("--minimum-count must be at least 1") }
        if priorTranslations < 0 { throw ValidationError("--prior-translations must not be negative") }
    }

    func run() throws {
        try Frontend.running {
            let run = try GlossaryPipeline.run(request, existing: merge.map { path in
                { try GlossaryReader.read(path: path, sourceLanguage: $0, targetLanguage: $1) }
            }, report: StandardStreams.writeError)
            try write(run)
        }
    }

    /// Reports what `--merge` added, then hands the glossary to the writer of `--format`.
    private func write(_ run: GlossaryRun) throws {
        if let merge { GlossaryMergeNotes.lines(run, mergedInto: merge).forEach(Frontend.warn) }
        let text = switch format {
        case .tsv: GlossaryWriter.tsv(run.glossary)
        case .csv: GlossaryWriter.csv(run.glossary)
        case .json: GlossaryWriter.json(run.glossary)
        case .tbx: TBXWriter(toolVersion: Tolk.version, sourceDescription: "\(sides.source) / \(sides.target)").document(run.glossary)
        }
        try Frontend.write(Data(text.utf8), to: writing.output)
        if let reason = run.emptyReason { StandardStreams.writeError("tolk glossary: \(reason)\n") }
    }

    /// The pipeline's request from the options.
    private var request: GlossaryRequest {
        var request = GlossaryRequest(sources: sides.source, targets: sides.target)
        request.comparable = comparable
        request.presegmented = presegmented
        request.encoding = reading.encoding
        request.sourceLanguage = languages.source
        request.targetLanguage = languages.target
        request.extraLexicon = lexicon.lexicon
        request.options.minimumCount = minimumCount
        request.options.includesFunctionWords = functionWords
        request.options.includesIdenticalNames = identicalNames
        request.options.showsLemmas = !linkedForms
        request.options.priorTranslationsPerWord = priorTranslations
        return request
    }
}

extension GlossaryCommand {
    /// The sides of `glossary`: a document and its translation, or (`--comparable`) comparable coverage.
    enum Sides: SideHelp {
        static let source = ArgumentHelp("Source document (or, with --comparable, a file, directory or .jsonl file).",
                                         valueName: "sources")
        static let target = ArgumentHelp("Target document (or, with --comparable, a file, directory or .jsonl file).",
                                         valueName: "targets")
    }
}
