import Foundation
import TolkText

/// What `tolk lexicon import` converts: dictionary files, a FreeDict dictionary, or the system's locale names.
public struct LexiconImportRequest: Sendable {
    /// Where the entries come from.
    public enum Input: Sendable, Equatable {
        /// Dictionary files (`-`: standard input) in one format, guessed file by file when `nil`.
        case files([String], format: LexiconImporter.Format?)
        /// A FreeDict dictionary: the dictd `.index` and the uncompressed `.dict` file.
        case freeDict(index: String, dictionary: String)
        /// Country, language, month and weekday names from the system ICU (no file).
        case localeNames
    }

    /// Where the entries come from.
    public var input: Input
    /// The languages of the source and target sides.
    public var pair: LanguagePair
    /// The origin written on every entry (`nil`: the format's name for dictionary files; each reader's own
    /// origin otherwise).
    public var origin: String?

    /// A request to import `input` for `pair`.
    public init(input: Input, pair: LanguagePair) {
        self.input = input
        self.pair = pair
    }
}

/// `tolk lexicon import` as one call: the entries of a dictionary, ready for ``LexiconTSV/write(_:)``.
///
/// ```swift
/// let request = LexiconImportRequest(input: .files(["dict.txt"], format: .hunalign),
///                                    pair: LanguagePair(.danish, .english))
/// print(LexiconTSV.write(try LexiconImportPipeline.run(request)))
/// ```
public enum LexiconImportPipeline {
    /// Reads the entries of `request`'s input, file by file in order, and labels them with its origin.
    /// - Throws: ``LexiconError`` naming an unreadable file, one whose format cannot be guessed, or the file and
    ///   line of a malformed line.
    /// - Complexity: O(n) in the total size of the files.
    public static func run(_ request: LexiconImportRequest) throws(LexiconError) -> [LexiconEntry] {
        var entries: [LexiconEntry]
        switch request.input {
        case .localeNames:
            entries = LocaleNameEntries.entries(for: request.pair)
        case let .freeDict(index, dictionary):
            entries = try LexiconError.loading { () throws(DataError) in
                try FreeDictReader.entries(index: URL(fileURLWithPath: index), dictionary: URL(fileURLWithPath: dictionary))
            }
        case let .files(files, format):
            entries = []
            for file in files {
                entries += try LexiconImporter.entries(path: file, format: format, pair: request.pair,
                                                       origin: request.origin ?? format?.rawValue ?? "import")
            }
        }
        if let origin = request.origin {
            for index in entries.indices { entries[index].origin = origin }
        }
        return entries
    }
}
