import TolkLanguage
import TolkText

/// One document's entity mentions, with the language they were found in and how it was decided.
public struct DocumentEntities: Sendable {
    /// The file as given (`-`: standard input).
    public let file: String
    /// The document's language and where it came from.
    public let language: LanguageChoice
    /// The mentions, with UTF-8 byte ranges into the file (into its UTF-8 conversion for another encoding).
    public let mentions: [EntityMention]
}

/// `tolk entities` as one call: the people, organisations and places of each document.
///
/// ```swift
/// let documents = try EntitiesPipeline.run(files: ["a.da.txt"]) { print($0, terminator: "") }
/// for mention in documents[0].mentions { print(mention.kind, mention.text) }
/// ```
public enum EntitiesPipeline {
    /// Reads each file (UTF-8 as it is, so that ranges point into the file; other encodings converted), decides
    /// its language (``LanguagePolicy``: the option, else its name's tag, else detection on the first 64 KB,
    /// else Danish with a note) and lists its mentions with the shipped gazetteer of that language.
    /// - Parameters:
    ///   - language: the language every file takes (`nil`: each file's own).
    ///   - report: receives, file by file, the lines for standard error (the language and how it was found).
    /// - Throws: ``MemoryLimitError`` when `ulimit -v` leaves too little room for the files (checked before they
    ///   are read), ``TextError`` naming an unreadable file and byte offset, ``DataError`` naming a malformed
    ///   gazetteer or tagger file.
    public static func run(files: [String], encoding: String? = nil, language: LanguageCode? = nil,
                           report: (String) -> Void) throws -> [DocumentEntities] {
        try MemoryLimit.check(memoryNeed, inputBytes: MemoryLimit.inputBytes(files), command: "entities")
        let policy = LanguagePolicy()
        var recognizers: [LanguageCode: EntityRecognizer] = [:]
        var documents: [DocumentEntities] = []
        for file in files {
            let bytes = try TextInput.textBytes(path: file, encoding: encoding).bytes
            let name = file == "-" ? "<stdin>" : file
            let choice = try policy.choose(option: language, path: file == "-" ? nil : file,
                                           sample: String(decoding: bytes.prefix(64 * 1024), as: UTF8.self),
                                           fallback: .danish, name: name)
            report(choice.report(command: "entities", side: name))
            let code = choice.language
            if recognizers[code] == nil {
                recognizers[code] = try EntityRecognizer(language: code, gazetteer: Gazetteer.shipped(languages: [code]))
            }
            let mentions = recognizers[code]?.mentions(in: String(decoding: bytes, as: UTF8.self)) ?? []
            documents.append(DocumentEntities(file: file, language: choice, mentions: mentions))
        }
        return documents
    }

    /// The address space `entities` needs (``MemoryLimit``), above what was measured on the release build
    /// (docs/MEASURED.md, issue 16): 164 MB on the Danish sample, 96 bytes per further byte of input (a 2 MB
    /// one-line document: 348 MB).
    static let memoryNeed = MemoryLimit.Need(fixed: 184 << 20, perInputByte: 112)

}
