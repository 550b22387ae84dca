/// The working state of segmenting one chunk: its lines, which were removed and why, and the sentence spans
/// on the kept lines. All ranges are byte ranges into the chunk.
struct ChunkLayout {
    struct Line {
        var range: Range<Int>
        var removedBy: String?
    }

    /// A sentence span and the index of the line it lies on.
    struct Span: Equatable {
        var line: Int
        var range: Range<Int>
    }

    var lines: [Line] = []
    /// Every sentence span of the chunk in text order (so also grouped by line): one array for the whole chunk,
    /// none per line.
    var spans: [Span] = []
    var metadata: [String: String] = [:]
    var removed: [(range: Range<Int>, reason: String)] = []

    /// Splits the chunk into non-blank lines, trimmed of spaces.
    /// - Complexity: O(n).
    mutating func findLines(_ text: UnsafeBufferPointer<UInt8>) {
        var start = 0
        while start < text.count {
            var end = start
            while end < text.count && text[end] != 0x0A { end += 1 }
            let range = Self.trimmed(text, start..<end)
            if !range.isEmpty { lines.append(Line(range: range, removedBy: nil)) }
            start = end + 1
        }
    }

    /// Reads metadata fields at the start of the first line.
    /// - Returns: the byte ranges they cover, which ICU must see blanked (spaces) so that they stay out of the
    ///   sentences.
    mutating func readMetadata(_ text: UnsafeBufferPointer<UInt8>, rules: BoilerplateRules) -> [Range<Int>] {
        var blanked: [Range<Int>] = []
        guard var line = lines.first?.range, !rules.metadataRules.isEmpty else { return blanked }
        while !line.isEmpty,
              let field = rules.metadataField(UnsafeBufferPointer(rebasing: text[line]))
        {
            metadata[field.key] = field.value
            let covered = line.lowerBound..<(line.lowerBound + field.length)
            removed.append((Self.trimmed(text, covered), "metadata"))
            blanked.append(covered)
            line = Self.trimmed(text, covered.upperBound..<line.upperBound)
        }
        if line.isEmpty { lines.removeFirst() } else { lines[0].range = line }
        return blanked
    }

    /// Marks the lines a `line` rule matches as removed.
    mutating func removeLines(_ text: UnsafeBufferPointer<UInt8>, rules: BoilerplateRules) {
        guard !rules.lineRules.isEmpty else { return }
        for index in lines.indices {
            if let label = rules.lineLabel(UnsafeBufferPointer(rebasing: text[lines[index].range])) {
                lines[index].removedBy = label
            }
        }
    }

    /// Puts each ICU sentence segment on the line it lies on (ICU always breaks at a line end).
    /// - Complexity: O(boundaries + lines).
    mutating func assignSentences(_ text: UnsafeBufferPointer<UInt8>, boundaries: [Int]) {
        spans.reserveCapacity(boundaries.count + lines.count)
        var lineIndex = 0
        for (lower, upper) in zip(boundaries, boundaries.dropFirst()) where lower < upper {
            let segment = Self.trimmed(text, lower..<upper)
            if segment.isEmpty { continue }
            while lineIndex < lines.count && lines[lineIndex].range.upperBound <= segment.lowerBound { lineIndex += 1 }
            guard lineIndex < lines.count else { break }
            // A segment may span several lines only if ICU did not break at a line end; split it there.
            var rest = segment
            var current = lineIndex
            while current < lines.count && !rest.isEmpty {
                let piece = rest.clamped(to: lines[current].range)
                if !piece.isEmpty { spans.append(Span(line: current, range: piece)) }
                if rest.upperBound <= lines[current].range.upperBound { break }
                rest = lines[current].range.upperBound..<rest.upperBound
                current += 1
            }
        }
    }

