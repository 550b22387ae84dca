import Foundation
import Testing

/// Files written with Windows line ends ("\r\n") are read line by line like any other: a user's lexicon to
/// import and a glossary to merge (Swift reads "\r\n" as one character, so splitting at "\n" read such a file
/// as one line).
@Suite struct WindowsLineEndCommandTests {
    static let flores = "Tests/TolkGlossaryTests/Fixtures/flores-devtest-300"

    @Test func aLexiconWithWindowsLineEndsImportsLikeTheSameWithUnixOnes() throws {
        let pairs = "# pairs written for this test\nhus house\nbil car\nhund dog\n"
        let unix = try CommandRunner.run(["lexicon", "import", "--format", "pairs", "-"], input: Data(pairs.utf8))
        let windows = try CommandRunner.run(["lexicon", "import", "--format", "pairs", "-"],
                                            input: Data(pairs.replacingOccurrences(of: "\n", with: "\r\n").utf8))
        #expect(unix.status == 0, "\(unix.error)")
        #expect(windows.status == 0, "\(windows.error)")
        #expect(windows.text == unix.text)
        #expect(unix.text.contains("hund\tdog"))
    }

    @Test func aGlossaryWithWindowsLineEndsMergesLikeTheSameWithUnixOnes() throws {
        let arguments = ["glossary", "\(Self.flores).da.txt", "\(Self.flores).en.txt", "--presegmented"]
        let fresh = try CommandRunner.shared(arguments)
        #expect(fresh.status == 0, "\(fresh.error)")
        let kept = fresh.text.split(separator: "\n").prefix(4).joined(separator: "\r\n") + "\r\n"
        let existing = try CommandRunner.temporaryFile("glossary.tsv", Array(kept.utf8))
        let merged = try CommandRunner.run(arguments + ["--merge", existing])
        #expect(merged.status == 0, "\(merged.error)")
        #expect(merged.error.contains("kept the 3 entries of \(existing) as they were"), "\(merged.error)")
    }
}
