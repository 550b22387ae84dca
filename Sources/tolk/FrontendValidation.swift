import ArgumentParser
import TolkLanguage
import TolkText

/// Checks of command-line values shared by the subcommands (usage errors, exit status 64).
extension Frontend {
    /// Checks a language option's value: well formed and a language ICU knows (ISO 639, or `und`), a
    /// three-letter code read as ``LanguagePolicy/language(option:)`` reads it (`dan` as `da`).
    /// - Parameters:
    ///   - value: the option's value, or `nil` when it was not given.
    ///   - option: the option's name for the message, such as "--source-language".
    /// - Throws: `ValidationError` naming the option and the value.
    static func validateLanguage(_ value: String?, option: String) throws {
        guard let value else { return }
        guard LanguageCode(rawValue: value) != nil else {
            throw ValidationError("\(option): '\(value)' is not a language code (two or three letters, such as da or en)")
        }
        guard LanguagePolicy.language(option: value) != nil else {
            throw ValidationError("\(option): unknown language code '\(value)' (ISO 639, such as da or en)")
        }
    }

    /// Checks that at most one input is standard input ("-"), and none when the inputs are read more than once.
    /// - Parameters:
    ///   - paths: the command's input paths.
    ///   - rereads: the option that makes the command read each input more than once, if it is given.
    /// - Throws: `ValidationError` when standard input is named twice, or at all with `rereads`.
    static func validateStandardInput(_ paths: [String], rereads: String? = nil) throws {
        let readers = paths.filter { $0 == "-" }.count
        if readers > 1 { throw ValidationError("only one input can be standard input ('-')") }
        if readers == 1, let rereads {
            throw ValidationError("\(rereads) reads each input more than once: give a file, not standard input ('-')")
        }
    }
}
