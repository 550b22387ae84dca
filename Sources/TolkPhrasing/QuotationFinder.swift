/// Finds direct quotations in a sentence: text between quotation marks (“…”, "…", «…», „…“, ‘…’ and '…'),
/// telling an apostrophe inside or after a word (Assange's, countries') from a single quotation mark.
enum QuotationFinder {
    struct Found {
        /// Bytes of the quotation with its marks.
        var outer: Range<Int>
        /// Bytes of the quoted words.
        var inner: Range<Int>
    }

    /// The quotations of `sentence`, as UTF-8 byte ranges. A quotation opened and not closed runs to the end
    /// of the sentence; the first double closing mark with no opening mark before it closes a quotation begun
    /// in an earlier sentence (later ones close nothing, so a run of closing marks is one quotation, not one
    /// per mark).
    /// - Complexity: O(n) in the sentence's length.
    static func quotations(in sentence: String) -> [Found] {
        var scalars: [(scalar: Unicode.Scalar, offset: Int)] = []
        var offset = 0
        for scalar in sentence.unicodeScalars {
            scalars.append((scalar, offset))
            offset += String(scalar).utf8.count
        }
        let end = offset
        var found: [Found] = []
        var open: (closer: Set<Unicode.Scalar>, at: Int, width: Int)?
        var sawAnyOpening = false
        for (index, item) in scalars.enumerated() {
            let previous = index > 0 ? scalars[index - 1].scalar : nil
            let next = index + 1 < scalars.count ? scalars[index + 1].scalar : nil
            let width = String(item.scalar).utf8.count
            let beforeIsSpace = previous.map { isSpace($0) || isOpeningContext($0) } ?? true
            let afterIsWord = next.map { !isSpace($0) } ?? false
            let afterIsBoundary = next.map { isSpace($0) || isPunctuation($0) } ?? true
            let beforeIsWordEnd = previous.map { !isSpace($0) } ?? false
            if let current = open, current.closer.contains(item.scalar), beforeIsWordEnd,
               item.scalar == "\u{201C}" || afterIsBoundary {
                found.append(Found(outer: current.at..<(item.offset + width),
                                   inner: (current.at + current.width)..<item.offset))
                open = nil
                continue
            }
            guard open == nil else { continue }
            switch item.scalar {
            case "\u{201C}", "\u{00AB}", "\u{201E}", "\"", "\u{2018}", "'":
                let single = item.scalar == "'" || item.scalar == "\u{2018}"
                if beforeIsSpace && afterIsWord && !(single && previous.map(isLetter) == true) {
                    let closers: Set<Unicode.Scalar> = switch item.scalar {
                    case "\u{201C}": ["\u{201D}", "\""]
                    case "\u{00AB}": ["\u{00BB}"]
                    case "\u{201E}": ["\u{201C}", "\u{201D}"]
                    case "\"": ["\"", "\u{201D}"]
                    default: ["'", "\u{2019}"]
                    }
                    open = (closers, item.offset, width)
                    sawAnyOpening = true
                } else if !sawAnyOpening && (item.scalar == "\"") && beforeIsWordEnd && afterIsBoundary {
                    found.append(Found(outer: 0..<(item.offset + width), inner: 0..<item.offset))
                    sawAnyOpening = true
                }
            case "\u{201D}", "\u{00BB}":
                if !sawAnyOpening && beforeIsWordEnd {
                    found.append(Found(outer: 0..<(item.offset + width), inner: 0..<item.offset))
                    sawAnyOpening = true
                }
            default: break
            }
        }
        if let current = open, current.at + current.width < end {
            found.append(Found(outer: current.at..<end, inner: (current.at + current.width)..<end))
        }
        return found.filter { !$0.inner.isEmpty }
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isWhitespace }
    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isAlphabetic }
    private static func isOpeningContext(_ scalar: Unicode.Scalar) -> Bool {
        "([{–—-:".unicodeScalars.contains(scalar)
    }
    private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .otherPunctuation, .closePunctuation, .finalPunctuation, .dashPunctuation: true
        default: false
        }
    }
}
