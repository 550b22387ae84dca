import CLibXML2
import Foundation

/// An HTML page parsed by libxml2's HTML parser into flat arrays: elements and text in document order, their text
/// and attribute values as UTF-8 bytes in one buffer.
///
/// Nodes are numbered in document order (a pre-order walk), so the subtree of node `i` is the index range
/// `i..<nodes[i].end`, and passes over the page are loops over indices. A node is a few integers: its tag (one
/// of the tags the passes name, or ``HTMLTag/other``), its links, and where its text or attributes are; text is
/// read as bytes (``withText(_:_:)``) or, where a string is needed, as a `String` (``text(_:)``). Tag and
/// attribute names are lower case; comments, processing instructions and the document type are left out.
///
/// ```swift
/// let tree = HTMLTree(parsing: Array("<p>Hej <b>verden</b></p>".utf8))
/// tree.nodes.filter { $0.tag == .p }.count   // 1
/// ```
public struct HTMLTree: Sendable {
    /// One element or text node.
    public struct Node: Sendable {
        /// The element's tag; ``HTMLTag/text`` for a text node.
        public let tag: HTMLTag
        /// The parent's index; -1 for the root.
        public let parent: Int
        /// One past the last index of this node's subtree.
        public let end: Int
        /// The first child's index, or -1 (see ``HTMLTree/children(of:)``).
        public let firstChild: Int
        /// The next sibling's index, or -1.
        public let nextSibling: Int
        /// Text: where its bytes start in the tree's buffer; element: its first attribute's index.
        let start: Int
        /// Text: its byte length; element: how many attributes it has.
        let count: Int

        /// Whether this is a text node.
        public var isText: Bool { tag == .text }
    }

    /// Every node, in document order. Node 0 is the root element (`html`), when the page has one.
    public let nodes: [Node]
    /// Text and attribute values, UTF-8.
    private let bytes: [UInt8]
    /// Every element's attributes, each element's together: which attribute, where its value is in `bytes`.
    private let attributes: [(name: HTMLAttribute, start: Int, count: Int)]
    /// How many script or style elements' content the parse read at once rather than character by character
    /// (the tree is the same either way; see `read_raw_text` in the C shim).
    let rawTextsReadAtOnce: Int

    /// Parses HTML bytes. Never fails: libxml2 recovers from any markup error, and bytes it cannot make a
    /// document of give an empty tree.
    /// - Parameters:
    ///   - bytes: the page.
    ///   - encoding: the page's encoding ("UTF-8", "windows-1252"), or `nil` to use the page's own declaration.
    /// - Complexity: O(n) in the page's size.
    public init(parsing bytes: [UInt8], encoding: String? = nil) {
        self.init(parsing: bytes, encoding: encoding, rawTextAtOnce: true)
    }

    /// Parses HTML bytes, with libxml2 reading script and style content character by character when
    /// `rawTextAtOnce` is false (for tests that compare the two readings).
    init(parsing bytes: [UInt8], encoding: String?, rawTextAtOnce: Bool) {
        HTMLTree.initializeOnce
        guard !bytes.isEmpty, bytes.count <= Int(Int32.max),
              let tree = Self.parse(bytes, encoding: encoding, options: rawTextAtOnce ? CLIBXML2_RAW_TEXT_AT_ONCE : 0)
        else {
            (nodes, self.bytes, attributes, rawTextsReadAtOnce) = ([], [], [], 0)
            return
        }
        defer { clibxml2_free_tree(tree) }
        rawTextsReadAtOnce = Int(clibxml2_raw_texts_at_once(tree))
        let byteCount = Int(clibxml2_byte_count(tree))
        let text = byteCount == 0 ? [] : Array(UnsafeBufferPointer(start: clibxml2_bytes(tree), count: byteCount))
        let tags = Self.tags(of: tree, bytes: text)
        let nodeCount = Int(clibxml2_node_count(tree))
        var attributeCount = 0
        let nodes: [Node] = nodeCount == 0 ? [] : UnsafeBufferPointer(start: clibxml2_nodes(tree), count: nodeCount).map {
            if $0.name >= 0 { attributeCount += Int($0.length) }
            return Node(tag: $0.name < 0 ? .text : tags[Int($0.name)], parent: Int($0.parent), end: Int($0.end),
                        firstChild: Int($0.first_child), nextSibling: Int($0.next_sibling), start: Int($0.start),
                        count: Int($0.length))
        }
        let attributeNames = Self.attributeNames
        let attributes: [(name: HTMLAttribute, start: Int, count: Int)] = attributeCount == 0 ? []
            : UnsafeBufferPointer(start: clibxml2_attributes(tree), count: attributeCount).map {
                (name: attributeNames[Int($0.name)], start: Int($0.value_start), count: Int($0.value_length))
            }
        if UTF8Check.isValid(text) {
            (self.nodes, self.bytes, self.attributes) = (nodes, text, attributes)
        } else {
            (self.nodes, self.bytes, self.attributes) = Self.repaired(nodes, text, attributes)
        }
    }