    /// Splits segments where ICU's rules leave out a boundary (see ``SentenceBoundary/missed(_:in:rules:)``).
    mutating func splitMissedBoundaries(_ text: UnsafeBufferPointer<UInt8>, rules: SegmentationRules) {
        var split: [Span]? = nil  // built only once a boundary is found
        for (position, span) in spans.enumerated() {
            let offsets = SentenceBoundary.missed(text, in: span.range, rules: rules)
            if offsets.isEmpty {
                split?.append(span)
                continue
            }
            if split == nil {
                split = Array(spans[..<position])
                split?.reserveCapacity(spans.count + 64)
            }
            var lower = span.range.lowerBound
            for offset in offsets {
                split?.append(Span(line: span.line, range: Self.trimmed(text, lower..<offset)))
                lower = offset
            }
            split?.append(Span(line: span.line, range: lower..<span.range.upperBound))
        }
        if let split { spans = split }
    }

    /// Joins segments that ICU split after an abbreviation, an ordinal number or an initial, or before a
    /// lower-case word (after ? or !).
    mutating func joinFalseBoundaries(_ text: UnsafeBufferPointer<UInt8>, rules: SegmentationRules) {
        var joined: [Span] = []
        joined.reserveCapacity(spans.count)
        for span in spans {
            if let last = joined.last, last.line == span.line,
               SentenceBoundary.isFalse(text, left: last.range, right: span.range, rules: rules)
            {
                joined[joined.count - 1].range = last.range.lowerBound..<span.range.upperBound
            } else {
                joined.append(span)
            }
        }
        spans = joined
    }

    /// How many lines before or after a pull quote the quotation it repeats may stand.
    static let pullQuoteWindow = 20

    /// Removes quotation-only paragraphs whose words are quoted in another paragraph at most
    /// ``pullQuoteWindow`` lines away (a pull quote repeats its own article's body, nearby).
    mutating func removePullQuotes(_ text: UnsafeBufferPointer<UInt8>, rules: BoilerplateRules) {
        guard let shape = rules.pullQuote, let quotation = rules.quotation else { return }
        var candidates: [(line: Int, core: String, probe: [UInt8])] = []
        for index in lines.indices where lines[index].removedBy == nil {
            let slice = UnsafeBufferPointer(rebasing: text[lines[index].range])
            guard rules.pullQuoteFilter.allSatisfy({ $0.admits(slice) }), let match = shape.prefixMatch(in: slice),
                  match.range.upperBound == slice.count,
                  let words = match.firstGroup
            else { continue }
            let core = Self.core(UnsafeBufferPointer(rebasing: slice[words]))
            // The first dozen bytes of the quoted words: a line that repeats the quotation contains them.
            var probeEnd = min(words.upperBound, words.lowerBound + 12)
            while probeEnd < words.upperBound && slice[probeEnd] & 0xC0 == 0x80 { probeEnd += 1 }
            if core.count >= 8 { candidates.append((index, core, Array(slice[words.lowerBound..<probeEnd]))) }
        }
        guard !candidates.isEmpty else { return }
        let candidateLines = Set(candidates.map(\.line))
        for candidate in candidates {
            let window = max(0, candidate.line - Self.pullQuoteWindow)...min(lines.count - 1, candidate.line + Self.pullQuoteWindow)
            search: for index in window where lines[index].removedBy == nil && !candidateLines.contains(index) {
                let slice = UnsafeBufferPointer(rebasing: text[lines[index].range])
                guard BoilerplateRules.contains(slice, candidate.probe) else { continue }
                var position = 0
                while let match = quotation.firstMatch(in: slice, from: position), match.range.upperBound > position {
                    if let words = match.firstGroup, Self.core(UnsafeBufferPointer(rebasing: slice[words])) == candidate.core {
                        lines[candidate.line].removedBy = "pull-quote"
                        break search
                    }
                    position = match.range.upperBound
                }
            }
        }
    }

