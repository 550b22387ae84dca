import Foundation
import TolkText

/// The statistical model for Latin-script languages: character n-grams (orders 1-5 over space-padded, lower-cased
/// words) and whole words, each with a per-language log-probability stored as its distance above a floor shared
/// by all languages.
///
/// The file (`lexicons/language/model.bin`, written by `scripts/build-language-models.py`) is memory-mapped, so
/// opening costs a few system calls and pages are read on first touch. Layout, little-endian:
/// magic `TOLKLID1`; u32 language count; u32 slot count (a power of two); u32 postings byte count; language codes
/// (4 bytes each, NUL-padded); slots (u32 upper half of the key's FNV-1a-64 hash, ``StableHash`` as the generator
/// computes it; u32 postings offset + 1, 0 = empty; linear probing from `hash & (slots - 1)`); postings (u8
/// count, then count × (u8 language index, u8 value in 1/8 nat)).
struct NgramModel: Sendable {
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
            throw LanguageError.data(.malformedFile(path: url.path,
                reason: "not a Tolk language model: cannot read: \(error.localizedDescription)"))
        }
        guard data.count >= 20, data.prefix(8).elementsEqual("TOLKLID1".utf8) else {
            throw LanguageError.data(.malformedFile(path: url.path,
                reason: "not a Tolk language model: missing TOLKLID1 header"))
        }
        let languageCount = Int(Self.readUInt32(data, at: 8))
        let slots = Int(Self.readUInt32(data, at: 12))
        let postings = Int(Self.readUInt32(data, at: 16))
        let start = 20 + 4 * languageCount
        guard languageCount > 0, languageCount < 256, slots > 0, slots & (slots - 1) == 0,
            data.count == start + 8 * slots + postings
        else {
            throw LanguageError.data(.malformedFile(path: url.path,
                reason: "not a Tolk language model: header does not match the file size"))
        }
        var codes: [LanguageCode] = []
        for index in 0..<languageCount {
            let raw = data[(20 + 4 * index)..<(24 + 4 * index)].prefix { $0 != 0 }
            guard let code = LanguageCode(rawValue: String(decoding: raw, as: UTF8.self)) else {
                throw LanguageError.data(.malformedFile(path: url.path,
                    reason: "not a Tolk language model: bad language code at index \(index)"))
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

        /// The postings offset of the key `hash`, or -1 when the model has no entry for it.
        /// - Complexity: O(1) expected (linear probing at a load factor below 0.65).
        @inline(__always)
        func find(_ hash: UInt64) -> Int {
            let check = UInt32(truncatingIfNeeded: hash >> 32)
            var slot = Int(truncatingIfNeeded: hash) & slotMask
            // A well-formed table always has empty slots; the bound only keeps a damaged file from looping forever.
            for _ in 0...slotMask {
                let base = slotsStart + 8 * slot
                let offset = Int(raw.loadUnaligned(fromByteOffset: base + 4, as: UInt32.self).littleEndian)
                if offset == 0 { return -1 }
                if raw.loadUnaligned(fromByteOffset: base, as: UInt32.self).littleEndian == check {
                    let position = postingsStart + offset - 1
                    guard position < postingsEnd,
                        position + 1 + 2 * Int(raw[position]) <= postingsEnd
                    else { return -1 }
                    return position
                }
                slot = (slot + 1) & slotMask
            }
            return -1
        }

        /// Loads the first slot of `hash` so that a later ``find(_:)`` hits the cache; returns what it read, to be
        /// folded into a value the caller keeps (the loads of many keys then overlap instead of waiting in turn).
        @inline(__always)
        func touchSlot(_ hash: UInt64) -> UInt32 {
            let slot = Int(truncatingIfNeeded: hash) & slotMask
            return raw.loadUnaligned(fromByteOffset: slotsStart + 8 * slot, as: UInt32.self)
        }

        /// Loads the first byte of the postings at `position` (from ``find(_:)``), for the same reason.
        @inline(__always)
        func touchPostings(_ position: Int) -> UInt32 {
            position < 0 ? 0 : UInt32(raw[position])
        }

        /// Adds `weight` × value (in nats) of every language in the postings at `position` to `scores`.
        @inline(__always)
        func accumulate(_ position: Int, weight: Double, into scores: UnsafeMutablePointer<Double>) {
            guard position >= 0 else { return }
            let count = Int(raw[position])
            var cursor = position + 1
            let scale = weight / NgramModel.stepsPerNat
            for _ in 0..<count {
                scores[Int(raw[cursor])] += scale * Double(raw[cursor + 1])
                cursor += 2
            }
        }
    }
}
