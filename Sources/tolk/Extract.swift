import ArgumentParser
import TolkFormats
import TolkLanguage
import TolkText

/// `tolk extract`: the article text of saved web pages.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the article text of a saved web page (or of many pages, as JSONL).",
        discussion: """
            The body is read without navigation, related links, comments, cookie banners or footers. Every other \
            command reads an HTML input the same way. --format json adds the title, publication date, byline, \
            language, the blocks with UTF-8 byte ranges into the text, and the removed blocks with the reason. \
            Several pages, or a folder (every .html/.htm/.xhtml/.shtml file below it, in path order), give one \
            JSON object per line (JSONL), read in parallel. PDF, Word, images and other binary formats are an \
            error that says how to convert them.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "Pages or folders of pages to read; - (the default) for standard input.")
    var inputs: [String] = ["-"]

    @Option(help: "text (one page only) or json (one object per page, one per line).")
    var format: Format = .text

    @Option(help: "The pages' encoding (utf-8, windows-1252, ...); when absent, read from each page.")
    var encoding: String?

    @OptionGroup var writing: OutputOptions

    func run() throws {
        do {
            let pages = try ArticlePages.read(inputs, encoding: encoding)
            if format == .text && pages.count > 1 {
                throw ValidationError("\(pages.count) pages: text output is for one page; use --format json")
            }
            try Frontend.writeStreaming(to: writing.output) { emit in
                try ArticleWriter.write(pages, json: format == .json, to: emit)
            }
        } catch let error as ValidationError {
            throw error
        } catch {
            throw Frontend.fail(error)
        }
    }
}
