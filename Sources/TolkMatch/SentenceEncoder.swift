import Foundation
import TolkAlign
import TolkLexicon
import TolkText

/// A trained cross-language sentence encoder: a Danish or English sentence becomes a unit vector, and the cosine
/// of two sentences' vectors measures how much of what they say is the same, not only whether they share a topic
/// (it was trained to tell a sentence's translation from the other sentences of the same debate).
///
/// A sentence's vector is the idf-weighted sum of its words' vectors, normalised; a word's vector is the mean of
/// its Snowball stem's vector (when the stem is known) and the vectors of the hashed character n-grams of the
/// stem, so that unseen words, names and Danish compounds have one too; a run of digits is one hashed token.
///
/// Read from `lexicons/match/sentence-encoder.bin` (written by `scripts/build-sentence-encoder.py` from Europarl
/// and FLORES-200 dev text; layout in lexicons/match/README.md), once per process.
///
/// ```swift
/// let encoder = try SentenceEncoder.shipped()
/// let a = encoder.encode("Han er sigtet for manddrab.", side: .source)
/// let b = encoder.encode("He has been charged with manslaughter.", side: .target)
/// SentenceEncoder.cosine(a, b)   // about 0.6
/// ```
public struct SentenceEncoder: Sendable {
    /// The side of a language pair a text is in.
    public enum Side: Sendable { case source, target }

    /// The languages of the file's first and second stem lists.
    public let sourceLanguage: LanguageCode
    public let targetLanguage: LanguageCode
    /// Dimensions of a vector.
    public let dimensions: Int
    private let sourceStems: [String: Int32]
    private let targetStems: [String: Int32]
    /// Idf (nats) per stem row.
    private let rarity: [Float]
    private let unknownRarity: (source: Float, target: Float)
    private let digitRarity: Float
    private let stemCount: Int
    private let buckets: Int
    private let gramLengths: ClosedRange<Int>
    /// Rows (stems, then buckets): `dimensions` int8 values each, times the row's scale.
    private let values: [Int8]
    private let scales: [Float]
    private let sourceStemmer: Stemmer
    private let targetStemmer: Stemmer
    /// What each surface token of a side is made of, once a process (stemming is the costly part).
    private let known: TokenCache

    /// The shipped encoder's path inside the data folder.
    static let path = "match/sentence-encoder.bin"
    private static let cache = ProcessCache<SentenceEncoder>()

    /// The shipped encoder (`lexicons/match/sentence-encoder.bin`), read once per process.
    /// - Throws: ``AlignmentError/data(_:)`` when the file is missing or unreadable, or naming the byte where a
    ///   malformed file goes wrong.
    public static func shipped() throws(AlignmentError) -> SentenceEncoder {
        let url: URL
        do {
            url = try DataDirectory.file(path)
        } catch {
            throw .data(error)
        }
        return try cache.value(for: url.path) { () throws(AlignmentError) -> SentenceEncoder in
            let data: Data
            do {
                data = try Data(contentsOf: url)
            } catch {
                throw .data(.unreadable(path: url.path, reason: error.localizedDescription))
            }
            return try SentenceEncoder(bytes: [UInt8](data), path: url.path)
        }
    }

