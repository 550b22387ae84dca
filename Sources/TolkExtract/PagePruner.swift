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
        for index in page.nodes.indices where !page.nodes[index].isText {
            let node = page.nodes[index]
            if HTMLVocabulary.neverText.contains(node.tag) {
                page.drop(index, reason: "<\(node.tag.name)>")
            } else if isHidden(index, tree: page.tree) {
                page.drop(index, reason: "hidden")
            }
        }
        page.count()
        guard byNames else { return }
        let pageProse = max(page.prose.first ?? 0, 1)
        var index = 0
        while index < page.nodes.count {
            let node = page.nodes[index]
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
        if tree.withAttribute(.hidden, of: index, { _ in true }) != nil { return true }
        if tree.attribute(.ariaHidden, of: index)?.lowercased() == "true" { return true }
        guard let style = tree.attribute(.style, of: index)?.lowercased() else { return false }
        let compact = String(String.UnicodeScalarView(style.unicodeScalars.filter { !$0.isSpace }))
        return compact.contains("display:none") || compact.contains("visibility:hidden")
    }
}
