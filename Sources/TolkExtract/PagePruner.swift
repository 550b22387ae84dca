/// The first pass: drops what can never be article text (scripts, hidden elements) and what the page marks as
/// furniture (navigation, cookie banners, share bars, comments, related links) by tag, role, class or id.
///
/// An element that holds half of the page's prose paragraphs or more is never dropped by its names or tag (a page
/// wrapped in one `<form>`, an article body in a `<div class="layout-with-rail">`), nor are `html`, `body`, `main`
/// and `article`.
enum PagePruner {
    /// Drops what is never text, and, when `byNames` is true, what the page's tags, roles and names mark as
    /// furniture.
    static func prune(_ page: inout PageAnalysis, byNames: Bool = true) {
        let nodes = page.nodes, tree = page.tree
        for index in nodes.indices where !nodes[index].isText {
            let node = nodes[index]
            if HTMLVocabulary.neverText.contains(node.tag) {
                page.drop(index, reason: "<\(node.tag.name)>")
            } else if isHidden(index, tree: tree) {
                page.drop(index, reason: "hidden")
            }
        }
        page.count()
        guard byNames else { return }
        let pageProse = max(page.prose.first ?? 0, 1)
        var index = 0
        while index < nodes.count {
            let node = nodes[index]
            if node.isText || page.dropped[index] != nil {
                index = page.dropped[index] != nil ? node.end : index + 1
                continue
            }
            if let reason = furnitureReason(index, page: page, pageProse: pageProse) {
                page.drop(index, reason: reason)
                index = node.end
                continue
            }
            index += 1
        }
        page.count()
    }

    private static func furnitureReason(_ index: Int, page: PageAnalysis, pageProse: Int) -> String? {
        let node = page.nodes[index]
        if keptTags.contains(node.tag) { return nil }
        if page.prose[index] * 2 >= pageProse { return nil }
        if page.has(.keep, index) { return nil }
        if HTMLVocabulary.furnitureTags.contains(node.tag) { return "<\(node.tag.name)>" }
        if let role = page.tree.attribute(.role, of: index)?.lowercased(), HTMLVocabulary.furnitureRoles.contains(role) {
            return "role \(role)"
        }
        if page.has(.remove, index) { return "furniture names '\(page.nameText(index))'" }
        if page.has(.unlikely, index), !page.has(.positive, index) { return "unlikely names '\(page.nameText(index))'" }
        return nil
    }

    /// Elements never dropped by their names or tag.
    private static let keptTags: HTMLTagSet = [.html, .body, .main, .article]

    private static func isHidden(_ index: Int, tree: HTMLTree) -> Bool {
        var hidden = false, hasStyle = false, hasAriaHidden = false
        tree.forEachAttribute(of: index) { name, value in
            switch name {
            case .hidden: hidden = true
            case .ariaHidden where !hasAriaHidden:
                hasAriaHidden = true
                if Self.isTrue(value) { hidden = true }
            case .style: hasStyle = true
            default: break
            }
        }
        if hidden { return true }
        guard hasStyle else { return false }
        if case let .some(.some(hides)) = tree.withAttribute(.style, of: index, Self.hidesASCII) { return hides }
        guard let style = tree.attribute(.style, of: index)?.lowercased() else { return false }
        let compact = String(String.UnicodeScalarView(style.unicodeScalars.filter { !$0.isSpace }))
        return compact.contains("display:none") || compact.contains("visibility:hidden")
    }

    /// Whether an `aria-hidden` value is "true" in any case (no other string lower-cases to it).
    private static func isTrue(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
        value.count == 4 && value.elementsEqual("true".utf8) { $0 | 0x20 == $1 }
    }

    /// For a `style` value all ASCII, whether it hides the element, as the test on the lower-cased value without
    /// white space finds (for ASCII, lower-casing, white space and matching are byte operations); `nil` for a value
    /// with other characters, which that test reads as Unicode.
    private static func hidesASCII(_ value: UnsafeBufferPointer<UInt8>) -> Bool? {
        var compact: [UInt8] = []
        compact.reserveCapacity(value.count)
        for byte in value {
            guard byte < 0x80 else { return nil }
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D: continue
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): compact.append(byte | 0x20)
            default: compact.append(byte)
            }
        }
        return contains(compact, displayNone) || contains(compact, visibilityHidden)
    }

    private static let displayNone = Array("display:none".utf8)
    private static let visibilityHidden = Array("visibility:hidden".utf8)

    private static func contains(_ bytes: [UInt8], _ pattern: [UInt8]) -> Bool {
        guard bytes.count >= pattern.count, let first = pattern.first else { return false }
        for start in 0...(bytes.count - pattern.count) where bytes[start] == first {
            if bytes[start..<start + pattern.count].elementsEqual(pattern) { return true }
        }
        return false
    }
}