    /// An encoder read from the bytes of an encoder file (`path` names it in errors).
    /// - Throws: ``AlignmentError/data(_:)`` (unreadable) naming the byte offset of the first thing wrong: the
    ///   magic, the header, a stem, the rows' size or the checksum.
    /// - Complexity: O(n) in the file's size.
    public init(bytes: [UInt8], path: String) throws(AlignmentError) {
        func fail(_ offset: Int, _ reason: String) -> AlignmentError {
            .data(.unreadable(path: path, reason: "byte \(offset): \(reason)"))
        }
        let magic = Array("TOLKENC1".utf8)
        guard bytes.count >= 44, Array(bytes[0..<8]) == magic else { throw fail(0, "missing TOLKENC1 header") }
        func u32(_ at: Int) -> Int {
            Int(bytes[at]) | Int(bytes[at + 1]) << 8 | Int(bytes[at + 2]) << 16 | Int(bytes[at + 3]) << 24
        }
        let dimensions = u32(8), total = u32(12), sourceCount = u32(16), buckets = u32(20)
        guard dimensions > 0, dimensions <= 1024 else { throw fail(8, "dimensions \(dimensions) out of range") }
        guard total > 0, total <= 1 << 24, sourceCount <= total else {
            throw fail(12, "stem counts \(total) / \(sourceCount) out of range")
        }
        guard buckets > 0, buckets <= 1 << 24 else { throw fail(20, "bucket count \(buckets) out of range") }
        guard let source = LanguageCode(rawValue: String(decoding: bytes[24..<26], as: UTF8.self)),
              let target = LanguageCode(rawValue: String(decoding: bytes[26..<28], as: UTF8.self)) else {
            throw fail(24, "bad language codes")
        }
        let shortest = Int(bytes[28]), longest = Int(bytes[29])
        guard shortest >= 1, shortest <= longest, longest <= 16 else {
            throw fail(28, "n-gram lengths \(shortest)-\(longest) out of range")
        }
        let body = bytes.count - 8
        var checksum: UInt64 = 0xCBF2_9CE4_8422_2325
        bytes.withUnsafeBufferPointer { all in
            for byte in UnsafeBufferPointer(rebasing: all[0..<body]) { checksum = (checksum ^ UInt64(byte)) &* 0x100_0000_01B3 }
        }
        var stored: UInt64 = 0
        for index in 0..<8 { stored |= UInt64(bytes[body + index]) << (8 * index) }
        guard checksum == stored else { throw fail(body, "checksum does not match (damaged or truncated file)") }
        var offset = 34
        var sourceStems: [String: Int32] = [:]
        var targetStems: [String: Int32] = [:]
        // Sized once (the tables are only looked up, never walked in order).
        sourceStems.reserveCapacity(sourceCount)
        targetStems.reserveCapacity(total - sourceCount)
        var rarity: [Float] = []
        rarity.reserveCapacity(total)
        for id in 0..<total {
            guard offset + 2 <= body else { throw fail(offset, "stem \(id) of \(total) is cut off") }
            let length = Int(bytes[offset + 1])
            guard length > 0, offset + 2 + length <= body else { throw fail(offset, "stem \(id) has a bad length") }
            guard let stem = String(validating: bytes[(offset + 2)..<(offset + 2 + length)], as: UTF8.self) else {
                throw fail(offset + 2, "stem \(id) is not UTF-8")
            }
            rarity.append(Float(bytes[offset]) / 16)
            let isNew = id < sourceCount ? sourceStems.updateValue(Int32(id), forKey: stem) == nil
                : targetStems.updateValue(Int32(id), forKey: stem) == nil
            guard isNew else { throw fail(offset, "stem '\(stem)' given twice") }
            offset += 2 + length
        }
        let rows = total + buckets, rowSize = 4 + dimensions
        guard body - offset == rows * rowSize else {
            throw fail(offset, "rows take \(body - offset) bytes, \(rows) x \(rowSize) expected")
        }
        var values = [Int8](repeating: 0, count: rows * dimensions)
        var scales = [Float](repeating: 0, count: rows)
        for row in 0..<rows {
            let at = offset + row * rowSize
            let bits = UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16
                | UInt32(bytes[at + 3]) << 24
            let scale = Float(bitPattern: bits)
            guard scale.isFinite, scale >= 0 else { throw fail(at, "row \(row) has a bad scale") }
            scales[row] = scale
        }
        // Each row's values are its bytes after the scale, read as they are (Int8 has UInt8's layout).
        // The sizes were checked above: the rows end at `body`, inside `bytes`.
        let start = offset
        values.withUnsafeMutableBytes { target in
            bytes.withUnsafeBytes { source in
                guard let into = target.baseAddress, let from = source.baseAddress else { return }
                for row in 0..<rows {
                    (into + row * dimensions).copyMemory(from: from + start + row * rowSize + 4, byteCount: dimensions)
                }
            }
        }
        self.dimensions = dimensions
        self.sourceStems = sourceStems
        self.targetStems = targetStems
        self.rarity = rarity
        unknownRarity = (Float(bytes[30]) / 16, Float(bytes[31]) / 16)
        digitRarity = Float(bytes[32]) / 16
        stemCount = total
        self.buckets = buckets
        gramLengths = shortest...longest
        self.values = values
        self.scales = scales
        sourceLanguage = source
        targetLanguage = target
        sourceStemmer = Stemmer(language: source)
        targetStemmer = Stemmer(language: target)
        known = TokenCache()
    }

