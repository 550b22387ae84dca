import Foundation
import TolkAlign
import TolkLexicon
import TolkText

/// A cross-language word space: Danish and English word stems as unit vectors in one space, near each other
/// when they translate each other or occur in the same statements (cross-language latent semantic indexing,
/// Dumais et al. 1997), with each stem's rarity (idf). It lets two sentences that share no key still be
/// compared: "døde" and "died", "politiet" and "police" lie close together.
///
/// Read from `lexicons/match/word-vectors.bin` (written by `scripts/build-word-vectors.py` from Europarl and
/// FLORES-200 dev text; its layout is in lexicons/match/README.md), once per process.
///
/// ```swift
/// let space = try WordSpace.shipped()
/// let politi = space.words(in: "politiet", side: .source)[0]
/// let police = space.words(in: "police", side: .target)[0]
/// space.similarity(politi, police)   // 0.9
/// ```
public struct WordSpace: Sendable {
    /// The side of a language pair a text is in.
    public enum Side: Sendable { case source, target }

    /// The languages of the file's first and second word lists.
    public let sourceLanguage: LanguageCode
    public let targetLanguage: LanguageCode
    /// Dimensions of a vector.
    public let dimensions: Int
    private let sourceWords: [String: UInt16]
    private let targetWords: [String: UInt16]
    /// Rarity (idf, nats) per word id.
    private let rarity: [Float]
    /// Unit vectors times 127, word id by word id, `dimensions` each.
    private let vectors: [Int8]
    /// Ids of the surface words looked up so far (stemming is the costly part of a lookup).
    private let known: SurfaceCache
    private let sourceStemmer: Stemmer
    private let targetStemmer: Stemmer

    /// The shipped space's path inside the data folder.
    static let path = "match/word-vectors.bin"
    private static let cache = ProcessCache<WordSpace>()

    /// The shipped space (`lexicons/match/word-vectors.bin`), read once per process.
    /// - Throws: ``AlignmentError/data(_:)`` when the file is missing or unreadable, or
    ///   naming the byte where a malformed file goes wrong.
    public static func shipped() throws(AlignmentError) -> WordSpace {
        let url: URL
        do {
            url = try DataDirectory.file(path)
        } catch {
            throw .data(error)
        }
        return try cache.value(for: url.path) { () throws(AlignmentError) -> WordSpace in
            let data: Data
            do {
                data = try Data(contentsOf: url)
            } catch {
                throw .data(.unreadable(path: url.path, reason: error.localizedDescription))
            }
            return try WordSpace(bytes: [UInt8](data), path: url.path)
        }
    }

    /// A space read from the bytes of a word-vector file (`path` names it in errors).
    /// - Throws: ``AlignmentError/data(_:)`` (unreadable) naming the byte offset of the first thing wrong:
    ///   the magic, the header, a word, the vectors' size or the checksum.
    /// - Complexity: O(n) in the file's size.
    public init(bytes: [UInt8], path: String) throws(AlignmentError) {
        func fail(_ offset: Int, _ reason: String) -> AlignmentError {
            .data(.unreadable(path: path, reason: "byte \(offset): \(reason)"))
        }
        let magic = Array("TOLKVEC1".utf8)
        guard bytes.count >= 32, Array(bytes[0..<8]) == magic else { throw fail(0, "missing TOLKVEC1 header") }
        func u32(_ at: Int) -> Int {
            Int(bytes[at]) | Int(bytes[at + 1]) << 8 | Int(bytes[at + 2]) << 16 | Int(bytes[at + 3]) << 24
        }
        let dimensions = u32(8), total = u32(12), sourceCount = u32(16)
        guard dimensions > 0, dimensions <= 1024 else { throw fail(8, "dimensions \(dimensions) out of range") }
        guard total > 0, total <= Int(UInt16.max) + 1, sourceCount <= total else {
            throw fail(12, "word counts \(total) / \(sourceCount) out of range")
        }
        guard let source = LanguageCode(rawValue: String(decoding: bytes[20..<22], as: UTF8.self)),
              let target = LanguageCode(rawValue: String(decoding: bytes[22..<24], as: UTF8.self)) else {
            throw fail(20, "bad language codes")
        }
        let body = bytes.count - 8
        var checksum: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes[0..<body] { checksum = (checksum ^ UInt64(byte)) &* 0x100_0000_01B3 }
        var stored: UInt64 = 0
        for index in 0..<8 { stored |= UInt64(bytes[body + index]) << (8 * index) }
        guard checksum == stored else { throw fail(body, "checksum does not match (damaged or truncated file)") }
        var offset = 24
        var sourceWords: [String: UInt16] = [:]
        var targetWords: [String: UInt16] = [:]
        var rarity: [Float] = []
        rarity.reserveCapacity(total)
        for id in 0..<total {
            guard offset + 2 <= body else { throw fail(offset, "word \(id) of \(total) is cut off") }
            let length = Int(bytes[offset + 1])
            guard length > 0, offset + 2 + length <= body else { throw fail(offset, "word \(id) has a bad length") }
            guard let word = String(validating: bytes[(offset + 2)..<(offset + 2 + length)], as: UTF8.self) else {
                throw fail(offset + 2, "word \(id) is not UTF-8")
            }
            rarity.append(Float(bytes[offset]) / 16)
            let isNew = id < sourceCount ? sourceWords.updateValue(UInt16(id), forKey: word) == nil
                : targetWords.updateValue(UInt16(id), forKey: word) == nil
            guard isNew else { throw fail(offset, "word '\(word)' given twice") }
            offset += 2 + length
        }
        guard body - offset == total * dimensions else {
            throw fail(offset, "vectors take \(body - offset) bytes, \(total) x \(dimensions) expected")
        }
        let vectors = bytes[offset..<body].map { Int8(bitPattern: $0) }
        self.dimensions = dimensions
        self.sourceWords = sourceWords
        self.targetWords = targetWords
        self.rarity = rarity
        self.vectors = vectors
        sourceLanguage = source
        targetLanguage = target
        sourceStemmer = Stemmer(language: source)
        targetStemmer = Stemmer(language: target)
        known = SurfaceCache()
    }

