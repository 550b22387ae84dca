import Foundation
import TolkText

/// The few numbers that turn model values into decisions, read from `lexicons/language/parameters.tsv` (written
/// by `scripts/tune-language-models.py` from held-out text, never from the evaluation data).
struct DetectorParameters: Sendable, Equatable {
    /// Weight of each character n-gram's value in a language's score.
    var ngramWeight = 0.2
    /// Weight of each whole word's value.
    var wordWeight = 1.0
    /// Softmax temperature that turns score differences into calibrated confidences.
    var temperature = 1.0

    /// Reads `name<TAB>value<TAB>provenance` lines (header first; unknown names are errors).
    /// - Complexity: O(size of the file).
    init(contentsOf url: URL) throws(LanguageError) {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw LanguageError.data(.unreadable(path: url.path, reason: error.localizedDescription))
        }
        for (index, line) in text.lineParts().enumerated()
        where index > 0 && !line.isEmpty {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 2, let value = Double(fields[1]), value.isFinite, value > 0 else {
                throw LanguageError.data(.malformedLine(path: url.path, line: index + 1,
                                                        reason: "expected name<TAB>positive number<TAB>provenance"))
            }
            switch fields[0] {
            case "ngram_weight": ngramWeight = value
            case "word_weight": wordWeight = value
            case "temperature": temperature = value
            default:
                throw LanguageError.data(.malformedLine(path: url.path, line: index + 1,
                                                        reason: "unknown parameter '\(fields[0])'"))
            }
        }
    }
}
