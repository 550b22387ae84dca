/// The second pass, inside the chosen containers: drops headings that are links or furniture, and lists, tables
/// and divisions that read as furniture rather than prose (after Readability's conditional cleaning): more list
/// items than paragraphs, many form fields, little text, or much of it links.
enum ContentCleaner {
    private static let conditionalTags: HTMLTagSet = [.table, .ul, .ol, .div, .section, .figure, .dl]

    static func clean(_ page: inout PageAnalysis, containers: [Int], scores: [Int: Double]) {
        for container in containers {
            let end = page.nodes[container].end
            for index in stride(from: end - 1, through: container + 1, by: -1) where !page.nodes[index].isText {
                if let reason = reason(index, page: page, scores: scores) { page.drop(index, reason: reason) }
            }
        }
        page.count()
    }

    private static func reason(_ index: Int, page: PageAnalysis, scores: [Int: Double]) -> String? {
        let node = page.nodes[index]
        if page.has(.keep, index) { return nil }
        let weight = ContentSelector.classWeight(index, page: page)
        if HTMLVocabulary.headingTags.contains(node.tag) {
            if weight < 0 { return "heading with furniture names" }
            if page.linkDensity(index) > 0.33 { return "heading that is a link" }
            return nil
        }
        guard conditionalTags.contains(node.tag), !page.isDropped(index) else { return nil }
        let score = scores[index] ?? 0
        if weight + score < 0 { return "furniture names" }
        guard page.commas[index] < 10 else { return nil }
        var paragraphs = 0, images = 0, items = 0, inputs = 0, embeds = 0
        var current = index + 1
        while current < node.end {
            if page.dropped[current] != nil {
                current = page.nodes[current].end
                continue
            }
            switch page.nodes[current].tag {
            case .p: paragraphs += 1
            case .img: images += 1
            case .li: items += 1
            case .input, .select, .textarea: inputs += 1
            case .embed, .object, .iframe: embeds += 1
            default: break
            }
            current += 1
        }
        let length = page.textLength[index]
        let density = page.linkDensity(index)
        let isList = node.tag == .ul || node.tag == .ol
        if images > 1 && Double(paragraphs) / Double(images) < 0.5 && length < 100 * images {
            return "more images than paragraphs"
        }
        if !isList && items > paragraphs + 1 && length < 25 * (items + 1) { return "more list items than paragraphs" }
        if inputs > paragraphs / 3 && inputs > 0 { return "form fields" }
        if length < 25 && (images == 0 || images > 2) { return "too little text" }
        if weight < 25 && density > 0.2 && !(isList && density < 0.5 && length > 200) { return "mostly links" }
        if weight >= 25 && density > 0.5 { return "mostly links" }
        if (embeds == 1 && length < 75) || embeds > 1 { return "embedded media" }
        return nil
    }
}
