import ArgumentParser

/// `--lexicon`, shared by every command that reads two sides with the shipped lexicon (`match`, `align`,
/// `glossary`, `compare`): a file the user adds to it, read the same way by each.
struct ExtraLexiconOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "An extra lexicon (TSV: source, target, pos, weight, origin, category; source column Danish) beside the "
            + "shipped one.",
        valueName: "file"))
    var lexicon: String?
}