    /// The side of this encoder that `language` is, or `nil` when it has no stems of it.
    public func side(of language: LanguageCode) -> Side? {
        language == sourceLanguage ? .source : language == targetLanguage ? .target : nil
    }

    /// The sentence's vector, unit length times 127 as int8 (all zero for a text without a word or number):
    /// the idf-weighted sum of its tokens' vectors. Tokens: the text lower-cased, its runs of letters of two or
    /// more and its runs of digits.
    /// - Complexity: O(n d) for n characters and d dimensions.
    public func encode(_ text: String, side: Side) -> [Int8] {
        // Read into a value passed along, not captured by local functions: a captured variable was checked for
        // exclusive access at run time on every step.
        var run = EncodingRun(dimensions: dimensions)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                if value >= 0x61 && value <= 0x7A {
                    finishDigits(&run, side: side)
                    run.word.append(UInt8(value))
                    run.wordScalars += 1
                } else if value >= 0x41 && value <= 0x5A {
                    finishDigits(&run, side: side)
                    run.word.append(UInt8(value + 0x20))
                    run.wordScalars += 1
                } else if value >= 0x30 && value <= 0x39 {
                    finishWord(&run, side: side)
                    run.digits.append(UInt8(value))
                } else {
                    finishWord(&run, side: side)
                    finishDigits(&run, side: side)
                }
                continue
            }
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
                finishDigits(&run, side: side)
                for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                    EncodingRun.append(lower, to: &run.word)
                    run.wordScalars += 1
                }
            case .decimalNumber:
                finishWord(&run, side: side)
                EncodingRun.append(scalar, to: &run.digits)
            default:
                finishWord(&run, side: side)
                finishDigits(&run, side: side)
            }
        }
        finishWord(&run, side: side)
        finishDigits(&run, side: side)
        let sum = run.sum
        var norm: Float = 0
        for value in sum { norm += value * value }
        guard norm > 0 else { return [Int8](repeating: 0, count: dimensions) }
        let factor = 127 / norm.squareRoot()
        return sum.map { Int8(max(min(($0 * factor).rounded(), 127), -127)) }
    }

    /// Adds the vector of the word `run` has read (two letters or more) to its sum, and starts the next word.
    private func finishWord(_ run: inout EncodingRun, side: Side) {
        defer {
            run.word.removeAll(keepingCapacity: true)
            run.wordScalars = 0
        }
        guard run.wordScalars >= 2 else { return }
        let surface = String(decoding: run.word, as: UTF8.self)
        run.add(known.vector(surface, side: side) { vector(word: surface, side: side) })
    }

    /// Adds the vector of the digit run `run` has read to its sum, and starts the next run.
    private func finishDigits(_ run: inout EncodingRun, side: Side) {
        defer { run.digits.removeSubrange(1...) }
        guard run.digits.count > 1 else { return }
        let surface = String(decoding: run.digits, as: UTF8.self)
        run.add(known.vector(surface, side: side) { vector(rows: [bucket(surface)], weights: [digitRarity]) })
    }

    /// The cosine of two encoded sentences (0 when either is empty or all zero).
    public static func cosine(_ a: [Int8], _ b: [Int8]) -> Double {
        guard a.count == b.count, !a.isEmpty else { return 0 }
        var total: Int32 = 0
        for k in a.indices { total &+= Int32(a[k]) * Int32(b[k]) }
        return Double(total) / (127 * 127)
    }

    /// A word token's vector: the weighted sum (idf times the row's share) of its stem's row when known (half
    /// the weight) and its stem's n-grams' rows (the rest, in equal parts).
    private func vector(word: String, side: Side) -> [Float] {
        let stem = side == .source ? sourceStemmer.stem(word) : targetStemmer.stem(word)
        let known = side == .source ? sourceStems[stem] : targetStems[stem]
        let weight = known.map { rarity[Int($0)] } ?? (side == .source ? unknownRarity.source : unknownRarity.target)
        // The n-grams are of Unicode scalars, hashed over their UTF-8 bytes: each scalar's bytes are found once (where
        // it starts in the marked stem's UTF-8), not encoded again for every n-gram that holds it.
        let marked = Array(("<" + stem + ">").utf8)
        var scalarStarts: [Int] = []
        scalarStarts.reserveCapacity(marked.count + 1)
        for (offset, byte) in marked.enumerated() where byte & 0xC0 != 0x80 { scalarStarts.append(offset) }
        let scalarCount = scalarStarts.count
        scalarStarts.append(marked.count)
        var grams: [Int32] = []
        // Each start's n-grams in one pass: FNV-1a reads bytes in order, so a longer n-gram's hash continues the
        // shorter one's.
        for start in 0..<scalarCount {
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            for length in 1...gramLengths.upperBound where start + length <= scalarCount {
                for byte in marked[scalarStarts[start + length - 1]..<scalarStarts[start + length]] {
                    hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3
                }
                if length >= gramLengths.lowerBound { grams.append(row(ofHash: hash)) }
            }
        }
        var rows: [Int32] = [], weights: [Float] = []
        var share = weight / Float(max(grams.count, 1))
        if let known {
            rows.append(known)
            weights.append(weight / 2)
            share /= 2
        }
        rows += grams
        weights += [Float](repeating: share, count: grams.count)
        return vector(rows: rows, weights: weights)
    }

    /// The weighted sum of rows.
    /// - Complexity: O(r d) for r rows of d dimensions; the rows are read through buffers (each row index is
    ///   below the row count, checked once per row), so that the inner loop runs without a bounds check.
    private func vector(rows: [Int32], weights: [Float]) -> [Float] {
        let dimensions = dimensions
        var sum = [Float](repeating: 0, count: dimensions)
        sum.withUnsafeMutableBufferPointer { sum in
            values.withUnsafeBufferPointer { values in
                for (row, weight) in zip(rows, weights) {
                    let factor = weight * scales[Int(row)], base = Int(row) * dimensions
                    precondition(base >= 0 && base + dimensions <= values.count)
                    for k in 0..<dimensions { sum[k] += factor * Float(values[base + k]) }
                }
            }
        }
        return sum
    }

    /// The bucket row of a digit run: FNV-1a 64 of its UTF-8, modulo the bucket count.
    private func bucket(_ text: String) -> Int32 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return row(ofHash: hash)
    }

    /// The bucket row of an FNV-1a 64 hash.
    private func row(ofHash hash: UInt64) -> Int32 {
        Int32(stemCount + Int(hash % UInt64(buckets)))
    }
}

