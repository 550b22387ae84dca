/// Finds the element that holds the article, by scoring paragraphs into their ancestors (after Arc90's
/// Readability): each paragraph of 25 characters or more gives its parent 1 point, 1 per comma and 1 per 100
/// characters (at most 3), its grandparent half that and the next ancestor a sixth; a container starts from its
/// tag and its class/id cues and is scaled by the share of its text that is not links. When several of the best
/// containers share an ancestor, or an ancestor scores higher, the ancestor is taken. The best container and those
/// of its siblings that score near it, or read as prose, make the article.
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
            guard !node.isText else { continue }
            if isParagraph(node, at: index - 1, page: page) {
                credit(length: page.textLength[index - 1], commas: page.commas[index - 1], from: node.parent,
                       scores: &scores, page: page)
            } else if looseTextHolders.contains(node.tag) {
                // Text written straight into a container beside its blocks (a blog post's lines between <br>s)
                // counts as paragraphs of that container.
                for run in looseRuns(of: index - 1, page: page) {
                    credit(length: run.length, commas: run.commas, from: index - 1, scores: &scores, page: page)
                }
            }
        }
        for (candidate, score) in scores { scores[candidate] = score * (1 - page.linkDensity(candidate)) }
        let ranked = scores.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
        guard let top = ranked.first else {
            let body = page.nodes.indices.first { page.nodes[$0].tag == .body } ?? 0
            return (page.nodes.isEmpty ? [] : [body], scores)
        }
        let best = promoted(top.key, ranked: Array(ranked.prefix(5)), scores: scores, page: page)
        return (withSiblings(best, score: scores[best] ?? top.value, scores: scores, page: page), scores)
    }

    /// The container to take instead of the top one: the nearest ancestor holding three of the five best
    /// containers that score at least three quarters of the top, else the first ancestor scoring higher than the
    /// one below it (while scores stay above a third of the top's), then up through parents with a single child.
    private static func promoted(_ top: Int, ranked: [(key: Int, value: Double)], scores: [Int: Double],
                                 page: PageAnalysis) -> Int {
        var best = top
        let topScore = scores[top] ?? 0
        let close = ranked.dropFirst().filter { $0.value >= topScore * 0.75 }.map(\.key)
        if close.count >= 2 {
            var ancestor = page.nodes[top].parent
            while ancestor >= 0, page.nodes[ancestor].tag != .body {
                let held = close.filter { $0 > ancestor && $0 < page.nodes[ancestor].end }.count
                if held + 1 >= 3 {
                    best = ancestor
                    break
                }
                ancestor = page.nodes[ancestor].parent
            }
        }
        var lastScore = scores[best] ?? 0
        let threshold = lastScore / 3
        var parent = page.nodes[best].parent
        while parent >= 0, page.nodes[parent].tag != .body {
            guard let parentScore = scores[parent] else {
                parent = page.nodes[parent].parent
                continue
            }
            if parentScore < threshold { break }
            if parentScore > lastScore {
                best = parent
                break
            }
            lastScore = parentScore
            parent = page.nodes[parent].parent
        }
        while case let parent = page.nodes[best].parent, parent >= 0, page.nodes[parent].tag != .body,
              page.tree.children(of: parent).filter({ page.dropped[$0] == nil && !page.nodes[$0].isText }).count == 1 {
            best = parent
        }
        return best
    }

    private static let looseTextHolders: HTMLTagSet = [.div, .section, .article, .main, .td, .body]

    /// Adds a paragraph's points to `container` and half and a sixth of them to its next two ancestors; a
    /// paragraph shorter than 25 characters gives nothing.
    private static func credit(length: Int, commas: Int, from container: Int, scores: inout [Int: Double],
                               page: PageAnalysis) {
        guard length >= 25 else { return }
        let points = 1 + Double(commas) + min(Double(length) / 100, 3)
        var ancestor = container
        for divider in [1.0, 2.0, 6.0] where ancestor >= 0 {
            scores[ancestor, default: initialScore(ancestor, page: page)] += points / divider
            ancestor = page.nodes[ancestor].parent
        }
    }

    /// The runs of text and inline elements among a container's children, between its block children and `<br>`s.
    private static func looseRuns(of index: Int, page: PageAnalysis) -> [(length: Int, commas: Int)] {
        var runs: [(length: Int, commas: Int)] = []
        var length = 0, commas = 0
        for child in page.tree.children(of: index) where page.dropped[child] == nil {
            if page.facts.breaksText[child] {
                if length > 0 { runs.append((length, commas)) }
                length = 0
                commas = 0
            } else {
                length += page.textLength[child]
                commas += page.commas[child]
            }
        }
        if length > 0 { runs.append((length, commas)) }
        return runs
    }

    /// Whether an element holds paragraph text: a paragraph tag, or a `div`/`section` without block children.
    static func isParagraph(_ node: HTMLTree.Node, at index: Int, page: PageAnalysis) -> Bool {
        if HTMLVocabulary.paragraphTags.contains(node.tag) { return true }
        guard node.tag == .div || node.tag == .section || node.tag == .span && isLooseSpan(index, page: page)
        else { return false }
        for child in page.tree.children(of: index) where page.dropped[child] == nil {
            if HTMLVocabulary.blockTags.contains(page.nodes[child].tag) { return false }
        }
        return true
    }

    private static func isLooseSpan(_ index: Int, page: PageAnalysis) -> Bool {
        let parent = page.nodes[index].parent
        return parent >= 0 && page.nodes[parent].tag == .div
            && page.tree.children(of: parent).contains { page.nodes[$0].tag == .br }
    }

    /// A container's starting score: its tag, and ±25 for positive or negative class/id cues.
    static func initialScore(_ index: Int, page: PageAnalysis) -> Double {
        var score = classWeight(index, page: page)
        switch page.nodes[index].tag {
        case .div, .article, .main: score += 5
        case .pre, .td, .blockquote: score += 3
        case .address, .ol, .ul, .dl, .dd, .dt, .li, .form: score -= 3
        case .h1, .h2, .h3, .h4, .h5, .h6, .th: score -= 5
        default: break
        }
        return score
    }

    /// +25 for a positive cue in the element's names, -25 for a negative one (both may apply).
    static func classWeight(_ index: Int, page: PageAnalysis) -> Double {
        var weight = 0.0
        if page.has(.positive, index) { weight += 25 }
        if page.has(.negative, index) || page.has(.unlikely, index) { weight -= 25 }
        return weight
    }

    private static func withSiblings(_ best: Int, score: Double, scores: [Int: Double], page: PageAnalysis) -> [Int] {
        let parent = page.nodes[best].parent
        guard parent >= 0 else { return [best] }
        let threshold = max(10, score * 0.2)
        let bestClass = page.tree.attribute(.class, of: best)
        var result: [Int] = []
        for sibling in page.tree.children(of: parent) where page.dropped[sibling] == nil {
            if sibling == best {
                result.append(sibling)
                continue
            }
            let node = page.nodes[sibling]
            var bonus = 0.0
            if let bestClass, !bestClass.isEmpty, page.tree.attribute(.class, of: sibling) == bestClass { bonus = score * 0.2 }
            if let siblingScore = scores[sibling], siblingScore + bonus >= threshold {
                result.append(sibling)
            } else if node.tag == .p || node.isText {
                let length = page.textLength[sibling]
                let density = page.linkDensity(sibling)
                let text = node.isText ? page.tree.text(sibling).collapsingSpaces() : page.text(of: sibling)
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
