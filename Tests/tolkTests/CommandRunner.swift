import Foundation
import Testing

/// Runs the built `tolk` executable as a subprocess, as a user would.
struct CommandRunner {
    struct Result: Sendable {
        let status: Int32
        let output: Data
        let error: String
        var text: String { String(decoding: output, as: UTF8.self) }
    }

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The `tolk` binary beside the test bundle in the build products folder.
    static var executable: URL? {
        var folder = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<3 {
            let candidate = folder.appendingPathComponent("tolk")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }

    /// Runs `tolk arguments`, feeding `input` on standard input, with `environment` added to this process's
    /// environment, in `directory` (default: the repository).
    static func run(_ arguments: [String], input: Data = Data(), environment: [String: String] = [:],
                    directory: URL? = nil, executable given: URL? = nil) throws -> Result {
        guard let executable = given ?? executable else { throw CocoaError(.fileNoSuchFile) }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? repository
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        let stdout = Pipe()
        process.standardOutput = stdout
        // Standard input and error go to files, so that no pipe fills up while standard output is read.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tolk-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputURL = folder.appendingPathComponent("stdin"), errorURL = folder.appendingPathComponent("stderr")
        try input.write(to: inputURL)
        _ = FileManager.default.createFile(atPath: errorURL.path, contents: nil)
        process.standardInput = try FileHandle(forReadingFrom: inputURL)
        process.standardError = try FileHandle(forWritingTo: errorURL)
        try process.run()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let error = try Data(contentsOf: errorURL)
        return Result(status: process.terminationStatus, output: output, error: String(decoding: error, as: UTF8.self))
    }

    /// The result of `tolk arguments` (``run(_:input:environment:directory:executable:)`` without input), run
    /// once per test process and shared by every test that asks for the same arguments: for the runs several
    /// suites read as they are (a glossary of the FLORES fixture), on repository files no test changes.
    static func shared(_ arguments: [String]) throws -> Result {
        try sharedRuns.value(for: arguments.joined(separator: "\u{0}")) { try run(arguments) }
    }

    private static let sharedRuns = OnceCache<Result>()

    /// Runs `tolk arguments` as ``run(_:input:environment:directory:executable:)`` does, expects it to fail with
    /// exit status 1, and returns its standard error.
    static func failure(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let result = try run(arguments)
        #expect(result.status == 1, "tolk \(arguments.joined(separator: " ")) exited \(result.status)",
                sourceLocation: sourceLocation)
        return result.error
    }

    /// A file in a fresh temporary folder holding `bytes`.
    static func temporaryFile(_ name: String, _ bytes: [UInt8]) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tolk-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    /// `count` numbered Danish sentences, one per line, and their English translations: a long input to align.
    static func parallelLines(_ count: Int) -> (source: String, target: String) {
        let lines = (1...count).map { "Sætning nummer \($0) handler om huset.\n" }.joined()
        return (lines, lines.replacingOccurrences(of: "Sætning nummer", with: "Sentence number")
            .replacingOccurrences(of: "handler om huset", with: "is about the house"))
    }

    /// Runs `tolk align --presegmented` on `count` parallel lines (``parallelLines(_:)``) written to `folder`
    /// (the source as `encoding`) with `arguments` after the two inputs and `environment` added, and sends it
    /// `signalNumber` once `started()` holds (``interrupt(_:with:once:)``).
    /// - Returns: the ended process, and whether it was still running when the signal was sent.
    static func interruptedAlign(lines count: Int, in folder: URL, encoding: String.Encoding = .utf8,
                                 arguments: [String], environment: [String: String] = [:],
                                 signalNumber: Int32, once started: () throws -> Bool) throws -> (Process, Bool) {
        let executable = try #require(Self.executable)
        let (lines, translation) = parallelLines(count)
        let source = folder.appendingPathComponent("long.da.txt"), target = folder.appendingPathComponent("long.en.txt")
        try #require(lines.data(using: encoding)).write(to: source)
        try Data(translation.utf8).write(to: target)
        let process = Process()
        process.executableURL = executable
        process.arguments = ["align", "--presegmented", source.path, target.path] + arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardError = FileHandle.nullDevice
        return (process, try interrupt(process, with: signalNumber, once: started))
    }

    /// Starts `process`, waits (at most 60 s) until `started()` holds or the process ends, sends it
    /// `signalNumber`, and waits for it to end (killing it after 30 s).
    /// - Returns: whether the process was still running when the signal was sent.
    static func interrupt(_ process: Process, with signalNumber: Int32, once started: () throws -> Bool) throws -> Bool {
        try process.run()
        let start = Date()
        while try !started(), process.isRunning, Date().timeIntervalSince(start) < 60 { usleep(5_000) }
        let wasRunning = process.isRunning
        kill(process.processIdentifier, signalNumber)
        let sent = Date()
        while process.isRunning, Date().timeIntervalSince(sent) < 30 { usleep(10_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        return wasRunning
    }

    static func fixture(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)")
    }
}

/// Values made once per test process by key. Unlike `ProcessCache`, a caller asking for a key that another
/// test is making waits for it instead of making it again (tests run in parallel, and the values are costly
/// runs of the command).
final class OnceCache<Value: Sendable>: @unchecked Sendable {
    /// Guards `values`; held while a value is made.
    private let lock = NSLock()
    private var values: [String: Value] = [:]

    /// The value kept for `key`, or the one `make` makes (kept unless it throws).
    func value(for key: String, make: () throws -> Value) throws -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let kept = values[key] { return kept }
        let made = try make()
        values[key] = made
        return made
    }
}
