/// What the extraction passes know of a page before any pass runs, computed once and shared by every attempt:
/// each element's name tokens and cue kinds, whether it is a block element, and each text node's length and
/// commas.
final class PageFacts: Sendable {
    let tree: HTMLTree
    let cues: BoilerplateCues
    /// Each element's class, id, role and itemprop split into lower-case UTF-8 tokens.
    let names: [[[UInt8]]]
    /// Each element's cue kinds matched by its names, one bit per ``BoilerplateCues/Kind``.
    private let cueMask: [UInt8]
    /// Whether each node is a block element (or `br`), which breaks text.
    let breaksText: [Bool]
    /// Each text node's length (white space runs count as one; 0 for elements).
    let textLength: [Int]
    /// Each text node's commas (`,` and the ideographic `、`).
    let commas: [Int]

    init(tree: HTMLTree, cues: BoilerplateCues) {
        self.tree = tree
        self.cues = cues
        let names = tree.nodes.map(Self.nameTokens)
        self.names = names
        // Pages repeat their class names: each distinct token is matched against the cues once.
        var tokenMasks: [[UInt8]: UInt8] = [:]
        cueMask = names.map { tokens in
            var mask: UInt8 = 0
            for token in tokens where !token.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
                if let known = tokenMasks[token] {
                    mask |= known
                    continue
                }
                var tokenMask: UInt8 = 0
                for (bit, kind) in BoilerplateCues.Kind.allCases.enumerated() where cues.matches(kind, names: [token]) {
                    tokenMask |= 1 << UInt8(bit)
                }
                tokenMasks[token] = tokenMask
                mask |= tokenMask
            }
            return mask
        }
        breaksText = tree.nodes.map { HTMLVocabulary.blockTags.contains($0.tag) || $0.tag == "br" }
        var lengths = Array(repeating: 0, count: tree.nodes.count)
        var commas = Array(repeating: 0, count: tree.nodes.count)
        for (index, node) in tree.nodes.enumerated() where node.isText {
            (lengths[index], commas[index]) = Self.measure(node.text)
        }
        textLength = lengths
        self.commas = commas
    }

    /// Whether element `index`'s names hold a word of `kind`.
    func has(_ kind: BoilerplateCues.Kind, _ index: Int) -> Bool {
        guard let bit = BoilerplateCues.Kind.allCases.firstIndex(of: kind) else { return false }
        return cueMask[index] & (1 << UInt8(bit)) != 0
    }

    /// An element's name tokens joined by spaces, for reasons in the removed list.
    func nameText(_ index: Int) -> String {
        names[index].map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ")
    }

    /// Characters (white space runs counting as one; leading white space not counted) and commas of a text.
    private static func measure(_ text: String) -> (length: Int, commas: Int) {
        var copy = text
        return copy.withUTF8 { bytes in
            var length = 0, commas = 0, index = 0
            var started = false, inSpace = false
            while index < bytes.count {
                let width = CollapsedText.spaceWidth(bytes, at: index)
                if width > 0 {
                    if started && !inSpace { length += 1 }
                    inSpace = true
                    index += width
                    continue
                }
                let byte = bytes[index]
                started = true
                inSpace = false
                if byte & 0xC0 != 0x80 { length += 1 }
                if byte == UInt8(ascii: ",") { commas += 1 }
                // U+3001 IDEOGRAPHIC COMMA is E3 80 81.
                if byte == 0xE3, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x81 {
                    commas += 1
                }
                index += 1
            }
            return (length, commas)
        }
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
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), 0x80...:
                    token.append(byte)
                default:
                    if !token.isEmpty { tokens.append(token) }
                    token = []
                }
            }
            if !token.isEmpty { tokens.append(token) }
        }
        return tokens
    }
}
