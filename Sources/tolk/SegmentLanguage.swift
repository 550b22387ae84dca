import ArgumentParser
import Foundation
import TolkLanguage
import TolkText

/// The language `tolk segment` uses for its abbreviation rules, and how it was chosen.
///
/// In order: `--language`; else the language TolkLanguage detects in the start of the text (up to
/// ``detectionWindow`` bytes); else the tag in a file name such as `article.da.txt`; else Danish.
struct SegmentLanguage {
    /// Where the language came from, as written in the JSON output (`languageSource`).
    enum Source: String {
        case option, detected, fileName = "file-name", fallback
    }

    let code: LanguageCode
    let source: Source

    /// How much of the text's start the detector reads: enough for a confident answer on an article, and
    /// bounded, so that start-up does not grow with the input.
    static let detectionWindow = 64 * 1024

    /// Chooses the language for `input`, peeking at the start of `stream` (which stays unconsumed).
    /// - Throws: `ValidationError` for a malformed `--language`, or the stream's ``TextError``.
    static func choose(option: String?, input: String, stream: TextStream) throws -> SegmentLanguage {
        if let option {
            guard let code = LanguageCode(rawValue: option) else {
                throw ValidationError("--language takes a two- or three-letter code such as da or en, not '\(option)'")
            }
            return SegmentLanguage(code: code, source: .option)
        }
        let head = try stream.peek(bytes: detectionWindow)
        if !head.isEmpty, let detected = try LanguageDetector().detect(head) {
            return SegmentLanguage(code: detected, source: .detected)
        }
        if let tagged = LanguageCode.tag(inFileName: input) { return SegmentLanguage(code: tagged, source: .fileName) }
        return SegmentLanguage(code: .danish, source: .fallback)
    }
}
