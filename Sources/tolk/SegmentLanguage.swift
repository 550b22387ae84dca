import ArgumentParser
import Foundation
import TolkLanguage
import TolkText

/// The language `tolk segment` uses for its abbreviation rules, chosen by ``LanguagePolicy`` (`--language`, else
/// the tag in a file name such as `article.da.txt`, else detection in the start of the text, else Danish with a
/// note).
enum SegmentLanguage {
    /// How much of the text's start the detector reads: enough for a confident answer on an article, and
    /// bounded, so that start-up does not grow with the input.
    static let detectionWindow = 64 * 1024

    /// Chooses the language for `input`, peeking at the start of `stream` (which stays unconsumed).
    /// - Throws: `ValidationError` for a malformed `--language`, the stream's ``TextError``, or the detector's
    ///   ``LanguageError``.
    static func choose(option: String?, input: String, stream: TextStream) throws -> LanguageChoice {
        var code: LanguageCode?
        if let option {
            guard let given = LanguageCode(rawValue: option) else {
                throw ValidationError("--language takes a two- or three-letter code such as da or en, not '\(option)'")
            }
            code = given
        }
        let sample = code == nil ? try stream.peek(bytes: detectionWindow) : ""
        return try LanguagePolicy().choose(option: code, path: input == "-" ? nil : input, sample: sample,
                                           fallback: .danish, name: input == "-" ? "<stdin>" : input)
    }
}

/// The one way every command reports the languages it chose: notes, then one summary line per side, on
/// standard error.
enum LanguageReport {
    /// Writes the note of `choice` (if any) and the summary line for a side of one text.
    static func write(_ choice: LanguageChoice, command: String, side: String = "input") {
        FileHandle.standardError.write(Data(choice.report(command: command, side: side).utf8))
    }
}
