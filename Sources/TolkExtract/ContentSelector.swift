/// Finds the element that holds the article, by scoring paragraphs into their parents (after Arc90's
/// Readability): each paragraph of 25 characters or more gives its parent 1 point, 1 per comma and 1 per 100
/// characters (at most 3), and its grandparent half that; a container starts from its tag and its class/id cues
/// and is scaled by the share of its text that is not links. The best container and those of its siblings that
/// score near it, or read as prose, make the article.
enum ContentSelector {
    /// The elements that make the article, in document order.
    static func select(_ page: PageAnalysis) -> (nodes: [Int], scores: [Int: Double]) {
        var scores: [Int: Double] = [:]
        var index = 0
        while index < page.nodes.count {
            let node = page.nodes[index]
            if page.dropped[index] != nil {
                index = node.end
                continue
            }
            index += 1
            guard !node.isText, isParagraph(node, at: index - 1, page: page) else { continue }
            let length = page.textLength[index - 1]
            guard length >= 25, node.parent >= 0 else { continue }
            let points = 1 + Double(page.commas[index - 1]) + min(Double(length) / 100, 3)
            let parent = node.parent
            scores[parent, default: initialScore(parent, page: page)] += points
            let grandparent = page.nodes[parent].parent
            if grandparent >= 0 { scores[grandparent, default: initialScore(grandparent, page: page)] += points / 2 }
        }
        for (candidate, score) in scores { scores[candidate] = score * (1 - page.linkDensity(candidate)) }
        guard let best = scores.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }) else {
            let body = page.nodes.indices.first { page.nodes[$0].tag == "body" } ?? 0
            return (page.nodes.isEmpty ? [] : [body], scores)
        }
        return (withSiblings(best.key, score: best.value, scores: scores, page: page), scores)
    }

    /// Whether an element holds paragraph text: a paragraph tag, or a `div`/`section` without block children.
    static func isParagraph(_ node: HTMLTree.Node, at index: Int, page: PageAnalysis) -> Bool {
        if HTMLVocabulary.paragraphTags.contains(node.tag) { return true }
        guard node.tag == "div" || node.tag == "section" || node.tag == "span" && isLooseSpan(index, page: page)
        else { return false }
        for child in node.children where page.dropped[child] == nil {
            if HTMLVocabulary.blockTags.contains(page.nodes[child].tag) { return false }
        }
        return true
    }

    private static func isLooseSpan(_ index: Int, page: PageAnalysis) -> Bool {
        let parent = page.nodes[index].parent
        return parent >= 0 && page.nodes[parent].tag == "div"
            && page.nodes[parent].children.contains { page.nodes[$0].tag == "br" }
    }

    /// A container's starting score: its tag, and ±25 for positive or negative class/id cues.
    static func initialScore(_ index: Int, page: PageAnalysis) -> Double {
        var score = classWeight(index, page: page)
        switch page.nodes[index].tag {
        case "div", "article", "main": score += 5
        case "pre", "td", "blockquote": score += 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": score -= 3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": score -= 5
        default: break
        }
        return score
    }

    /// +25 for a positive cue in the element's names, -25 for a negative one (both may apply).
    static func classWeight(_ index: Int, page: PageAnalysis) -> Double {
        let names = page.names[index]
        guard !names.isEmpty else { return 0 }
        var weight = 0.0
        if page.cues.matches(.positive, names: names) { weight += 25 }
        if page.cues.matches(.negative, names: names) || page.cues.matches(.unlikely, names: names) { weight -= 25 }
        return weight
    }

    private static func withSiblings(_ best: Int, score: Double, scores: [Int: Double], page: PageAnalysis) -> [Int] {
        let parent = page.nodes[best].parent
        guard parent >= 0 else { return [best] }
        let threshold = max(10, score * 0.2)
        let bestClass = page.nodes[best].attribute("class")
        var result: [Int] = []
        for sibling in page.nodes[parent].children where page.dropped[sibling] == nil {
            if sibling == best {
                result.append(sibling)
                continue
            }
            let node = page.nodes[sibling]
            var bonus = 0.0
            if let bestClass, !bestClass.isEmpty, node.attribute("class") == bestClass { bonus = score * 0.2 }
            if let siblingScore = scores[sibling], siblingScore + bonus >= threshold {
                result.append(sibling)
            } else if node.tag == "p" || node.isText {
                let length = page.textLength[sibling]
                let density = page.linkDensity(sibling)
                let text = node.isText ? node.text.collapsingSpaces() : page.text(of: sibling)
                if length > 80 && density < 0.25 { result.append(sibling) }
                else if length > 0, length <= 80, density == 0, text.hasSentenceEnd { result.append(sibling) }
            }
        }
        return result
    }
}

extension String {
    /// Whether the text ends a sentence: a full stop, question or exclamation mark, perhaps before a closing quote.
    var hasSentenceEnd: Bool {
        var trimmed = Substring(self)
        while let last = trimmed.last, "\"'”’»)".contains(last) { trimmed = trimmed.dropLast() }
        guard let last = trimmed.last else { return false }
        return ".!?".contains(last)
    }
}
