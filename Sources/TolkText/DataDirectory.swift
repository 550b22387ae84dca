import Foundation

/// Finds Tolk's data folder (`lexicons/`: abbreviation lists, web-copy rules, language models,
/// the bilingual lexicon), which the tool reads at run time.
///
/// Searched in order: the `TOLK_DATA` environment variable (the folder itself), a `lexicons` folder
/// beside or above the running executable (a build inside a clone: `.build/release/tolk`),
/// `/usr/local/share/tolk/lexicons`, and the clone this module was compiled from.
public enum DataDirectory {
    /// The environment variable that overrides the search.
    public static let environmentVariable = "TOLK_DATA"

    /// The data folder, or an error listing every place searched.
    public static func locate() throws(TextError) -> URL {
        let candidates = searchPath()
        for candidate in candidates where isDirectory(candidate) { return candidate }
        throw TextError.missingData(name: "lexicons/", searched: candidates.map(\.path))
    }

    /// The path of `relativePath` inside the data folder, which must exist.
    public static func file(_ relativePath: String) throws(TextError) -> URL {
        let url = try locate().appendingPathComponent(relativePath)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw TextError.missingData(name: relativePath, searched: [url.path])
        }
        return url
    }

    static func searchPath() -> [URL] {
        var result: [URL] = []
        if let override = ProcessInfo.processInfo.environment[environmentVariable], !override.isEmpty {
            result.append(URL(fileURLWithPath: override))
        }
        var folder = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
            .deletingLastPathComponent()
        for _ in 0..<6 {
            result.append(folder.appendingPathComponent("lexicons"))
            folder = folder.deletingLastPathComponent()
        }
        result.append(URL(fileURLWithPath: "/usr/local/share/tolk/lexicons"))
        // This file is Sources/TolkText/DataDirectory.swift inside the clone it was built from.
        let clone = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        result.append(clone.appendingPathComponent("lexicons"))
        return result
    }

    private static func isDirectory(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
