/// The last pass: turns the chosen containers into blocks of text, leaving out blocks that are furniture by their
/// words (a boilerplate phrase, a byline, the headline again, a line of links).
struct ArticleRenderer {
    private let page: PageAnalysis
    private let title: String?
    private(set) var blocks: [(kind: ArticleBlock.Kind, text: String, length: Int)] = []
    private(set) var removed: [RemovedBlock] = []
    private(set) var byline: String?

    private var current = CollapsedText()
    private var currentLinks = 0
    private var currentTime = 0

    init(page: PageAnalysis, title: String?) {
        self.page = page
        self.title = title?.collapsingSpaces().lowercased()
    }

    mutating func render(_ containers: [Int]) {
        for container in containers { render(container: container) }
    }

    private mutating func render(container: Int) {
        var open: [(index: Int, end: Int)] = []
        var index = container
        let end = page.nodes[container].end
        var linkEnds: [Int] = []
        var timeEnds: [Int] = []
        while index < end {
            while let last = open.last, last.end <= index {
                open.removeLast()
                flush(open.last.map { page.nodes[$0.index].tag } ?? .other, closing: page.nodes[last.index].tag)
            }
            while let last = linkEnds.last, last <= index { linkEnds.removeLast() }
            while let last = timeEnds.last, last <= index { timeEnds.removeLast() }
            let node = page.nodes[index]
            if page.dropped[index] != nil {
                index = node.end
                continue
            }
            if node.isText {
                let preformatted = open.contains { page.nodes[$0.index].tag == .pre }
                page.tree.withText(index) {
                    append($0, preformatted: preformatted, inLink: !linkEnds.isEmpty, inTime: !timeEnds.isEmpty)
                }
            } else if node.tag == .br {
                flush(open.last.map { page.nodes[$0.index].tag } ?? .other, closing: nil)
            } else if HTMLVocabulary.blockTags.contains(node.tag) {
                flush(open.last.map { page.nodes[$0.index].tag } ?? .other, closing: nil)
                open.append((index, node.end))
            } else if node.tag == .a {
                linkEnds.append(node.end)
            } else if node.tag == .time {
                timeEnds.append(node.end)
            }
            index += 1
        }
        while let last = open.popLast() {
            flush(open.last.map { page.nodes[$0.index].tag } ?? .other, closing: page.nodes[last.index].tag)
        }
        flush(.other, closing: nil)
    }

    private mutating func append(_ text: UnsafeBufferPointer<UInt8>, preformatted: Bool, inLink: Bool, inTime: Bool) {
        let added = preformatted ? current.appendVerbatim(text) : current.append(text)
        if inLink { currentLinks += added }
        if inTime { currentTime += added }
    }

    /// Ends the block being built; `enclosing` is the innermost open block element's tag, `closing` the tag of
    /// the element that just ended (which names the block's kind), if any.
    private mutating func flush(_ enclosing: HTMLTag, closing: HTMLTag?) {
        defer {
            current = CollapsedText()
            currentLinks = 0
            currentTime = 0
        }
        guard !current.isEmpty else { return }
        let text = current.string
        let tag = closing ?? enclosing
        let kind = Self.kind(of: tag)
        if let reason = furnitureReason(text, kind: kind) {
            removed.append(RemovedBlock(reason: reason, text: text))
            return
        }
        blocks.append((kind, text, current.length))
    }

    private mutating func furnitureReason(_ text: String, kind: ArticleBlock.Kind) -> String? {
        if kind == .heading, let title, text.lowercased() == title { return "the headline" }
        if current.length <= 200, let phrase = page.cues.phrase(startingText: text) { return "boilerplate phrase '\(phrase)'" }
        if blocks.count < 3, byline == nil, let name = bylineName(text) {
            byline = name
            return "byline"
        }
        if current.length > 0, current.length <= 80, currentTime * 10 >= current.length * 8 { return "date line" }
        if current.length > 0, Double(currentLinks) / Double(current.length) > 0.5 { return "links" }
        return nil
    }

    /// The name in a short block such as "By Jane Doe" or "Af Jens Hansen, Aarhus", or `nil`.
    private func bylineName(_ text: String) -> String? {
        guard current.length <= 80 else { return nil }
        let words = text.split(separator: " ")
        guard words.count >= 2, words.count <= 10, let first = words.first else { return nil }
        guard page.cues.isBylineWord(first.lowercased()) else { return nil }
        let name = words.dropFirst()
        guard let head = name.first?.first, head.isUppercase else { return nil }
        return name.joined(separator: " ")
    }

    private static func kind(of tag: HTMLTag) -> ArticleBlock.Kind {
        switch tag {
        case .h1, .h2, .h3, .h4, .h5, .h6: return .heading
        case .li, .dd, .dt: return .item
        case .blockquote: return .quote
        case .pre: return .preformatted
        case .td, .th: return .cell
        default: return .paragraph
        }
    }
}
