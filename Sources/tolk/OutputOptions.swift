import ArgumentParser

/// `--output`, shared by every command that writes one report: the file to write atomically, or standard output.
struct OutputOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Write here (atomically) instead of standard output.", valueName: "file"))
    var output: String?
}