    /// The side of this space that `language` is, or `nil` when the space has no words of it.
    public func side(of language: LanguageCode) -> Side? {
        language == sourceLanguage ? .source : language == targetLanguage ? .target : nil
    }

    /// The ids of the distinct words of `text` that the space knows, in order of first appearance: the text
    /// lower-cased, its runs of letters of two or more, each stemmed (Snowball) as the generator stemmed them.
    /// - Complexity: O(n) in the length of `text`.
    public func words(in text: String, side: Side) -> [UInt16] {
        let index = side == .source ? sourceWords : targetWords
        let stemmer = side == .source ? sourceStemmer : targetStemmer
        var found: [UInt16] = []
        // The word read so far, lower-cased, as UTF-8, and its length in scalars.
        var word: [UInt8] = []
        var scalars = 0
        func finish() {
            defer {
                word.removeAll(keepingCapacity: true)
                scalars = 0
            }
            guard scalars >= 2 else { return }
            let surface = String(decoding: word, as: UTF8.self)
            let id = known.id(of: surface, side: side) { index[stemmer.stem(surface)] }
            guard let id, !found.contains(id) else { return }
            found.append(id)
        }
        for scalar in text.unicodeScalars {
            if Self.appendLowercased(scalar, to: &word, scalars: &scalars) == false { finish() }
        }
        finish()
        return found
    }

    /// Appends a letter lower-cased to `word` (UTF-8), counting the scalars appended in `scalars`; `false` for
    /// anything else, which ends a word. ASCII and Latin-1 are read from the code point (no property lookup): the
    /// same as the Unicode properties give, which serve every other scalar.
    static func appendLowercased(_ scalar: Unicode.Scalar, to word: inout [UInt8], scalars: inout Int) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            if value >= 0x61 && value <= 0x7A {
                word.append(UInt8(value))
            } else if value >= 0x41 && value <= 0x5A {
                word.append(UInt8(value + 0x20))
            } else {
                return false
            }
            scalars += 1
            return true
        }
        if value >= 0xC0 && value <= 0xFF {
            // Latin-1 letters: U+00C0-U+00DE upper case (lower case 0x20 above), U+00DF-U+00FF lower case;
            // U+00D7 and U+00F7 are signs.
            guard value != 0xD7 && value != 0xF7 else { return false }
            let lower = value <= 0xDE ? value + 0x20 : value
            word.append(UInt8(0xC0 | (lower >> 6)))
            word.append(UInt8(0x80 | (lower & 0x3F)))
            scalars += 1
            return true
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                UTF8.encode(lower) { word.append($0) }
                scalars += 1
            }
            return true
        default:
            return false
        }
    }

    /// The rarity (idf in nats, from the corpus the space was built from) of word `id`.
    public func rarity(of id: UInt16) -> Float { rarity[Int(id)] }

    /// The cosine of two words' vectors (about 1 for a word and its translation, near 0 for unrelated words).
    public func similarity(_ a: UInt16, _ b: UInt16) -> Float {
        let i = Int(a) * dimensions, j = Int(b) * dimensions, count = dimensions
        // Over the buffer, without the array's per-element checks, so the loop is vectorised (integer sums: the
        // same value in any order).
        let total = vectors.withUnsafeBufferPointer { all -> Int32 in
            let x = UnsafeBufferPointer(rebasing: all[i..<(i + count)])
            let y = UnsafeBufferPointer(rebasing: all[j..<(j + count)])
            var total: Int32 = 0
            for k in 0..<count { total &+= Int32(x[k]) &* Int32(y[k]) }
            return total
        }
        return Float(total) / (127 * 127)
    }
}

/// The word ids of surface words already looked up, per side, shared by the threads of a process; at most
/// ``limit`` words a side are kept (a lookup past it is only slower, never different).
final class SurfaceCache: @unchecked Sendable {
    static let limit = 200_000
    /// Guards `words`.
    private let lock = NSLock()
    private var words: [[String: Int32]] = [[:], [:]]

    /// The id of `surface` on `side`, from `lookup` the first time (`nil`: the space does not know it).
    func id(of surface: String, side: WordSpace.Side, lookup: () -> UInt16?) -> UInt16? {
        let slot = side == .source ? 0 : 1
        lock.lock()
        let kept = words[slot][surface]
        lock.unlock()
        if let kept { return kept < 0 ? nil : UInt16(kept) }
        let found = lookup()
        lock.lock()
        if words[slot].count < Self.limit { words[slot][surface] = found.map(Int32.init) ?? -1 }
        lock.unlock()
        return found
    }
}
