import TolkExtract
import TolkLanguage

/// Writes articles read from web pages (`tolk extract`): the text alone, or a JSON object per page.
///
/// A page's JSON object has the keys `id`, `title`, `title_source`, `published`, `published_source`, `byline`,
/// `byline_source`, `language` (detected from the text; `null` when unsure), `declared_language` (the page's
/// `<html lang>`), `text`, `blocks` (`kind` and UTF-8 byte `range` in `text`) and `removed` (`reason`, `text`).
/// Absent values are `null`.
public enum ArticleWriter {
    /// Hands `pages` to `emit` piece by piece: each page's text as it is (`json` false), or each page as a JSONL
    /// record (``jsonLine(_:)``).
    public static func write(_ pages: [ArticlePage], json: Bool, to emit: (String) throws -> Void) rethrows {
        for page in pages {
            try emit(json ? String(decoding: jsonLine(page).bytes, as: UTF8.self) : page.article.text)
        }
    }

    /// One page as a JSON object on one line, ending in a line break (a JSONL record).
    public static func jsonLine(_ page: ArticlePage) -> JSONBytes {
        var json = JSONBytes(capacity: page.article.text.utf8.count * 2 + 1024)
        object(page, into: &json)
        json.raw("\n")
        return json
    }

    private static func object(_ page: ArticlePage, into json: inout JSONBytes) {
        let article = page.article
        json.raw("{\"id\": ")
        json.string(page.id)
        field("title", article.title, into: &json)
        field("published", article.published, into: &json)
        field("byline", article.byline, into: &json)
        json.raw(", \"language\": ")
        optional(page.language?.rawValue, into: &json)
        json.raw(", \"declared_language\": ")
        optional(article.declaredLanguage, into: &json)
        json.raw(", \"text\": ")
        json.string(article.text)
        json.raw(", \"blocks\": [")
        for (index, block) in article.blocks.enumerated() {
            if index > 0 { json.raw(", ") }
            json.raw("{\"kind\": ")
            json.string(block.kind.rawValue)
            json.raw(", \"range\": ")
            json.range(block.range)
            json.raw("}")
        }
        json.raw("], \"removed\": [")
        for (index, removed) in article.removed.enumerated() {
            if index > 0 { json.raw(", ") }
            json.raw("{\"reason\": ")
            json.string(removed.reason)
            json.raw(", \"text\": ")
            json.string(removed.text)
            json.raw("}")
        }
        json.raw("]}")
    }

    private static func field(_ name: StaticString, _ value: PageField?, into json: inout JSONBytes) {
        json.raw(", \"")
        json.raw(name)
        json.raw("\": ")
        optional(value?.value, into: &json)
        json.raw(", \"")
        json.raw(name)
        json.raw("_source\": ")
        optional(value?.source, into: &json)
    }

    private static func optional(_ value: String?, into json: inout JSONBytes) {
        if let value { json.string(value) } else { json.raw("null") }
    }
}
