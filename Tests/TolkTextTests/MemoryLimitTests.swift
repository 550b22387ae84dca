import Foundation
import Testing
@testable import TolkText

/// `MemoryLimit`: the estimate a command checks against `ulimit -v` before it starts, and its one-line error.
@Suite struct MemoryLimitTests {
    @Test func theNeedGrowsWithTheInputAndNeverOverflows() {
        let need = MemoryLimit.Need(fixed: 100, perInputByte: 3)
        #expect(need.bytes(forInput: 0) == 100)
        #expect(need.bytes(forInput: 10) == 130)
        #expect(need.bytes(forInput: -5) == 100)
        #expect(need.bytes(forInput: Int.max) == Int.max)
        #expect(MemoryLimit.Need(fixed: Int.max, perInputByte: 1).bytes(forInput: 1) == Int.max)
    }

    @Test func aLimitBelowTheNeedIsOneLineNamingBoth() throws {
        let need = MemoryLimit.Need(fixed: 200 << 20, perInputByte: 10)
        // No limit, or room enough: nothing to say.
        try MemoryLimit.check(need, inputBytes: 1 << 20, command: "match", limit: nil)
        try MemoryLimit.check(need, inputBytes: 1 << 20, command: "match", limit: 210 << 20)
        #expect(throws: MemoryLimitError(command: "match", limit: 150_000 * 1024, needed: (200 << 20) + 20 << 20,
                                         inputBytes: 2 << 20)) {
            try MemoryLimit.check(need, inputBytes: 2 << 20, command: "match", limit: 150_000 * 1024)
        }
        let message = MemoryLimitError(command: "match", limit: 150_000 * 1024, needed: 220 << 20,
                                       inputBytes: 2 << 20).errorDescription
        #expect(message == "match needs about 220 MB of address space for 2 MB of input, more than the limit of "
                    + "147 MB (ulimit -v 150000): raise the limit or split the input")
        #expect(!message.contains("\n"))
        #expect(MemoryLimitError.size(1_500) == "2 KB")
        #expect(MemoryLimitError.size(0) == "0 KB")
        #expect(MemoryLimitError.size((1 << 20) + 1) == "2 MB")
    }

    @Test func theInputIsTheFilesAndTheFilesInFolders() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tolk-memory-limit-\(getpid())")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("inner"),
                                                withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(count: 1_000).write(to: folder.appendingPathComponent("a.txt"))
        try Data(count: 234).write(to: folder.appendingPathComponent("b.txt"))
        try Data(count: 99).write(to: folder.appendingPathComponent("inner/c.txt"))
        let file = folder.appendingPathComponent("a.txt").path
        #expect(MemoryLimit.inputBytes([file]) == 1_000)
        #expect(MemoryLimit.inputBytes([folder.path]) == 1_234, "files directly inside, not below")
        #expect(MemoryLimit.inputBytes([folder.path, file, "-", folder.appendingPathComponent("none").path])
                    == 2_234)
    }
}
