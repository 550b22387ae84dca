import Foundation
import TolkLanguage
import TolkText

/// Writes `tolk detect` results as text or JSON. Nothing from the input text is echoed, only codes and numbers.
///
/// Text: `CODE` for the whole input, `CODE<TAB>START<TAB>END` per sentence or span, one `CODE` per line (`und`
/// when unsure), each with `<TAB>CONFIDENCE` when asked. JSON: one object (whole input, with the ranked
/// candidates), an array (sentences, spans), or one object per line.
public struct DetectionWriter {
    /// Write JSON rather than text.
    let json: Bool
    /// Append the confidence to each text line.
    let withConfidence: Bool

    /// The whole output for `result`: JSON (`json`) or text (with confidences when `withConfidence`).
    public static func text(_ result: DetectionResult, json: Bool, withConfidence: Bool) -> String {
        let writer = DetectionWriter(json: json, withConfidence: withConfidence)
        return switch result {
        case let .whole(answer, candidates): writer.whole(answer, candidates: candidates)
        case let .spans(spans): writer.spans(spans)
        case let .lines(answers): writer.lines(answers)
        }
    }

    /// The whole input's answer, with the ranked candidates in JSON.
    func whole(_ answer: DetectionAnswer, candidates: [(language: LanguageCode, confidence: Double)]) -> String {
        if json {
            let ranked = candidates.map { "{\"language\":\"\($0.language)\",\"confidence\":\(number($0.confidence))}" }
            return "{\"language\":\(code(answer.language)),\"confidence\":\(number(answer.confidence)),"
                + "\"candidates\":[\(ranked.joined(separator: ","))]}\n"
        }
        return line(answer.language, answer.confidence) + "\n"
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

    /// Exactly one output line per answer (one per input line).
    /// - Complexity: O(n) in the number of lines.
    func lines(_ answers: [DetectionAnswer]) -> String {
        var output = ""
        output.reserveCapacity(answers.count * 8 + 16)
        for answer in answers {
            if json {
                output += "{\"language\":\(code(answer.language)),\"confidence\":\(number(answer.confidence))}\n"
            } else {
                output += line(answer.language, answer.confidence) + "\n"
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
