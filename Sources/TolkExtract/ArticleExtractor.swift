/// Reads the article out of a web page: the body text without navigation, related links, comments, cookie
/// banners or footers, and the page's title, publication date and byline.
///
/// The page is parsed by libxml2's HTML parser; four passes follow: drop what is never text or is marked as
/// furniture (``PagePruner``), choose the containers of the article by scoring paragraphs (``ContentSelector``),
/// clean those containers (``ContentCleaner``), and render their blocks, leaving out boilerplate lines
/// (``ArticleRenderer``). The tuning words, in Danish and English, come from ``BoilerplateCues``.
///
/// ```swift
/// let extractor = ArticleExtractor(cues: cues)
/// let article = extractor.extract(html: Array(page.utf8))
/// print(article.title?.value ?? "", article.text)
/// ```
///
/// The same page always gives the same article. An extractor holds no state between pages and may be used from
/// several threads at once.
public struct ArticleExtractor: Sendable {
    /// The cues in use.
    public let cues: BoilerplateCues

    /// Makes an extractor with the given cues.
    public init(cues: BoilerplateCues) { self.cues = cues }

    /// Extracts the article from an HTML page.
    /// - Parameters:
    ///   - html: the page's bytes.
    ///   - encoding: the page's encoding, or `nil`: UTF-8 when the bytes are valid UTF-8, else what the page
    ///     declares (libxml2 reads `<meta charset>`), else windows-1252.
    /// - Returns: the article; its text is empty when the page holds no readable text.
    /// - Complexity: O(n) in the page's size for parsing, and O(n·d) for the passes, d the nesting depth.
    public func extract(html: [UInt8], encoding: String? = nil) -> ExtractedArticle {
        let tree = HTMLTree(parsing: html, encoding: encoding ?? Self.encoding(of: html))
        return extract(tree: tree)
    }

    /// Extracts the article from a page already parsed.
    ///
    /// A page whose article comes out shorter than ``retryLength`` characters is read again with fewer passes
    /// (first without cleaning the containers, then also without dropping furniture by names), and the longest
    /// text wins: a page built in an unusual way loses less than it would to the full rules.
    public func extract(tree: HTMLTree) -> ExtractedArticle {
        let metadata = PageMetadata(tree: tree)
        let facts = PageFacts(tree: tree, cues: cues)
        var best = attempt(facts, metadata: metadata, pruneByNames: true, clean: true)
        for (pruneByNames, clean) in [(true, false), (false, false)] where best.length < Self.retryLength {
            let next = attempt(facts, metadata: metadata, pruneByNames: pruneByNames, clean: clean)
            if next.length > best.length { best = next }
        }
        return article(best, metadata: metadata)
    }

    /// Articles shorter than this many characters are read again with fewer passes.
    public static let retryLength = 250

    private struct Attempt {
        let page: PageAnalysis
        let containers: [Int]
        let renderer: ArticleRenderer
        /// Characters in the rendered blocks.
        var length: Int { renderer.blocks.reduce(0) { $0 + $1.length } }
    }

    private func attempt(_ facts: PageFacts, metadata: PageMetadata, pruneByNames: Bool, clean: Bool) -> Attempt {
        var page = PageAnalysis(facts: facts)
        PagePruner.prune(&page, byNames: pruneByNames)
        let selection = ContentSelector.select(page)
        if clean { ContentCleaner.clean(&page, containers: selection.nodes, scores: selection.scores) }
        var renderer = ArticleRenderer(page: page, title: metadata.title?.value)
        renderer.render(selection.nodes)
        return Attempt(page: page, containers: selection.nodes, renderer: renderer)
    }

    private func article(_ attempt: Attempt, metadata: PageMetadata) -> ExtractedArticle {
        var text = ""
        var blocks: [ArticleBlock] = []
        for block in attempt.renderer.blocks {
            if !text.isEmpty { text += "\n" }
            let start = text.utf8.count
            text += block.text
            blocks.append(ArticleBlock(kind: block.kind, range: start..<text.utf8.count))
            text += "\n"
        }
        var byline = metadata.byline
        if byline == nil, let name = attempt.renderer.byline { byline = PageField(value: name, source: "byline") }
        return ExtractedArticle(
            text: text, blocks: blocks, title: metadata.title, published: metadata.published, byline: byline,
            declaredLanguage: metadata.declaredLanguage,
            removed: RemovedBlocks.collect(attempt.page, containers: attempt.containers) + attempt.renderer.removed)
    }

    /// "UTF-8" for bytes that are valid UTF-8 (a BOM allowed), else `nil` (the page's declaration decides).
    static func encoding(of bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16BE" }
        if bytes.starts(with: [0xFF, 0xFE]) { return "UTF-16LE" }
        return UTF8Check.isValid(bytes) ? "UTF-8" : nil
    }
}

/// The parts of a page left out of the article: dropped subtrees, and everything outside the chosen containers.
enum RemovedBlocks {
    static func collect(_ page: PageAnalysis, containers: [Int]) -> [RemovedBlock] {
        var inArticle = Array(repeating: false, count: page.nodes.count)
        for container in containers {
            for index in container..<page.nodes[container].end { inArticle[index] = true }
        }
        var result: [RemovedBlock] = []
        var index = page.nodes.firstIndex { $0.tag == .body } ?? 0
        let end = page.nodes.isEmpty ? 0 : page.nodes[index].end
        while index < end {
            let node = page.nodes[index]
            if let reason = page.dropped[index] {
                let text = page.visibleText(of: index)
                if !text.isEmpty {
                    result.append(RemovedBlock(reason: reason, text: text))
                }
                index = node.end
            } else if !inArticle[index] && !containsArticle(index, containers: containers, page: page) {
                let text = page.text(of: index)
                if !text.isEmpty { result.append(RemovedBlock(reason: "outside the article", text: text)) }
                index = node.end
            } else {
                index += 1
            }
        }
        return result
    }

    private static func containsArticle(_ index: Int, containers: [Int], page: PageAnalysis) -> Bool {
        containers.contains { $0 >= index && $0 < page.nodes[index].end }
    }
}
