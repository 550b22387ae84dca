/// A parsed page with what the extraction passes share: which subtrees are dropped, each element's name tokens,
/// and text counts per subtree over the nodes still kept.
struct PageAnalysis {
    let facts: PageFacts
    /// Whether a node was dropped (with its subtree) and why.
    var dropped: [String?]
    /// Kept text length in the subtree (white space runs count as one).
    private(set) var textLength: [Int] = []
    /// Kept text length inside links in the subtree.
    private(set) var linkLength: [Int] = []
    /// Commas (`,` and the ideographic `、`) in kept text of the subtree.
    private(set) var commas: [Int] = []
    /// Kept text in prose paragraphs of the subtree: `p`, `pre` and `blockquote` elements, and `div`s without
    /// block children, of 40 characters or more, less than half of it links.
    private(set) var prose: [Int] = []

    init(facts: PageFacts) {
        self.facts = facts
        dropped = Array(repeating: nil, count: facts.tree.nodes.count)
    }

    var tree: HTMLTree { facts.tree }
    var cues: BoilerplateCues { facts.cues }

    /// Whether element `index`'s names hold a word of `kind`.
    func has(_ kind: BoilerplateCues.Kind, _ index: Int) -> Bool { facts.has(kind, index) }

    /// An element's name tokens joined by spaces, for reasons in the removed list.
    func nameText(_ index: Int) -> String { facts.nameText(index) }

    var nodes: [HTMLTree.Node] { tree.nodes }

    /// Drops node `index` and its subtree, recording `reason` (the first reason given wins).
    mutating func drop(_ index: Int, reason: String) {
        if dropped[index] == nil { dropped[index] = reason }
    }

    /// Whether `index` or one of its ancestors was dropped.
    func isDropped(_ index: Int) -> Bool {
        var current = index
        while current >= 0 {
            if dropped[current] != nil { return true }
            current = nodes[current].parent
        }
        return false
    }

    /// Recounts text, link text and commas for every subtree, leaving out dropped ones.
    mutating func count() {
        let count = nodes.count
        textLength = Array(repeating: 0, count: count)
        linkLength = Array(repeating: 0, count: count)
        commas = Array(repeating: 0, count: count)
        prose = Array(repeating: 0, count: count)
        // The arrays read in the loop, held once (each access through `facts` would retain and release them).
        let nodes = self.nodes, dropped = self.dropped
        let textLengths = facts.textLength, textCommas = facts.commas, breaksText = facts.breaksText
        for index in stride(from: count - 1, through: 0, by: -1) where dropped[index] == nil {
            let node = nodes[index]
            if node.isText {
                textLength[index] = textLengths[index]
                commas[index] = textCommas[index]
                continue
            }
            var text = 0, links = 0, commaCount = 0, proseCount = 0, hasBlockChild = false
            var child = node.firstChild
            while child >= 0 {
                defer { child = nodes[child].nextSibling }
                guard dropped[child] == nil else { continue }
                if breaksText[child] { hasBlockChild = true }
                text += textLength[child]
                links += linkLength[child]
                commaCount += commas[child]
                proseCount += prose[child]
            }
            textLength[index] = text
            linkLength[index] = node.tag == .a ? text : links
            commas[index] = commaCount
            let isParagraph = Self.proseTags.contains(node.tag) || node.tag == .div && !hasBlockChild
            let isProse = isParagraph && text >= 40 && links * 2 < text
            prose[index] = isProse ? text : proseCount
        }
    }

    private static let proseTags: HTMLTagSet = [.p, .pre, .blockquote]

    /// The share of a subtree's text that is link text, 0 for a subtree without text.
    func linkDensity(_ index: Int) -> Double {
        textLength[index] == 0 ? 0 : Double(linkLength[index]) / Double(textLength[index])
    }

    /// The kept text of a subtree, with white space runs made single spaces and trimmed.
    func text(of index: Int) -> String {
        collapsedText(of: index) { dropped[$0] != nil }
    }

    /// The text of a subtree as a reader would see it, dropped or not (scripts, styles and other elements that
    /// never hold text left out), white space runs made single spaces: what the removed list reports.
    func visibleText(of index: Int) -> String {
        let nodes = self.nodes
        return collapsedText(of: index) { HTMLVocabulary.neverText.contains(nodes[$0].tag) }
    }

    /// The text of a subtree in document order, leaving out every subtree for which `skipped` holds, with a space
    /// where an element breaks the text and white space runs made single spaces.
    private func collapsedText(of index: Int, skipping skipped: (Int) -> Bool) -> String {
        var text = CollapsedText()
        var current = index
        let nodes = self.nodes, tree = self.tree, breaksText = facts.breaksText
        let end = nodes[index].end
        while current < end {
            if skipped(current) {
                current = nodes[current].end
                continue
            }
            if nodes[current].isText { tree.withText(current) { _ = text.append($0) } }
            else if breaksText[current] { text.appendSpace() }
            current += 1
        }
        return text.string
    }

    /// The nearest ancestor-or-self element with tag `tag`, or `nil`.
    func ancestor(of index: Int, tag: HTMLTag) -> Int? {
        var current = index
        while current >= 0 {
            if nodes[current].tag == tag { return current }
            current = nodes[current].parent
        }
        return nil
    }
}

extension String {
    /// The string with every run of white space made one space, and no space at either end.
    func collapsingSpaces() -> String {
        var text = CollapsedText()
        text.append(self)
        return text.string
    }
}
