import Foundation
import Testing

/// `scripts/install.sh PREFIX` lays out PREFIX/bin/tolk and PREFIX/share/tolk, and the installed binary reads the
/// installed data from any working directory, without TOLK_DATA.
@Suite struct InstallCommandTests {
    @Test func theInstalledBinaryFindsItsDataFromAnyFolder() throws {
        let binary = try #require(CommandRunner.executable)
        let prefix = FileManager.default.temporaryDirectory.appendingPathComponent("tolk-prefix-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: prefix) }
        let install = Process()
        install.executableURL = URL(fileURLWithPath: "/bin/bash")
        install.arguments = [CommandRunner.repository.appendingPathComponent("scripts/install.sh").path, prefix.path]
        install.environment = ProcessInfo.processInfo.environment.merging(["TOLK_BINARY": binary.path]) { $1 }
        install.standardOutput = FileHandle.nullDevice
        try install.run()
        install.waitUntilExit()
        #expect(install.terminationStatus == 0)
        let installed = prefix.appendingPathComponent("bin/tolk")
        let data = prefix.appendingPathComponent("share/tolk")
        #expect(FileManager.default.fileExists(atPath: data.appendingPathComponent("da-en/freedict.tsv").path))

        // From a folder far from the clone, with TOLK_DATA emptied (set but empty counts as unset).
        let elsewhere = URL(fileURLWithPath: "/")
        let lookup = try CommandRunner.run(["lexicon", "lookup", "--source", "da", "--target", "en", "ambassaden"],
                                           environment: ["TOLK_DATA": ""], directory: elsewhere, executable: installed)
        #expect(lookup.status == 0, "\(lookup.error)")
        #expect(lookup.text.hasPrefix("ambassaden\tembassy"))

        // The data read is the installed copy (it comes before the clone the test binary was built in): a bad
        // line appended to it is reported with its path.
        let lexicon = data.appendingPathComponent("da-en/freedict.tsv")
        let handle = try FileHandle(forWritingTo: lexicon)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("onlyonefield\n".utf8))
        try handle.close()
        let broken = try CommandRunner.run(["lexicon", "lookup", "--source", "da", "--target", "en", "ambassaden"],
                                           environment: ["TOLK_DATA": ""], directory: elsewhere, executable: installed)
        #expect(broken.status == 1)
        #expect(broken.error.hasPrefix("tolk: \(lexicon.path):"), "\(broken.error)")
    }
}
