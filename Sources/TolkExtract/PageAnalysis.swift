/// A parsed page with what the extraction passes share: which subtrees are dropped, each element's name tokens,
/// and text counts per subtree over the nodes still kept.
struct PageAnalysis {
    let tree: HTMLTree
    let cues: BoilerplateCues
    /// Whether a node was dropped (with its subtree) and why.
    var dropped: [String?]
    /// Each element's class, id, role and itemprop split into lower-case UTF-8 tokens.
    let names: [[[UInt8]]]
    /// Each element's cue kinds matched by its names, one bit per ``BoilerplateCues/Kind``.
    private let cueMask: [UInt8]
    /// Kept text length in the subtree (white space runs count as one).
    private(set) var textLength: [Int] = []
    /// Kept text length inside links in the subtree.
    private(set) var linkLength: [Int] = []
    /// Commas (`,` and the ideographic `、`) in kept text of the subtree.
    private(set) var commas: [Int] = []
    /// Kept text in prose paragraphs of the subtree: `p`, `pre` and `blockquote` elements, and `div`s without
    /// block children, of 40 characters or more, less than half of it links.
    private(set) var prose: [Int] = []

    init(tree: HTMLTree, cues: BoilerplateCues) {
        self.tree = tree
        self.cues = cues
        dropped = Array(repeating: nil, count: tree.nodes.count)
        let names = tree.nodes.map(Self.nameTokens)
        self.names = names
        cueMask = names.map { tokens in
            guard !tokens.isEmpty else { return 0 }
            var mask: UInt8 = 0
            for (bit, kind) in BoilerplateCues.Kind.allCases.enumerated() where cues.matches(kind, names: tokens) {
                mask |= 1 << UInt8(bit)
            }
            return mask
        }
    }

    /// Whether element `index`'s names hold a word of `kind`.
    func has(_ kind: BoilerplateCues.Kind, _ index: Int) -> Bool {
        guard let bit = BoilerplateCues.Kind.allCases.firstIndex(of: kind) else { return false }
        return cueMask[index] & (1 << UInt8(bit)) != 0
    }

    /// An element's class, id, role and itemprop values split at every byte that is not an ASCII letter or
    /// digit or part of a non-ASCII character, ASCII letters lower-cased.
    private static func nameTokens(_ node: HTMLTree.Node) -> [[UInt8]] {
        guard !node.isText else { return [] }
        var tokens: [[UInt8]] = []
        for attribute in node.attributes where ["class", "id", "role", "itemprop"].contains(attribute.name) {
            var token: [UInt8] = []
            for byte in attribute.value.utf8 {
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): token.append(byte | 0x20)
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), 0x80...: token.append(byte)
                default:
                    if !token.isEmpty { tokens.append(token) }
                    token = []
                }
            }
            if !token.isEmpty { tokens.append(token) }
        }
        return tokens
    }

    /// An element's name tokens joined by spaces, for reasons in the removed list.
    func nameText(_ index: Int) -> String {
        names[index].map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ")
    }

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
        for index in stride(from: count - 1, through: 0, by: -1) where dropped[index] == nil {
            let node = nodes[index]
            if node.isText {
                var length = 0, commaCount = 0, inSpace = true
                for scalar in node.text.unicodeScalars {
                    if scalar.isSpace {
                        if !inSpace { length += 1 }
                        inSpace = true
                    } else {
                        length += 1
                        inSpace = false
                        if scalar == "," || scalar == "\u{3001}" { commaCount += 1 }
                    }
                }
                textLength[index] = length
                commas[index] = commaCount
                continue
            }
            var text = 0, links = 0, commaCount = 0, proseCount = 0, hasBlockChild = false
            for child in node.children where dropped[child] == nil {
                if HTMLVocabulary.blockTags.contains(nodes[child].tag) { hasBlockChild = true }
                text += textLength[child]
                links += linkLength[child]
                commaCount += commas[child]
                proseCount += prose[child]
            }
            textLength[index] = text
            linkLength[index] = node.tag == "a" ? text : links
            commas[index] = commaCount
            let isParagraph = ["p", "pre", "blockquote"].contains(node.tag) || node.tag == "div" && !hasBlockChild
            let isProse = isParagraph && text >= 40 && links * 2 < text
            prose[index] = isProse ? text : proseCount
        }
    }

    /// The share of a subtree's text that is link text, 0 for a subtree without text.
    func linkDensity(_ index: Int) -> Double {
        textLength[index] == 0 ? 0 : Double(linkLength[index]) / Double(textLength[index])
    }

    /// The kept text of a subtree, with white space runs made single spaces and trimmed.
    func text(of index: Int) -> String {
        var result = ""
        var current = index
        let end = nodes[index].end
        while current < end {
            if dropped[current] != nil {
                current = nodes[current].end
                continue
            }
            if nodes[current].isText { result += nodes[current].text }
            else if HTMLVocabulary.blockTags.contains(nodes[current].tag) || nodes[current].tag == "br" { result += " " }
            current += 1
        }
        return result.collapsingSpaces()
    }

    /// The nearest ancestor-or-self element with tag `tag`, or `nil`.
    func ancestor(of index: Int, tag: String) -> Int? {
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
        var result = ""
        result.reserveCapacity(utf8.count)
        var pendingSpace = false
        for scalar in unicodeScalars {
            if scalar.isSpace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.unicodeScalars.append(" ") }
                pendingSpace = false
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
