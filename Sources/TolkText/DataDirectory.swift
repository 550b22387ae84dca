import Foundation

/// Finds Tolk's data folder (the `lexicons/` folder of a clone, installed as `PREFIX/share/tolk`: abbreviation
/// lists, web-copy rules, language models, the bilingual lexicon, word lists), which the tool reads at run time.
///
/// Searched in order, the first that exists wins:
/// 1. the `TOLK_DATA` environment variable, naming the data folder itself; when it is set, it must be a folder;
/// 2. `share/tolk` of the install prefix (`PREFIX/share/tolk` beside `PREFIX/bin/tolk`, as `scripts/install.sh`
///    lays them out);
/// 3. a `lexicons` folder beside or above the running executable (a build inside a clone: `.build/release/tolk`);
/// 4. the `lexicons` folder of the clone this module was compiled from.
///
/// Every data reader goes through here, and every failure is an error naming what to set: nothing falls back
/// silently to running without data.
public enum DataDirectory {
    /// The environment variable that overrides the search.
    public static let environmentVariable = "TOLK_DATA"

    /// What a user who has no data folder must do, for error messages.
    public static let hint = "set TOLK_DATA to Tolk's data folder: the lexicons/ folder of a clone "
        + "(export TOLK_DATA=/path/to/tolk/lexicons) or PREFIX/share/tolk of an install (scripts/install.sh PREFIX)"

    /// The data folder, or an error listing every place searched.
    /// - Throws: ``DataError/missing(name:searched:)`` when no candidate exists, or when `TOLK_DATA` is set
    ///   but is not a folder.
    public static func locate() throws(DataError) -> URL {
        if let override = ProcessInfo.processInfo.environment[environmentVariable], !override.isEmpty {
            let url = URL(fileURLWithPath: override)
            guard isDirectory(url) else {
                throw DataError.missing(name: "\(environmentVariable)=\(override)", searched: [url.path])
            }
            return url
        }
        let candidates = searchPath()
        for candidate in candidates where isDirectory(candidate) { return candidate }
        throw DataError.missing(name: "lexicons/", searched: candidates.map(\.path))
    }

    /// The path of `relativePath` inside the data folder, which must exist.
    /// - Throws: ``DataError/missing(name:searched:)`` when the folder or the file is missing.
    public static func file(_ relativePath: String) throws(DataError) -> URL {
        let url = try locate().appendingPathComponent(relativePath)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw DataError.missing(name: relativePath, searched: [url.path])
        }
        return url
    }

    /// The path of `relativePath` inside the data folder, or `nil` when the data folder has no such file (an
    /// optional, per-language file such as `sv/irregular.tsv`).
    /// - Throws: ``DataError/missing(name:searched:)`` when the data folder itself is missing.
    public static func optionalFile(_ relativePath: String) throws(DataError) -> URL? {
        let url = try locate().appendingPathComponent(relativePath)
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// The names of the entries of `relativePath` inside the data folder (`""`: the folder itself), sorted;
    /// empty when that folder does not exist.
    /// - Throws: ``DataError/missing(name:searched:)`` when the data folder is missing,
    ///   ``DataError/unreadable(path:reason:)`` when the folder exists but cannot be listed.
    public static func contents(of relativePath: String = "") throws(DataError) -> [String] {
        let root = try locate()
        let url = relativePath.isEmpty ? root : root.appendingPathComponent(relativePath)
        guard isDirectory(url) else { return [] }
        do {
            return try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
        } catch {
            throw DataError.unreadable(path: url.path, reason: "cannot list the folder")
        }
    }

    /// The places searched when `TOLK_DATA` is not set, in order.
    static func searchPath() -> [URL] {
        var result: [URL] = []
        var folder = executable().deletingLastPathComponent()
        // PREFIX/bin/tolk -> PREFIX/share/tolk.
        result.append(folder.deletingLastPathComponent().appendingPathComponent("share/tolk"))
        for _ in 0..<6 {
            result.append(folder.appendingPathComponent("lexicons"))
            folder = folder.deletingLastPathComponent()
        }
        // This file is Sources/TolkText/DataDirectory.swift inside the clone it was built from.
        let clone = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        result.append(clone.appendingPathComponent("lexicons"))
        return result
    }

    /// The running executable, symbolic links resolved (found through PATH, `argv[0]` is a bare name).
    private static func executable() -> URL {
        let procfs = URL(fileURLWithPath: "/proc/self/exe")
        if FileManager.default.fileExists(atPath: procfs.path) { return procfs.resolvingSymlinksInPath() }
        if let url = Bundle.main.executableURL { return url.resolvingSymlinksInPath() }
        return URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
    }

    private static func isDirectory(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
