import Foundation
import Testing

/// Standard output that fails (a full disk, a closed descriptor, a reader that went away): one line on standard
/// error and exit status 1, or, for a closed pipe, a quiet end as by SIGPIPE; never a crash.
@Suite struct OutputFailureTests {
    static let danish = "samples/2019-07-assange-embassy-russians.da.txt"
    static let english = "samples/nbc-2016-10-assange-ecuador.en.txt"

    /// Every command variant that writes to standard output, with arguments that make it write something.
    static let variants: [[String]] = [
        ["segment", danish], ["segment", danish, "--format", "json"],
        ["normalize", danish], ["normalize", danish, "--form", "fold"],
        ["detect", danish], ["detect", danish, "--format", "json"], ["detect", "--lines", danish],
        ["align", danish, english], ["align", danish, english, "--format", "tmx"],
        ["match", danish, english], ["match", danish, english, "--format", "json"],
        ["compare", danish, english], ["compare", danish, english, "--format", "json"],
        ["glossary", danish, english], ["entities", danish],
        ["lexicon", "lookup", "--source", "da", "--target", "en", "hus"],
        ["lexicon", "stats"], ["lexicon", "learn", danish, danish, "--min-count", "1"],
    ]

    /// Runs `tolk arguments` with standard output sent to `output`; returns the status, the reason and stderr.
    static func run(_ arguments: [String], output: FileHandle) throws
        -> (status: Int32, reason: Process.TerminationReason, error: String)
    {
        let executable = try #require(CommandRunner.executable)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = CommandRunner.repository
        let errorFile = try CommandRunner.temporaryFile("stderr", [])
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errorFile))
        try process.run()
        process.waitUntilExit()
        let error = String(decoding: try Data(contentsOf: URL(fileURLWithPath: errorFile)), as: UTF8.self)
        return (process.terminationStatus, process.terminationReason, error)
    }

    /// Runs `script` with bash, `$0` being the tolk executable and `$@` the arguments; returns its stdout and stderr.
    static func bash(_ script: String, _ arguments: [String]) throws -> (output: String, error: String) {
        let executable = try #require(CommandRunner.executable)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", script, executable.path] + arguments
        process.currentDirectoryURL = CommandRunner.repository
        let output = Pipe(), errorFile = try CommandRunner.temporaryFile("stderr", [])
        process.standardOutput = output
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errorFile))
        try process.run()
        let text = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let error = String(decoding: try Data(contentsOf: URL(fileURLWithPath: errorFile)), as: UTF8.self)
        return (String(decoding: text, as: UTF8.self), error)
    }

    @Test(arguments: variants)
    func aFullDiskIsOneLineAndExitStatusOne(arguments: [String]) throws {
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let result = try Self.run(arguments, output: full)
        #expect(result.reason == .exit)
        #expect(result.status == 1)
        #expect(result.error.hasSuffix("tolk: cannot write to standard output: No space left on device\n"))
    }

    @Test(arguments: [["segment", danish], ["align", danish, english], ["compare", danish, english, "--format", "json"]])
    func aClosedStandardOutputIsOneLineAndExitStatusOne(arguments: [String]) throws {
        let result = try Self.bash(#""$0" "$@" 2>&1 >&-; echo "status $?""#, arguments)
        let lines = result.output.split(separator: "\n").suffix(2)
        #expect(lines.first?.hasPrefix("tolk: cannot write to standard output: ") == true, "\(result.output)")
        #expect(lines.last == "status 1")
    }

    /// A reader that stops early (`| head -c 1`): the command ends quietly, as by SIGPIPE, whether SIGPIPE is
    /// ignored by the parent or not.
    @Test(arguments: ["", "trap '' PIPE; "])
    func aClosedPipeEndsQuietly(trap: String) throws {
        // About 1 MB of output, far more than a pipe holds, so that writing goes on after `head` has gone.
        let lines = (1...30_000).map { "Dette er sætning nummer \($0) i teksten.\n" }.joined()
        let big = try CommandRunner.temporaryFile("big.da.txt", Array(lines.utf8))
        let script = trap + #""$0" "$@" | head -c 1 >/dev/null; echo "status ${PIPESTATUS[0]}""#
        for arguments in [["segment", big], ["normalize", big], ["segment", big, "--format", "json"]] {
            let result = try Self.bash(script, arguments)
            #expect(result.output == "status 141\n", "\(arguments)")
            // Nothing but the language summary every reading command writes (`tolk segment: input da: ...`).
            let other = result.error.split(separator: "\n").filter { !$0.hasPrefix("tolk segment: input da: ") }
            #expect(other.isEmpty, "\(arguments): \(result.error)")
        }
    }
}
