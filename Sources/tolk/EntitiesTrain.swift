import ArgumentParser
import Foundation
import TolkEntities
import TolkEvents
import TolkFormats
import TolkLanguage
import TolkText

/// `tolk entities train`: trains the entity tagger of one language on Universal NER IOB2 files and writes
/// the model file that `lexicons/entities/` ships.
struct EntitiesTrain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train the entity tagger of a language on IOB2 files (PER, ORG, LOC).",
        discussion: """
            The number of passes is chosen on --development, then the model is trained on both files. \\
            Prints the development F1 of each pass; writes the model to --output (atomically).
            """
    )

    @Option(help: "The language (da, en).")
    var language: String

    @Option(help: "A training file (IOB2); repeat to train on several together.")
    var training: [String]

    @Option(help: "The development file (IOB2), for choosing the number of passes.")
    var development: String

    @Option(help: "The model file to write.")
    var output: String

    @Option(help: "The most passes to try.")
    var passes: Int = 15

    @Option(help: "How many perceptrons to train in different sentence orders and average (1: one).")
    var members: Int = 1

    @Flag(help: "Keep the model trained on --training alone (to tune other settings on the development file).")
    var keepDevelopmentOut = false

    func validate() throws {
        try Frontend.validateLanguage(language, option: "--language")
        guard !training.isEmpty else { throw ValidationError("give at least one --training file") }
        guard passes >= 1 else { throw ValidationError("--passes must be at least 1") }
        guard (1...16).contains(members) else { throw ValidationError("--members must be between 1 and 16") }
    }

    func run() throws {
        try Frontend.running {
            let code = LanguagePolicy.language(option: language) ?? .danish
            let gazetteer = try Gazetteer.shipped(languages: [code], taggers: false)
            let trainer = EntityTaggerTrainer(language: code, gazetteer: gazetteer, maximumPasses: passes,
                                              members: members)
            let result = try trainer.train(training: training.map { URL(fileURLWithPath: $0) },
                                           development: URL(fileURLWithPath: development),
                                           finalOnBoth: !keepDevelopmentOut)
            try result.model.serialized().write(to: URL(fileURLWithPath: output), options: .atomic)
            try Frontend.write(Data(EntityTaggerReportWriter.text(result.report).utf8), to: nil)
        }
    }
}
