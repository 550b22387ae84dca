import TolkText

/// Renders one article of a pair as escaped HTML: every sentence a `<span>` carrying its statement number,
/// event and side marks, and every entity mention a `<mark>` carrying its link number.
struct HTMLArticle {
    /// How a sentence is marked.
    struct SentenceMark {
        /// The statement number shown on both sides ("3"), or nil for a one-sided statement.
        var statement: String?
        /// True for a related (unmatched) pair, drawn dashed.
        var related = false
        /// The event number the sentence belongs to, if any.
        var event: Int?
        /// The colour hue of the statement.
        var hue = 0
        /// For a sentence whose counterpart is uncertain (``TolkMatch/UncertainSentence``): its most probable
        /// counterpart's index on the other side and that pair's probability; nil for any other sentence.
        var uncertain: (counterpart: Int, probability: Double)?
    }

    /// A mention to mark: its byte range, the link it belongs to (nil: found on this side only) and its kind.
    struct MentionMark {
        var range: Range<Int>
        var link: Int?
        var kind: String
    }

    let text: String
    let sentences: [Sentence]
    let marks: [Int: SentenceMark]
    let mentions: [MentionMark]
    /// "source" or "target".
    let side: String

    /// The article's HTML; text outside sentences is kept (escaped) without marks.
    /// - Complexity: O(n + m log m) in the text's length and the number of mentions.
    func html() -> String {
        let bytes = Array(text.utf8)
        let sortedMentions = mentions.sorted { $0.range.lowerBound < $1.range.lowerBound }
        var out = ""
        var cursor = 0
        var mentionIndex = 0
        for (index, sentence) in sentences.enumerated() {
            let range = sentence.range.clamped(to: 0..<bytes.count)
            guard range.lowerBound >= cursor, !range.isEmpty else { continue }
            out += escape(bytes, cursor..<range.lowerBound)
            out += open(index)
            var inner = range.lowerBound
            while mentionIndex < sortedMentions.count, sortedMentions[mentionIndex].range.lowerBound < range.upperBound {
                let mention = sortedMentions[mentionIndex]
                mentionIndex += 1
                guard mention.range.lowerBound >= inner, mention.range.upperBound <= range.upperBound else { continue }
                out += escape(bytes, inner..<mention.range.lowerBound)
                let link = mention.link.map { " data-e=\"\($0)\"" } ?? ""
                out += "<mark class=\"\(mention.link == nil ? "nm" : "em") k-\(mention.kind)\"\(link)>"
                out += escape(bytes, mention.range) + "</mark>"
                inner = mention.range.upperBound
            }
            out += escape(bytes, inner..<range.upperBound) + "</span>"
            cursor = range.upperBound
            while mentionIndex < sortedMentions.count, sortedMentions[mentionIndex].range.lowerBound < cursor {
                mentionIndex += 1
            }
        }
        out += escape(bytes, cursor..<bytes.count)
        return out
    }

    private func open(_ index: Int) -> String {
        guard let mark = marks[index] else { return "<span class=\"st\" id=\"\(side)-\(index)\">" }
        let event = mark.event.map { " data-ev=\"\($0)\"" } ?? ""
        guard let number = mark.statement else {
            if let uncertain = mark.uncertain {
                let other = side == "source" ? "target" : "source"
                let probability = String(format: "%.2f", uncertain.probability)
                return "<span class=\"st unc\" id=\"\(side)-\(index)\" title=\"uncertain: perhaps reported by the "
                    + "\(other) too (its sentence \(uncertain.counterpart), probability \(probability))\"\(event)>"
                    + "<sup class=\"badge unc-badge\">?</sup>"
            }
            return "<span class=\"st only\" id=\"\(side)-\(index)\" title=\"only in the \(side)\"\(event)>"
                + "<sup class=\"badge only-badge\">only</sup>"
        }
        let kind = mark.related ? "st rel" : "st mt"
        return "<span class=\"\(kind)\" id=\"\(side)-\(index)\" data-m=\"\(number)\"\(event) style=\"--h:\(mark.hue)\">"
            + "<sup class=\"badge\">\(mark.related ? "≈" : "")\(number)</sup>"
    }

    private func escape(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        guard !range.isEmpty, range.lowerBound >= 0, range.upperBound <= bytes.count else { return "" }
        return HTMLText.escape(String(decoding: bytes[range], as: UTF8.self))
    }
}

/// Escaping for HTML text and attribute values (the XML escapes, which HTML5 reads the same way).
enum HTMLText {
    /// `text` escaped for HTML content or a quoted attribute value.
    static func escape(_ text: String) -> String { XMLEscaping.escape(text) }
}
