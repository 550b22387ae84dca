import Foundation

/// The title, publication date and byline a page states about itself: `<meta>` tags (Open Graph, Dublin Core,
/// `article:*`, `author`), JSON-LD (`headline`, `datePublished`, `author`, also inside `@graph`), `<time>`
/// elements, `rel="author"` links and `<title>`.
struct PageMetadata {
    var title: PageField?
    var published: PageField?
    var byline: PageField?
    var declaredLanguage: String?

    private static let titleMeta = ["og:title", "twitter:title"]
    private static let dateMeta = [
        "article:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate",
        "publish-date", "publish_date", "date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created",
        "sailthru.date", "parsely-pub-date", "article.published", "published_time",
    ]
    private static let authorMeta = ["author", "article:author", "dc.creator", "byl", "parsely-author", "sailthru.author"]

    init(tree: HTMLTree) {
        var meta: [String: String] = [:]
        var headings: [String] = []
        var pageTitle: String?
        var timeValue: String?
        var authorLink: String?
        for (index, node) in tree.nodes.enumerated() where !node.isText {
            switch node.tag {
            case .html:
                declaredLanguage = declaredLanguage ?? tree.attribute(.lang, of: index).map { $0.trimmingSpaces() }
                    .flatMap { $0.isEmpty ? nil : $0 }
            case .meta:
                let key = (tree.attribute(.property, of: index) ?? tree.attribute(.name, of: index)
                    ?? tree.attribute(.itemprop, of: index) ?? "").lowercased()
                if let content = tree.attribute(.content, of: index) ?? tree.attribute(.datetime, of: index), !key.isEmpty,
                   meta[key] == nil, !content.trimmingSpaces().isEmpty
                {
                    meta[key] = content.collapsingSpaces()
                }
            case .title: pageTitle = pageTitle ?? Self.text(of: index, in: tree)
            case .h1: headings.append(Self.text(of: index, in: tree))
            case .time:
                if timeValue == nil, let value = tree.attribute(.datetime, of: index), !value.trimmingSpaces().isEmpty {
                    timeValue = value.collapsingSpaces()
                }
            case .script where tree.attribute(.type, of: index)?.lowercased() == "application/ld+json":
                readJSONLD(Self.text(of: index, in: tree, collapse: false))
            case .a, .link:
                if authorLink == nil, tree.attribute(.rel, of: index)?.lowercased() == "author" {
                    let name = Self.text(of: index, in: tree)
                    if !name.isEmpty { authorLink = name }
                }
            default: break
            }
        }
        // Open Graph first (what the site shares), then JSON-LD's headline (read above), then the page itself.
        if let key = Self.titleMeta.first(where: { meta[$0] != nil }), let value = meta[key] {
            title = PageField(value: value, source: "meta \(key)")
        }
        if title == nil, let first = headings.first(where: { !$0.isEmpty }) { title = PageField(value: first, source: "h1") }
        if title == nil, let pageTitle, !pageTitle.isEmpty { title = PageField(value: pageTitle, source: "title") }
        if let key = Self.dateMeta.first(where: { meta[$0] != nil }), let value = meta[key] {
            published = PageField(value: value, source: "meta \(key)")
        }
        if published == nil, let timeValue { published = PageField(value: timeValue, source: "time") }
        if byline == nil, let key = Self.authorMeta.first(where: { meta[$0].map(Self.isName) ?? false }),
           let value = meta[key]
        {
            byline = PageField(value: value, source: "meta \(key)")
        }
        if byline == nil, let authorLink { byline = PageField(value: authorLink, source: "rel author") }
    }

    private static func isName(_ value: String) -> Bool {
        !value.hasPrefix("http://") && !value.hasPrefix("https://") && value.count <= 200
    }

    static func text(of index: Int, in tree: HTMLTree, collapse: Bool = true) -> String {
        if collapse {
            var text = CollapsedText()
            for node in index..<tree.nodes[index].end where tree.nodes[node].isText {
                tree.withText(node) { _ = text.append($0) }
            }
            return text.string
        }
        var bytes: [UInt8] = []
        for node in index..<tree.nodes[index].end where tree.nodes[node].isText {
            tree.withText(node) { bytes.append(contentsOf: $0) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Reads headline, datePublished and author from a JSON-LD script; a script that is not valid JSON is skipped,
    /// as browsers skip it.
    private mutating func readJSONLD(_ script: String) {
        let json: Any
        do {
            json = try JSONSerialization.jsonObject(with: Data(script.utf8), options: [.fragmentsAllowed])
        } catch {
            return  // the page's own broken script: no metadata from it
        }
        var queue: [Any] = [json]
        while let item = queue.popLast() {
            if let list = item as? [Any] {
                queue.append(contentsOf: list.reversed())
                continue
            }
            guard let object = item as? [String: Any] else { continue }
            if let graph = object["@graph"] { queue.append(graph) }
            guard Self.isArticle(object["@type"]) else { continue }
            if title == nil, let headline = object["headline"] as? String, !headline.trimmingSpaces().isEmpty {
                title = PageField(value: headline.collapsingSpaces(), source: "json-ld headline")
            }
            if published == nil, let date = object["datePublished"] as? String, !date.trimmingSpaces().isEmpty {
                published = PageField(value: date.collapsingSpaces(), source: "json-ld datePublished")
            }
            if byline == nil, let names = Self.authorNames(object["author"]), !names.isEmpty {
                byline = PageField(value: names.joined(separator: ", "), source: "json-ld author")
            }
        }
    }

    private static func isArticle(_ type: Any?) -> Bool {
        let types = (type as? [Any])?.compactMap { $0 as? String } ?? [(type as? String) ?? ""]
        return types.contains { $0.hasSuffix("Article") || $0 == "BlogPosting" || $0 == "Report" || $0 == "WebPage" }
    }

    private static func authorNames(_ author: Any?) -> [String]? {
        if let name = author as? String { return isName(name) ? [name.collapsingSpaces()] : nil }
        if let object = author as? [String: Any] { return (object["name"] as? String).map { [$0.collapsingSpaces()] } }
        if let list = author as? [Any] { return list.compactMap { authorNames($0) }.flatMap { $0 } }
        return nil
    }
}
