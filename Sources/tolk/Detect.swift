import ArgumentParser
import Foundation
import TolkFormats
import TolkLanguage
import TolkText

/// `tolk detect`: the language of a text, of each sentence, of each line, or its language spans.
struct Detect: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Tell which language a text (or each sentence, span or line of it) is written in.",
        discussion: """
            Ranges are UTF-8 byte offsets into the decoded NFC text (as `tolk segment` reports them). \
            Output (text): whole input: CODE; --sentences and --spans: CODE<TAB>START<TAB>END per sentence or span\
            ; --lines: exactly one line per input line, CODE or `und`. \
            --confidence appends <TAB>CONFIDENCE. JSON: one object (whole input), an array (--sentences, --spans), \
            or one object per line (--lines). `und` (JSON null) means too little evidence.
            Unknown codes in --languages are a usage error (exit 64) that lists the supported codes.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "A file to read, or - for standard input.")
    var input: String = "-"

    @Option(help: "Comma-separated candidate languages (ISO 639-1), such as da,nb,nn,sv,en. Default: all supported.")
    var languages: String?

    @Option(help: "text or json.")
    var format: Format = .text

    @Flag(help: "One result per sentence, with its byte range.")
    var sentences = false

    @Flag(help: "Language spans: neighbouring sentences in the same language merged, with byte ranges.")
    var spans = false

    @Flag(help: "Classify every input line on its own; prints exactly one line per input line.")
    var lines = false

    @OptionGroup var reading: EncodingOptions

    @Flag(help: "Append the confidence (0-1) of the answer.")
    var confidence = false

    @Option(help: "Answer `und` unless the best confidence beats the second by at least this much (0-0.99).")
    var minimumDistance: Double = 0

    func validate() throws {
        if [sentences, spans, lines].filter({ $0 }).count > 1 {
            throw ValidationError("--sentences, --spans and --lines exclude each other")
        }
        if !(0...0.99).contains(minimumDistance) {
            throw ValidationError("--minimum-distance must be between 0 and 0.99")
        }
    }

    func run() throws {
        var request = DetectionRequest(input: input)
        request.encoding = reading.encoding
        request.unit = lines ? .lines : sentences ? .sentences : spans ? .spans : .whole
        request.options = try options()
        do {
            let result = try DetectPipeline.run(request)
            let text = DetectionWriter.text(result, json: format == .json, withConfidence: confidence)
            try Frontend.write(Data(text.utf8), to: nil)
        } catch let error as LanguageError where error.isUsageError {
            throw ValidationError(error.errorDescription)
        } catch {
            throw Frontend.fail(error)
        }
    }

    private func options() throws -> LanguageDetectorOptions {
        var options = LanguageDetectorOptions().withMinimumRelativeDistance(minimumDistance)
        if let languages {
            let codes = languages.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
            var parsed: [LanguageCode] = []
            var invalid: [String] = []
            for code in codes {
                if let language = LanguageCode(rawValue: code) { parsed.append(language) } else { invalid.append(code) }
            }
            if !invalid.isEmpty {
                let supported = try LanguageDetector().supportedLanguages.map(\.rawValue)
                throw ValidationError("unsupported language code\(invalid.count == 1 ? "" : "s") "
                    + "\(invalid.joined(separator: ", ")); supported: \(supported.joined(separator: ","))")
            }
            options = options.restricted(to: parsed)
        }
        return options
    }
}

extension LanguageError {
    /// Whether the error is about the candidate languages asked for (a usage error, exit status 64).
    fileprivate var isUsageError: Bool {
        switch self {
        case .unsupportedLanguages, .noCandidates: true
        default: false
        }
    }
}
