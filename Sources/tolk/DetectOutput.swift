import Foundation
import TolkLanguage
import TolkText

/// Formats `tolk detect` results as text or JSON. Nothing from the input text is echoed, only codes and numbers.
struct DetectPrinter {
    let json: Bool
    let withConfidence: Bool

    /// The whole input's answer, with the ranked candidates in JSON.
    func whole(_ ranked: [(language: LanguageCode, confidence: Double)], detector: LanguageDetector) -> String {
        let best = ranked.first
        let second = ranked.count > 1 ? ranked[1].confidence : 0
        let answer = best.flatMap { $0.confidence - second >= detector.options.minimumRelativeDistance ? $0 : nil }
        if json {
            let candidates = ranked.map { "{\"language\":\"\($0.language)\",\"confidence\":\(number($0.confidence))}" }
            return "{\"language\":\(code(answer?.language)),\"confidence\":\(number(answer?.confidence ?? 0)),"
                + "\"candidates\":[\(candidates.joined(separator: ","))]}\n"
        }
        return line(answer?.language, answer?.confidence ?? 0) + "\n"
    }

    /// One line (text) or one array element (JSON) per span.
    func spans(_ spans: [LanguageSpan]) -> String {
        if json {
            let items = spans.map { span in
                "{\"language\":\(code(span.language)),\"start\":\(span.range.lowerBound),"
                    + "\"end\":\(span.range.upperBound),\"confidence\":\(number(span.confidence))}"
            }
            return "[" + items.joined(separator: ",\n") + "]\n"
        }
        return spans.map { span in
            var text = "\(span.language?.rawValue ?? "und")\t\(span.range.lowerBound)\t\(span.range.upperBound)"
            if withConfidence { text += "\t" + number(span.confidence) }
            return text + "\n"
        }.joined()
    }

    /// Exactly one output line per input line (see ``LineRanges``: a final line without a line end counts; LF,
    /// CR LF and a lone CR end a line).
    /// - Complexity: O(n) in the input size; no string is built per input line.
    func lines(_ bytes: [UInt8], detector: LanguageDetector) -> String {
        var output = ""
        output.reserveCapacity(bytes.count / 4 + 16)
        bytes.withUnsafeBufferPointer { buffer in
            for range in LineRanges.of(buffer) {
                let ranked = detector.confidences(utf8: UnsafeBufferPointer(rebasing: buffer[range]))
                let best = ranked.first
                let second = ranked.count > 1 ? ranked[1].confidence : 0
                let sure = best.map { $0.confidence - second >= detector.options.minimumRelativeDistance } ?? false
                let language = sure ? best?.language : nil
                let confidence = sure ? best?.confidence ?? 0 : 0
                if json {
                    output += "{\"language\":\(code(language)),\"confidence\":\(number(confidence))}\n"
                } else {
                    output += line(language, confidence) + "\n"
                }
            }
        }
        return output
    }

    private func line(_ language: LanguageCode?, _ confidence: Double) -> String {
        let text = language?.rawValue ?? "und"
        return withConfidence ? text + "\t" + number(confidence) : text
    }

    private func code(_ language: LanguageCode?) -> String {
        language.map { "\"\($0.rawValue)\"" } ?? "null"
    }

    private func number(_ value: Double) -> String {
        String(format: "%.4f", value)
    }
}