    /// The children of node `index`, in order.
    public func children(of index: Int) -> Children { Children(nodes: nodes, upcoming: nodes[index].firstChild) }

    /// A node's children, walked through their sibling links.
    public struct Children: Sequence, IteratorProtocol {
        let nodes: [Node]
        var upcoming: Int

        /// The next child's index, or `nil` after the last.
        public mutating func next() -> Int? {
            guard upcoming >= 0 else { return nil }
            defer { upcoming = nodes[upcoming].nextSibling }
            return upcoming
        }
    }

    /// Calls `body` with the UTF-8 bytes of text node `index` (entities resolved); empty for an element.
    public func withText<Result>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let node = nodes[index]
        guard node.isText else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[node.start..<node.start + node.count])) }
    }

    /// Text node `index`'s text as the page has it (entities resolved); empty for an element.
    public func text(_ index: Int) -> String { withText(index) { String(decoding: $0, as: UTF8.self) } }

    /// The value of attribute `name` of element `index` (empty when the attribute has no value), or `nil`.
    public func attribute(_ name: HTMLAttribute, of index: Int) -> String? {
        withAttribute(name, of: index) { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with the UTF-8 bytes of attribute `name` of element `index`; `nil` when it has none.
    public func withAttribute<Result>(_ name: HTMLAttribute, of index: Int,
                                      _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        let node = nodes[index]
        guard !node.isText else { return nil }
        for position in node.start..<node.start + node.count where attributes[position].name == name {
            let attribute = attributes[position]
            return bytes.withUnsafeBufferPointer {
                body(UnsafeBufferPointer(rebasing: $0[attribute.start..<attribute.start + attribute.count]))
            }
        }
        return nil
    }

    /// Calls `body` with each attribute of element `index` in page order: its name and its value's UTF-8 bytes.
    func forEachAttribute(of index: Int, _ body: (HTMLAttribute, UnsafeBufferPointer<UInt8>) -> Void) {
        let node = nodes[index]
        guard !node.isText, node.count > 0 else { return }
        bytes.withUnsafeBufferPointer { buffer in
            for position in node.start..<node.start + node.count {
                let attribute = attributes[position]
                body(attribute.name, UnsafeBufferPointer(rebasing: buffer[attribute.start..<attribute.start + attribute.count]))
            }
        }
    }

    /// The kept attributes in the order the C shim numbers them (`allCases` would make a new array at every use).
    private static let attributeNames = HTMLAttribute.allCases

    /// Called once before any parse, so that pages can be parsed on several threads at once.
    private static let initializeOnce: Void = { clibxml2_initialize() }()

    /// The attribute names libxml2 is asked to keep, in ``HTMLAttribute`` order, as C strings that live as long as
    /// the process (never written).
    private nonisolated(unsafe) static let keptNames: [UnsafePointer<CChar>?] = HTMLAttribute.allCases.map {
        $0.rawValue.withCString { UnsafePointer(strdup($0)) }
    }

    private static func parse(_ bytes: [UInt8], encoding: String?, options: Int32) -> OpaquePointer? {
        let kept = keptNames
        return bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { page in
                if let encoding {
                    return encoding.withCString {
                        clibxml2_parse_with(page.baseAddress, Int32(page.count), $0, kept, Int32(kept.count), options)
                    }
                }
                return clibxml2_parse_with(page.baseAddress, Int32(page.count), nil, kept, Int32(kept.count), options)
            }
        }
    }

    /// Each element name's tag, in the tree's name order.
    private static func tags(of tree: OpaquePointer, bytes: [UInt8]) -> [HTMLTag] {
        let count = Int(clibxml2_name_count(tree))
        guard count > 0, let names = clibxml2_names(tree) else { return [] }
        return (0..<count).map { index in
            let start = Int(names[2 * index]), length = Int(names[2 * index + 1])
            return HTMLTag(name: bytes[start..<start + length])
        }
    }

    /// The tree with its bytes made valid UTF-8 (each ill-formed sequence replaced by U+FFFD, as `String` does).
    private static func repaired(_ nodes: [Node], _ bytes: [UInt8], _ attributes: [(name: HTMLAttribute, start: Int, count: Int)])
        -> ([Node], [UInt8], [(name: HTMLAttribute, start: Int, count: Int)])
    {
        var fixed: [UInt8] = []
        func copy(_ start: Int, _ count: Int) -> (start: Int, count: Int) {
            let piece = String(decoding: bytes[start..<start + count], as: UTF8.self).utf8
            defer { fixed += piece }
            return (fixed.count, piece.count)
        }
        let newNodes = nodes.map { node in
            guard node.isText else { return node }
            let (start, count) = copy(node.start, node.count)
            return Node(tag: node.tag, parent: node.parent, end: node.end, firstChild: node.firstChild,
                        nextSibling: node.nextSibling, start: start, count: count)
        }
        let newAttributes = attributes.map { attribute in
            let (start, count) = copy(attribute.start, attribute.count)
            return (attribute.name, start, count)
        }
        return (newNodes, fixed, newAttributes)
    }
}

