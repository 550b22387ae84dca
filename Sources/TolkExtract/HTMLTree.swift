import CLibXML2

/// An HTML page parsed by libxml2's HTML parser into plain Swift values: elements and text in document order.
///
/// Nodes are numbered in document order (a pre-order walk), so the subtree of node `i` is the index range
/// `i..<nodes[i].end`, and passes over the page are loops over indices. Tag and attribute names are lower case;
/// comments, processing instructions and the document type are left out.
///
/// ```swift
/// let tree = HTMLTree(parsing: Array("<p>Hej <b>verden</b></p>".utf8))
/// tree.nodes.filter { $0.tag == "p" }.count   // 1
/// ```
public struct HTMLTree: Sendable {
    /// One element or text node.
    public struct Node: Sendable {
        /// The element's tag name in lower case; empty for a text node.
        public let tag: String
        /// A text node's text as the page has it (entities resolved); empty for an element.
        public let text: String
        /// The element's attributes that Tolk reads (``HTMLTree/keptAttributes``), in page order, names in lower
        /// case.
        public let attributes: [(name: String, value: String)]
        /// The parent's index; -1 for the root.
        public let parent: Int
        /// One past the last index of this node's subtree.
        public internal(set) var end: Int
        /// The first child's index, or -1 (see ``HTMLTree/children(of:)``).
        public internal(set) var firstChild = -1
        /// The next sibling's index, or -1.
        public internal(set) var nextSibling = -1

        /// Whether this is a text node.
        public var isText: Bool { tag.isEmpty }

        /// The value of attribute `name` (lower case), or `nil`.
        public func attribute(_ name: String) -> String? {
            for attribute in attributes where attribute.name == name { return attribute.value }
            return nil
        }
    }

    /// The attributes kept on elements: those that name an element's role on the page (class, id, role,
    /// itemprop), hide it (hidden, aria-hidden, style), or carry metadata (meta's name, property, content,
    /// http-equiv and charset; time's datetime; script's type; link's rel; html's lang). Others are not read,
    /// which keeps parsing fast.
    public static let keptAttributes: Set<String> = [
        "class", "id", "role", "itemprop", "hidden", "aria-hidden", "style", "name", "property", "content",
        "http-equiv", "charset", "datetime", "type", "rel", "lang",
    ]

    /// Every node, in document order. Node 0 is the root element (`html`), when the page has one.
    public private(set) var nodes: [Node]

    /// Parses HTML bytes. Never fails: libxml2 recovers from any markup error, and bytes it cannot make a
    /// document of give an empty tree.
    /// - Parameters:
    ///   - bytes: the page.
    ///   - encoding: the page's encoding ("UTF-8", "windows-1252"), or `nil` to use the page's own declaration.
    /// - Complexity: O(n) in the page's size; the walk keeps its own stack, so deep nesting cannot overflow.
    public init(parsing bytes: [UInt8], encoding: String? = nil) {
        nodes = []
        HTMLTree.initializeOnce
        guard !bytes.isEmpty, bytes.count <= Int(Int32.max) else { return }
        let document: UnsafeMutableRawPointer? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress?.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                if let encoding {
                    return encoding.withCString { clibxml2_parse_html(pointer, Int32(buffer.count), $0) }
                }
                return clibxml2_parse_html(pointer, Int32(buffer.count), nil)
            }
        }
        guard let document else { return }
        defer { clibxml2_free_document(document) }
        guard let root = clibxml2_root(document) else { return }
        walk(from: root)
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

    /// Called once before any parse, so that pages can be parsed on several threads at once.
    private static let initializeOnce: Void = { clibxml2_initialize() }()

    private mutating func walk(from root: UnsafeRawPointer) {
        // Each stack entry is a libxml2 node still to visit and the index of its parent.
        var stack: [(node: UnsafeRawPointer, parent: Int)] = [(root, -1)]
        var open: [Int] = []  // elements whose subtree is still being numbered
        var lastChild: [Int] = []  // each node's last child numbered so far, or -1
        while let (node, parent) = stack.popLast() {
            // `open` is the path from the root to the last element numbered; the parent is on it.
            while let last = open.last, last != parent {
                nodes[last].end = nodes.count
                open.removeLast()
            }
            let kind = clibxml2_node_kind(node)
            let index = nodes.count
            if kind == CLIBXML2_TEXT || kind == CLIBXML2_CDATA {
                guard let content = clibxml2_node_content(node) else { continue }
                nodes.append(Node(tag: "", text: String(cString: content), attributes: [], parent: parent,
                                  end: index + 1))
            } else if kind == CLIBXML2_ELEMENT, let name = clibxml2_node_name(node) {
                nodes.append(Node(tag: String(cString: name), text: "", attributes: attributes(of: node),
                                  parent: parent, end: index + 1))
                open.append(index)
                // Children pushed last to first, so that the first is visited next.
                var child = clibxml2_last_child(node)
                while let current = child {
                    stack.append((current, index))
                    child = clibxml2_previous_sibling(current)
                }
            } else {
                continue
            }
            lastChild.append(-1)
            if parent >= 0 {
                if lastChild[parent] >= 0 { nodes[lastChild[parent]].nextSibling = index }
                else { nodes[parent].firstChild = index }
                lastChild[parent] = index
            }
        }
        for index in open { nodes[index].end = nodes.count }
    }

    private func attributes(of node: UnsafeRawPointer) -> [(name: String, value: String)] {
        var result: [(name: String, value: String)] = []
        var attribute = clibxml2_first_attribute(node)
        while let current = attribute {
            if let cName = clibxml2_attribute_name(current) {
                let name = String(cString: cName)
                if Self.keptAttributes.contains(name) {
                    result.append((name, clibxml2_attribute_value(current).map { String(cString: $0) } ?? ""))
                }
            }
            attribute = clibxml2_next_attribute(current)
        }
        return result
    }
}
