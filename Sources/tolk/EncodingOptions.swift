import ArgumentParser

/// `--encoding`, shared by every command that reads text: every input is read the same way (UTF-8, UTF-16 with a
/// BOM, or a legacy encoding detected or named here).
struct EncodingOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "The inputs' encoding (utf-8, utf-16, windows-1252, iso-8859-15, ...); detected when absent. UTF-8 input "
            + "keeps its byte offsets; other encodings are converted to UTF-8 first.",
        valueName: "name"))
    var encoding: String?
}
