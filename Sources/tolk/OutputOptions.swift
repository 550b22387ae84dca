import ArgumentParser

/// `-o`, `--output`, shared by every command that writes one report or file: the file to write atomically, or standard output.
struct OutputOptions: ParsableArguments {
    @Option(name: .shortAndLong,
            help: ArgumentHelp("Write here (atomically) instead of standard output.", valueName: "file"))
    var output: String?
}
