import Foundation
import Testing

/// Broken shipped data is an error in every command that reads it: exit 1 and one line naming the file and line,
/// never a quieter result with exit 0.
@Suite struct DataFailureCommandTests {
    static let danish = "samples/2019-07-assange-embassy-russians.da.txt"
    static let english = "samples/nbc-2016-10-assange-ecuador.en.txt"

    /// A data folder like the shipped one whose `da-en/freedict.tsv` ends in a line with one field; every other
    /// file is a symbolic link to the shipped one. Returns the folder and the bad line's `file:line`.
    static func corruptData() throws -> (folder: String, location: String) {
        let shipped = CommandRunner.repository.appendingPathComponent("lexicons")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tolk-data-\(UUID().uuidString)")
        let manager = FileManager.default
        try manager.createDirectory(at: folder.appendingPathComponent("da-en"), withIntermediateDirectories: true)
        for name in try manager.contentsOfDirectory(atPath: shipped.path) where name != "da-en" {
            try manager.createSymbolicLink(at: folder.appendingPathComponent(name),
                                           withDestinationURL: shipped.appendingPathComponent(name))
        }
        for name in try manager.contentsOfDirectory(atPath: shipped.appendingPathComponent("da-en").path)
        where name != "freedict.tsv" {
            try manager.createSymbolicLink(at: folder.appendingPathComponent("da-en/\(name)"),
                                           withDestinationURL: shipped.appendingPathComponent("da-en/\(name)"))
        }
        var lexicon = try String(contentsOf: shipped.appendingPathComponent("da-en/freedict.tsv"), encoding: .utf8)
        if !lexicon.hasSuffix("\n") { lexicon += "\n" }
        let badLine = lexicon.split(separator: "\n", omittingEmptySubsequences: false).count
        lexicon += "onlyonefield\n"
        let file = folder.appendingPathComponent("da-en/freedict.tsv")
        try lexicon.write(to: file, atomically: true, encoding: .utf8)
        return (folder.path, "\(file.path):\(badLine):")
    }

    /// A data folder like the shipped one without `relativePath` (a file one folder deep); every other file is a
    /// symbolic link to the shipped one.
    static func data(without relativePath: String) throws -> String {
        let shipped = CommandRunner.repository.appendingPathComponent("lexicons")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tolk-data-\(UUID().uuidString)")
        let manager = FileManager.default
        let (subfolder, file) = (String(relativePath.split(separator: "/")[0]), relativePath.split(separator: "/")[1])
        try manager.createDirectory(at: folder.appendingPathComponent(subfolder), withIntermediateDirectories: true)
        for name in try manager.contentsOfDirectory(atPath: shipped.path) where name != subfolder {
            try manager.createSymbolicLink(at: folder.appendingPathComponent(name),
                                           withDestinationURL: shipped.appendingPathComponent(name))
        }
        for name in try manager.contentsOfDirectory(atPath: shipped.appendingPathComponent(subfolder).path)
        where name != file {
            try manager.createSymbolicLink(at: folder.appendingPathComponent("\(subfolder)/\(name)"),
                                           withDestinationURL: shipped.appendingPathComponent("\(subfolder)/\(name)"))
        }
        return folder.path
    }

    /// A shipped entity table that is missing is an error naming it, not a gazetteer that quietly lacks its names.
    @Test(arguments: ["entities/geonames-cities.tsv", "entities/capitalisation.tsv", "entities/places.tsv",
                      "entities/sport-words.tsv"])
    func aMissingShippedEntityTableFailsWithItsName(_ table: String) throws {
        let folder = try Self.data(without: table)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for arguments in [["entities", Self.danish], ["match", Self.danish, Self.english]] {
            let result = try CommandRunner.run(arguments, environment: ["TOLK_DATA": folder])
            #expect(result.status == 1, "\(arguments[0]) exited \(result.status)")
            #expect(result.error.contains(table), "\(arguments[0]): \(result.error)")
            #expect(result.output.isEmpty)
        }
    }

    static let commands: [[String]] = [
        ["match", danish, english],
        ["align", danish, english],
        ["glossary", danish, english],
        ["compare", danish, english],
        ["lexicon", "lookup", "--source", "da", "--target", "en", "ambassaden"],
    ]

    @Test(arguments: commands)
    func aMalformedShippedLexiconLineFailsTheCommandWithItsFileAndLine(_ arguments: [String]) throws {
        let (folder, location) = try Self.corruptData()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try CommandRunner.run(arguments, environment: ["TOLK_DATA": folder])
        #expect(result.status == 1, "\(arguments[0]) exited \(result.status)")
        let last = result.error.split(separator: "\n").last.map(String.init) ?? ""
        #expect(last.hasPrefix("tolk: \(location) "), "\(arguments[0]): \(result.error)")
        #expect(result.output.isEmpty)
    }

    @Test(arguments: commands + [["segment", danish], ["detect", danish], ["entities", danish]])
    func aMissingDataFolderSaysWhatToSet(_ arguments: [String]) throws {
        let missing = "/nonexistent/tolk-data-\(UUID().uuidString)"
        let result = try CommandRunner.run(arguments, environment: ["TOLK_DATA": missing])
        #expect(result.status == 1, "\(arguments[0]) exited \(result.status)")
        #expect(result.error.contains("TOLK_DATA=\(missing)"), "\(arguments[0]): \(result.error)")
        #expect(result.error.contains("set TOLK_DATA to Tolk's data folder: the lexicons/ folder of a clone"))
        #expect(result.error.split(separator: "\n").count == 1, "\(arguments[0]): \(result.error)")
    }
}
