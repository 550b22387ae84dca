import ArgumentParser
import TolkText

/// The `tolk` command: Danish-English text alignment.
@main
struct Tolk: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "tolk",
        abstract: "Line up Danish and English text: segment, detect, look up, align, compare.",
        discussion: """
            Exit status: 0 success; 1 bad input or data (the message names the file and byte offset or line); \
            64 usage error (unknown option or value).
            Data (lexicons, models, rules) is read from the clone's lexicons/ folder, or from $TOLK_DATA.
            """,
        version: "tolk \(version) (ICU \(icuVersion))",
        subcommands: [
            Normalize.self,
            Segment.self,
            Align.self,
            Lexicon.self,
            Match.self,
            Entities.self,
            Detect.self,
            GlossaryCommand.self,
            Compare.self,
            Extract.self,
        ]
    )

    /// Sets up the allocator (``AllocatorSettings``, and one arena under `ulimit -v`: ``MemoryLimit``), then
    /// parses the arguments and runs the command.
    static func main() {
        AllocatorSettings.returnLargeBlocks()
        MemoryLimit.adaptAllocator()
        main(nil)
    }
}