/// The attributes a tree keeps on elements: those that name an element's role on the page (class, id, role,
/// itemprop), hide it (hidden, aria-hidden, style), or carry metadata (meta's name, property, content,
/// http-equiv and charset; time's datetime; script's type; link's rel; html's lang). Others are not read, which
/// keeps parsing fast.
public enum HTMLAttribute: String, Sendable, CaseIterable {
    case `class`, id, role, itemprop, hidden, ariaHidden = "aria-hidden", style, name, property, content
    case httpEquiv = "http-equiv", charset, datetime, type, rel, lang
}

/// Whether bytes are well-formed UTF-8 (a fast test: eight ASCII bytes at a time).
enum UTF8Check {
    static func isValid(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return true }
            let count = buffer.count
            var index = 0
            while index < count {
                if index + 8 <= count {
                    let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                    if word & 0x8080_8080_8080_8080 == 0 {
                        index += 8
                        continue
                    }
                }
                let byte = base[index]
                if byte < 0x80 {
                    index += 1
                    continue
                }
                let width: Int, low: UInt8, high: UInt8  // the second byte's range
                switch byte {
                case 0xC2...0xDF: (width, low, high) = (2, 0x80, 0xBF)
                case 0xE0: (width, low, high) = (3, 0xA0, 0xBF)
                case 0xE1...0xEC, 0xEE...0xEF: (width, low, high) = (3, 0x80, 0xBF)
                case 0xED: (width, low, high) = (3, 0x80, 0x9F)
                case 0xF0: (width, low, high) = (4, 0x90, 0xBF)
                case 0xF1...0xF3: (width, low, high) = (4, 0x80, 0xBF)
                case 0xF4: (width, low, high) = (4, 0x80, 0x8F)
                default: return false
                }
                guard index + width <= count, base[index + 1] >= low, base[index + 1] <= high else { return false }
                for offset in 2..<width where base[index + offset] & 0xC0 != 0x80 { return false }
                index += width
            }
            return true
        }
    }
}