    /// The document for this chunk, with ranges shifted by `offset` and indices by the bases. `base` is the
    /// chunk as a string (its UTF-8 is `text`): sentences, paragraphs and removed lines hold slices of it, not
    /// copies.
    func document(_ text: UnsafeBufferPointer<UInt8>, base: String, offset: Int, paragraphBase: Int,
                  sentenceBase: Int) -> Document {
        var document = Document(metadata: metadata)
        document.sentences.reserveCapacity(spans.count)
        document.paragraphs.reserveCapacity(lines.count)
        var removedLines = removed
        var next = 0  // the first span not yet placed
        for (index, line) in lines.enumerated() {
            let first = next
            while next < spans.count && spans[next].line == index { next += 1 }
            if let reason = line.removedBy {
                removedLines.append((line.range, reason))
                continue
            }
            guard next > first else { continue }
            let firstSentence = sentenceBase + document.sentences.count
            let paragraph = paragraphBase + document.paragraphs.count
            for span in spans[first..<next] {
                document.sentences.append(Sentence(slice: Self.slice(base, span.range),
                                                   range: Self.shift(span.range, offset), paragraph: paragraph))
            }
            document.paragraphs.append(Paragraph(slice: Self.slice(base, line.range), range: Self.shift(line.range, offset),
                                                 sentences: firstSentence..<(sentenceBase + document.sentences.count)))
        }
        document.removed = removedLines.sorted { $0.range.lowerBound < $1.range.lowerBound }.map {
            RemovedLine(slice: Self.slice(base, $0.range), range: Self.shift($0.range, offset), reason: $0.reason)
        }
        return document
    }

    /// The bytes `range` of `base` as a slice of it (O(1): `base` is native UTF-8, and every range the layout
    /// makes starts and ends on a scalar boundary: ICU's boundaries, line ends and trimmed ASCII spaces).
    static func slice(_ base: String, _ range: Range<Int>) -> Substring {
        let utf8 = base.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        return base[lower..<utf8.index(lower, offsetBy: range.count)]
    }

    static func string(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: text[range]), as: UTF8.self)
    }

    static func shift(_ range: Range<Int>, _ offset: Int) -> Range<Int> {
        (range.lowerBound + offset)..<(range.upperBound + offset)
    }

    /// `range` without leading and trailing spaces (ASCII white space and U+00A0 no-break space).
    static func trimmed(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper {
            if isASCIISpace(text[lower]) { lower += 1 }
            else if text[lower] == 0xC2 && lower + 1 < upper && text[lower + 1] == 0xA0 { lower += 2 }
            else { break }
        }
        while upper > lower {
            if isASCIISpace(text[upper - 1]) { upper -= 1 }
            else if upper - 2 >= lower && text[upper - 2] == 0xC2 && text[upper - 1] == 0xA0 { upper -= 2 }
            else { break }
        }
        return lower..<upper
    }

    static func isASCIISpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0B || byte == 0x0C
    }

    /// The letters and digits of `text`, lower-cased: what two renderings of one quotation share.
    /// - Complexity: O(n); ASCII is handled byte by byte, other characters through Unicode properties.
    static func core(_ text: UnsafeBufferPointer<UInt8>) -> String {
        var ascii: [UInt8] = []
        ascii.reserveCapacity(text.count)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < text.count {
            let byte = text[index]
            if byte < 0x80 {
                switch byte {
                case 0x30...0x39, 0x61...0x7A: ascii.append(byte)
                case 0x41...0x5A: ascii.append(byte | 0x20)
                default: break
                }
                index += 1
                continue
            }
            // A non-ASCII character: flush the ASCII run, then decode one scalar.
            if !ascii.isEmpty {
                result.append(contentsOf: String(decoding: ascii, as: UTF8.self).unicodeScalars)
                ascii.removeAll(keepingCapacity: true)
            }
            var length = 1
            while index + length < text.count && text[index + length] & 0xC0 == 0x80 { length += 1 }
            for scalar in String(decoding: UnsafeBufferPointer(rebasing: text[index..<(index + length)]), as: UTF8.self)
                .unicodeScalars where scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            {
                if scalar.properties.changesWhenLowercased {
                    result.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
                } else {
                    result.append(scalar)
                }
            }
            index += length
        }
        if !ascii.isEmpty { result.append(contentsOf: String(decoding: ascii, as: UTF8.self).unicodeScalars) }
        return String(result)
    }
}
