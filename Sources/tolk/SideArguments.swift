import ArgumentParser

/// What a command's two inputs are, in its own words: the help of ``SideArguments``.
protocol SideHelp {
    /// The help of the first argument (its value name is the name shown in the usage line).
    static var source: ArgumentHelp { get }
    /// The help of the second argument.
    static var target: ArgumentHelp { get }
}

/// The sides of `match` and `compare`: each a file, a directory of files or a JSONL file of documents.
enum DocumentSides: SideHelp {
    static let source = ArgumentHelp("Source documents: a file, a directory, or a .jsonl file.", valueName: "sources")
    static let target = ArgumentHelp("Target documents: a file, a directory, or a .jsonl file.", valueName: "targets")
}

/// The source and target inputs, shared by every command that reads two sides (`match`, `align`, `glossary`,
/// `compare`); standard input ('-') may stand for one of them.
struct SideArguments<Help: SideHelp>: ParsableArguments {
    @Argument(help: Help.source)
    var source: String

    @Argument(help: Help.target)
    var target: String

    /// Both paths, source first.
    var paths: [String] { [source, target] }

    func validate() throws {
        try Frontend.validateStandardInput(paths)
    }
}
