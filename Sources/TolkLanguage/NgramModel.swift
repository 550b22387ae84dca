import Foundation
import TolkText

/// The statistical model for Latin-script languages: character n-grams (orders 1-5 over space-padded, lower-cased
/// words) and whole words, each with a per-language log-probability stored as its distance above a floor shared
/// by all languages.
///
/// The file (`lexicons/language/model.bin`, written by `scripts/build-language-models.py`) is memory-mapped, so
/// opening costs a few system calls and pages are read on first touch. Layout, little-endian:
/// magic `TOLKLID1`; u32 language count; u32 slot count (a power of two); u32 postings byte count; language codes
/// (4 bytes each, NUL-padded); slots (u32 upper half of the key's FNV-1a-64 hash, u32 postings offset + 1, 0 =
/// empty; linear probing from `hash & (slots - 1)`); postings (u8 count, then count × (u8 language index, u8
/// value in 1/8 nat)).
struct NgramModel: Sendable {
    /// FNV-1a 64-bit offset basis and prime: the key hash shared with the generator.
    static let hashOffset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let hashPrime: UInt64 = 0x0000_0100_0000_01b3
    /// The byte hashed before a whole word, so that words and n-grams never share a key.
    static let wordTag: UInt8 = 0x01
    /// Quantization steps per nat.
    static let stepsPerNat = 8.0

    let languages: [LanguageCode]
    let path: String
    private let bytes: Data
    private let slotCount: Int
    private let slotsStart: Int
    private let postingsStart: Int
    private let postingsCount: Int

    /// Maps the model at `url` and checks its header and bounds.
    /// - Complexity: O(1) reads beyond the header (the file is mapped, not parsed).
    init(contentsOf url: URL) throws(LanguageError) {
        path = url.path
        let data: Data
        do {
            data = try Data(contentsOf: url, options: .alwaysMapped)
        } catch {
            throw LanguageError.malformedModel(path: url.path, reason: "cannot read: \(error.localizedDescription)")
        }
        guard data.count >= 20, data.prefix(8).elementsEqual("TOLKLID1".utf8) else {
            throw LanguageError.malformedModel(path: url.path, reason: "missing TOLKLID1 header")
        }
        let languageCount = Int(Self.readUInt32(data, at: 8))
        let slots = Int(Self.readUInt32(data, at: 12))
        let postings = Int(Self.readUInt32(data, at: 16))
        let start = 20 + 4 * languageCount
        guard languageCount > 0, languageCount < 256, slots > 0, slots & (slots - 1) == 0,
            data.count == start + 8 * slots + postings
        else {
            throw LanguageError.malformedModel(path: url.path, reason: "header does not match the file size")
        }
        var codes: [LanguageCode] = []
        for index in 0..<languageCount {
            let raw = data[(20 + 4 * index)..<(24 + 4 * index)].prefix { $0 != 0 }
            guard let code = LanguageCode(rawValue: String(decoding: raw, as: UTF8.self)) else {
                throw LanguageError.malformedModel(path: url.path, reason: "bad language code at index \(index)")
            }
            codes.append(code)
        }
        languages = codes
        bytes = data
        slotCount = slots
        slotsStart = start
        postingsStart = start + 8 * slots
        postingsCount = postings
    }

    private static func readUInt32(_ data: Data, at offset: Int) -> UInt32 {
        var value: UInt32 = 0
        for index in 0..<4 { value |= UInt32(data[data.startIndex + offset + index]) << (8 * index) }
        return value
    }

    /// Calls `body` with a reader over the mapped bytes; the reader is valid only inside `body`.
    func withReader<Result>(_ body: (Reader) -> Result) -> Result {
        bytes.withUnsafeBytes { raw in
            body(Reader(raw: raw, slotMask: slotCount - 1, slotsStart: slotsStart, postingsStart: postingsStart,
                        postingsEnd: postingsStart + postingsCount))
        }
    }

    /// Lookups into the mapped model.
    struct Reader {
        let raw: UnsafeRawBufferPointer
        let slotMask: Int
        let slotsStart: Int
        let postingsStart: Int
        let postingsEnd: Int

        /// Adds `weight` × value (in nats) of every language the key `hash` has an entry for to `scores`.
        /// - Complexity: O(1) expected (linear probing at load factor below 0.65).
        @inline(__always)
        func accumulate(hash: UInt64, weight: Double, into scores: UnsafeMutablePointer<Double>) {
            let check = UInt32(truncatingIfNeeded: hash >> 32)
            var slot = Int(truncatingIfNeeded: hash) & slotMask
            while true {
                let base = slotsStart + 8 * slot
                let offset = Int(raw.loadUnaligned(fromByteOffset: base + 4, as: UInt32.self).littleEndian)
                if offset == 0 { return }
                if raw.loadUnaligned(fromByteOffset: base, as: UInt32.self).littleEndian == check {
                    var position = postingsStart + offset - 1
                    guard position < postingsEnd else { return }
                    let count = Int(raw[position])
                    position += 1
                    guard position + 2 * count <= postingsEnd else { return }
                    let scale = weight / NgramModel.stepsPerNat
                    for _ in 0..<count {
                        scores[Int(raw[position])] += scale * Double(raw[position + 1])
                        position += 2
                    }
                    return
                }
                slot = (slot + 1) & slotMask
            }
        }
    }
}
