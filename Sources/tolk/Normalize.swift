import ArgumentParser
import Foundation
import TolkText

/// `tolk normalize`: prints the input in a normalization form.
struct Normalize: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print text in NFC, the matching form, or the name-folding form.",
        discussion: """
            nfc: canonical composition, for display. match: typographic quotes to ' and ", dashes to -, no-break \
            and thin spaces to spaces, soft hyphens removed, then NFKC_Casefold. fold: ICU's Any-Latin; \
            Latin-ASCII, lower-cased, for matching names across spellings. Reads in chunks: memory stays flat.
            """
    )

    @Argument(help: "A file to read, or - for standard input.")
    var input: String = "-"

    @Option(help: "nfc | match | fold.")
    var form: TextForm = .nfc

    @OptionGroup var reading: EncodingOptions

    func run() throws {
        try Frontend.running {
            let normalizer = try TextNormalizer()
            let stream = try TextInput.open(path: input, encoding: reading.encoding)
            let output = OutputBuffer()
            while let chunk = try stream.next() {
                output.write(try normalizer.normalize(chunk.text, form: form))
            }
            output.flush()
        }
    }
}

extension TextForm: ExpressibleByArgument {}
