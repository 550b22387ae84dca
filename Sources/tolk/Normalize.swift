import ArgumentParser
import Foundation
import TolkText

/// `tolk normalize`: prints the input in a normalization form.
struct Normalize: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print text in NFC, the matching form, or the name-folding form."
    )

    enum FormOption: String, ExpressibleByArgument, CaseIterable {
        case nfc, match, fold
    }

    @Argument(help: "A file to read, or - for standard input.")
    var input: String = "-"

    @Option(help: "nfc: composed, for display; match: NFKC_Casefold with unified punctuation; fold: ASCII name folding.")
    var form: FormOption = .nfc

    func run() throws {
        do {
            let data = input == "-" ? FileHandle.standardInput.readDataToEndOfFile()
                : try Data(contentsOf: URL(fileURLWithPath: input))
            let text = String(decoding: data, as: UTF8.self)
            let normalizer = try Normalizer(form == .nfc ? .nfc : .nfkcCasefold)
            var output = normalizer.normalize(text)
            if form == .fold { output = try Transliterator(id: "Any-Latin; Latin-ASCII").transliterate(output) }
            try Frontend.write(Data(output.utf8), to: nil)
        } catch {
            throw Frontend.fail(error)
        }
    }
}