/// What ``SentenceEncoder/encode(_:side:)`` has read of a text: the sum of its tokens' vectors so far, and the
/// word and digit run being read as UTF-8 bytes (cheaper to grow than a string), with the word's length in
/// Unicode scalars (a digit run starts with "#").
private struct EncodingRun {
    var sum: [Float]
    var word: [UInt8] = []
    var wordScalars = 0
    var digits: [UInt8] = [UInt8(ascii: "#")]

    init(dimensions: Int) {
        sum = [Float](repeating: 0, count: dimensions)
        word.reserveCapacity(64)
        digits.reserveCapacity(32)
    }

    /// Adds `vector` (of the sum's dimensions) to the sum.
    mutating func add(_ vector: [Float]) {
        sum.withUnsafeMutableBufferPointer { sum in
            vector.withUnsafeBufferPointer { vector in
                for k in 0..<min(sum.count, vector.count) { sum[k] += vector[k] }
            }
        }
    }

    /// Appends `scalar`'s UTF-8 bytes to `bytes`.
    static func append(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        if let encoded = UTF8.encode(scalar) { bytes.append(contentsOf: encoded) }
    }
}

/// The vectors of surface tokens already encoded, per side, shared by the threads of a process; at most
/// ``limit`` a side are kept (a token past it is only slower, never different).
final class TokenCache: @unchecked Sendable {
    static let limit = 50_000
    /// Guards `tokens`.
    private let lock = NSLock()
    private var tokens: [[String: [Float]]] = [[:], [:]]

    /// The vector of `surface` on `side`, from `make` the first time.
    func vector(_ surface: String, side: SentenceEncoder.Side, make: () -> [Float]) -> [Float] {
        let slot = side == .source ? 0 : 1
        lock.lock()
        let kept = tokens[slot][surface]
        lock.unlock()
        if let kept { return kept }
        let made = make()
        lock.lock()
        if tokens[slot].count < Self.limit { tokens[slot][surface] = made }
        lock.unlock()
        return made
    }
}
