import Foundation
import Testing

/// `--output` writes through what is not a regular file (devices, named pipes, symbolic links), keeps an existing
/// file's permissions, refuses a folder in words, and leaves no temporary file behind when interrupted.
@Suite struct OutputFileTests {
    static let danish = "samples/2019-07-assange-embassy-russians.da.txt"
    static let english = "samples/nbc-2016-10-assange-ecuador.en.txt"

    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tolk-output-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Linux's device number for a small major and minor number (glibc's `makedev`, a macro Swift does not see).
    static func device(_ major: UInt64, _ minor: UInt64) -> dev_t { dev_t(major << 8 | minor) }

    static func fileType(_ path: String) -> mode_t {
        var status = stat()
        return lstat(path, &status) == 0 ? status.st_mode & S_IFMT : 0
    }

    @Test func aSymbolicLinkIsFollowedAndItsTargetUpdated() throws {
        let folder = try Self.folder()
        let target = folder.appendingPathComponent("glossary.tsv").path, link = folder.appendingPathComponent("link.tsv").path
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: target))
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        let result = try CommandRunner.run(["lexicon", "learn", Self.danish, Self.danish, "--min-count", "1",
                                            "--output", link])
        #expect(result.status == 0, "\(result.error)")
        #expect(Self.fileType(link) == S_IFLNK)
        #expect(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("source\t"))
    }

    @Test func anExistingFileKeepsItsPermissions() throws {
        let folder = try Self.folder()
        let path = folder.appendingPathComponent("aligned.tsv").path
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: path))
        chmod(path, 0o600)
        let result = try CommandRunner.run(["align", Self.danish, Self.english, "--format", "tsv", "--output", path])
        #expect(result.status == 0, "\(result.error)")
        var status = stat()
        #expect(stat(path, &status) == 0)
        #expect(status.st_mode & 0o777 == 0o600)
        #expect(try String(contentsOfFile: path, encoding: .utf8) != "old\n")
    }

    @Test func aFolderIsRefusedInWords() throws {
        let folder = try Self.folder()
        let result = try CommandRunner.run(["glossary", Self.danish, Self.english, "--output", folder.path])
        #expect(result.status == 1)
        #expect(result.error.hasSuffix("en (file-name)\ntolk: \(folder.path): cannot write: is a folder; --output takes a file name\n"),
                "\(result.error)")
    }

    @Test func aNamedPipeIsWrittenNotReplaced() throws {
        let folder = try Self.folder()
        let pipe = folder.appendingPathComponent("out.fifo").path
        #expect(mkfifo(pipe, 0o644) == 0)
        // Read the pipe in the background (opening it blocks until tolk opens it for writing).
        let reader = Process()
        reader.executableURL = URL(fileURLWithPath: "/bin/cat")
        reader.arguments = [pipe]
        let read = Pipe()
        reader.standardOutput = read
        try reader.run()
        let result = try CommandRunner.run(["lexicon", "learn", Self.danish, Self.danish, "--min-count", "1",
                                            "--output", pipe])
        if result.status != 0 { reader.terminate() }
        let text = String(decoding: read.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        reader.waitUntilExit()
        #expect(result.status == 0, "\(result.error)")
        #expect(Self.fileType(pipe) == S_IFIFO)
        #expect(text.hasPrefix("source\t"))
    }

    /// Device nodes made in a temporary folder (as root: CI runs as root), never the system's own /dev.
    @Test func aDeviceIsWrittenNotReplacedAndAFullDeviceIsAnError() throws {
        guard getuid() == 0 else { return }
        let folder = try Self.folder()
        let null = folder.appendingPathComponent("null").path, full = folder.appendingPathComponent("full").path
        #expect(mknod(null, S_IFCHR | 0o666, Self.device(1, 3)) == 0)
        #expect(mknod(full, S_IFCHR | 0o666, Self.device(1, 7)) == 0)
        let written = try CommandRunner.run(["glossary", Self.danish, Self.english, "--output", null])
        #expect(written.status == 0, "\(written.error)")
        #expect(Self.fileType(null) == S_IFCHR)
        let failed = try CommandRunner.run(["glossary", Self.danish, Self.english, "--output", full])
        #expect(failed.status == 1)
        #expect(failed.error.hasSuffix("tolk: \(full): cannot write: No space left on device\n"))
        #expect(Self.fileType(full) == S_IFCHR)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["full", "null"])
    }

    /// SIGINT or SIGTERM while `align` writes a long output: the temporary file beside `--output` is removed and
    /// the process ends by that signal.
    @Test(arguments: [SIGINT, SIGTERM])
    func anInterruptedRunLeavesNoTemporaryFile(signalNumber: Int32) throws {
        let folder = try Self.folder()
        let output = folder.appendingPathComponent("aligned.tmx").path
        func temporaries() throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".tolk-") }
        }
        let (process, wasRunning) = try CommandRunner.interruptedAlign(
            lines: 40_000, in: folder, arguments: ["--format", "tmx", "--output", output],
            signalNumber: signalNumber) { try !temporaries().isEmpty }
        #expect(wasRunning, "align ended before it could be interrupted")
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(process.terminationStatus == signalNumber)
        #expect(try temporaries() == [])
        #expect(!FileManager.default.fileExists(atPath: output))
    }
}
