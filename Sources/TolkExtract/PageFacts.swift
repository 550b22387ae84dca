/// What the extraction passes know of a page before any pass runs, computed once in one walk over the nodes and
/// shared by every attempt: each element's name tokens and cue kinds, whether it breaks text, and each text
/// node's length and commas.
final class PageFacts: Sendable {
    let tree: HTMLTree
    let cues: BoilerplateCues
    /// Each element's names (its class, id, role and itemprop values, in page order) as an index into
    /// `signatures`, or -1 when it has none. Pages repeat their names: each distinct one is split and matched
    /// against the cues once.
    private let signature: [Int32]
    /// Distinct names: their bytes (the names joined by spaces) and the cue kinds their tokens match, one bit
    /// per ``BoilerplateCues/Kind``.
    private let signatures: [(names: [UInt8], mask: UInt8)]
    /// Whether each node is a block element (or `br`), which breaks text.
    let breaksText: [Bool]
    /// Each text node's length (white space runs count as one; 0 for elements and for the text of elements that
    /// never hold article text, such as scripts, which every pass drops).
    let textLength: [Int]
    /// Each text node's commas (`,` and the ideographic `、`), counted as `textLength` is.
    let commas: [Int]

    /// The attributes whose values name an element's role.
    private static let nameAttributes: [HTMLAttribute] = [.class, .id, .role, .itemprop]

    init(tree: HTMLTree, cues: BoilerplateCues) {
        self.tree = tree
        self.cues = cues
        let nodes = tree.nodes
        var signature = Array(repeating: Int32(-1), count: nodes.count)
        var signatures: [(names: [UInt8], mask: UInt8)] = []
        var token: [UInt8] = []
        var known = SignatureIndex()
        var key: [UInt8] = []
        var breaksText = Array(repeating: false, count: nodes.count)
        var lengths = Array(repeating: 0, count: nodes.count)
        var commas = Array(repeating: 0, count: nodes.count)
        for index in nodes.indices {
            let node = nodes[index]
            if node.isText {
                let parent = node.parent
                if parent >= 0, HTMLVocabulary.neverText.contains(nodes[parent].tag) { continue }
                (lengths[index], commas[index]) = tree.withText(index, Self.measure)
                continue
            }
            breaksText[index] = HTMLVocabulary.breakingTags.contains(node.tag)
            // The names joined by spaces split into the same tokens as each name split alone.
            key.removeAll(keepingCapacity: true)
            var hasNames = false
            tree.forEachAttribute(of: index) { name, value in
                guard Self.nameAttributes.contains(name) else { return }
                if hasNames { key.append(0x20) }
                key.append(contentsOf: value)
                hasNames = true
            }
            guard hasNames else { continue }
            let hash = SignatureIndex.hash(key)
            if let id = known.find(key, hash: hash, in: signatures) {
                signature[index] = id
                continue
            }
            let id = Int32(signatures.count)
            signatures.append((key, Self.mask(key, cues: cues, token: &token)))
            known.insert(id, hash: hash)
            signature[index] = id
        }
        self.signature = signature
        self.signatures = signatures
        self.breaksText = breaksText
        textLength = lengths
        self.commas = commas
    }

    /// Whether element `index`'s names hold a word of `kind`.
    func has(_ kind: BoilerplateCues.Kind, _ index: Int) -> Bool {
        let id = signature[index]
        guard id >= 0 else { return false }
        return signatures[Int(id)].mask & kind.bit != 0
    }

    /// An element's name tokens joined by spaces, for reasons in the removed list.
    func nameText(_ index: Int) -> String {
        let id = signature[index]
        guard id >= 0 else { return "" }
        return Self.tokens(signatures[Int(id)].names).map { String(decoding: $0, as: UTF8.self) }
            .joined(separator: " ")
    }

    /// The cue kinds the tokens of `names` (as ``tokens(_:)`` splits them) match, one bit per kind; tokens made
    /// of digits only match none. Each token is made in `token` in turn (no array per token).
    private static func mask(_ names: [UInt8], cues: BoilerplateCues, token: inout [UInt8]) -> UInt8 {
        var mask: UInt8 = 0
        var digitsOnly = true
        token.removeAll(keepingCapacity: true)
        for byte in names {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                token.append(byte | 0x20)
                digitsOnly = false
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                token.append(byte)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), 0x80...:
                token.append(byte)
                digitsOnly = false
            default:
                if !token.isEmpty && !digitsOnly { mask |= cues.kinds(of: token) }
                token.removeAll(keepingCapacity: true)
                digitsOnly = true
            }
        }
        if !token.isEmpty && !digitsOnly { mask |= cues.kinds(of: token) }
        return mask
    }

    /// Characters (white space runs counting as one; leading white space not counted) and commas of a text.
    private static func measure(_ bytes: UnsafeBufferPointer<UInt8>) -> (length: Int, commas: Int) {
        var length = 0, commas = 0, index = 0
        var started = false, inSpace = false
        while index < bytes.count {
            let width = CollapsedText.spaceWidth(bytes, at: index)
            if width > 0 {
                if started && !inSpace { length += 1 }
                inSpace = true
                index += width
                continue
            }
            let byte = bytes[index]
            started = true
            inSpace = false
            if byte & 0xC0 != 0x80 { length += 1 }
            if byte == UInt8(ascii: ",") { commas += 1 }
            // U+3001 IDEOGRAPHIC COMMA is E3 80 81.
            if byte == 0xE3, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x81 {
                commas += 1
            }
            index += 1
        }
        return (length, commas)
    }

    /// Names split at every byte that is not an ASCII letter or digit or part of a non-ASCII character, ASCII
    /// letters lower-cased.
    private static func tokens(_ names: [UInt8]) -> [[UInt8]] {
        var tokens: [[UInt8]] = []
        var token: [UInt8] = []
        for byte in names {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): token.append(byte | 0x20)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), 0x80...:
                token.append(byte)
            default:
                if !token.isEmpty { tokens.append(token) }
                token = []
            }
        }
        if !token.isEmpty { tokens.append(token) }
        return tokens
    }
}

/// Distinct names to their index in the signatures: an open-addressed table over a hash of the names' bytes taken
/// eight bytes at a time (a dictionary keyed by the bytes seeded a hasher and copied the key for every element).
private struct SignatureIndex {
    /// Each slot's signature index, or -1; a power of two in number, at most half full.
    private var slots = [Int32](repeating: -1, count: 64)
    /// Each slot's hash.
    private var hashes = [UInt64](repeating: 0, count: 64)
    private var used = 0

    static func hash(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBytes { raw in
            var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(raw.count)
            var offset = 0
            while offset + 8 <= raw.count {
                hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
                hash ^= hash >> 32
                offset += 8
            }
            var last: UInt64 = 0
            for (shift, byte) in raw[offset...].enumerated() { last |= UInt64(byte) << UInt64(8 * shift) }
            hash = (hash ^ last) &* 0xC4CE_B9FE_1A85_EC53
            return hash ^ (hash >> 29)
        }
    }

    /// The index of the signature whose names are `key`, or `nil`.
    func find(_ key: [UInt8], hash: UInt64, in signatures: [(names: [UInt8], mask: UInt8)]) -> Int32? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 {
            if hashes[slot] == hash, signatures[Int(slots[slot])].names == key { return slots[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Adds signature `id` (not yet present) with its names' hash.
    mutating func insert(_ id: Int32, hash: UInt64) {
        if (used + 1) * 2 > slots.count {
            let old = zip(slots, hashes).filter { $0.0 >= 0 }
            slots = [Int32](repeating: -1, count: slots.count * 2)
            hashes = [UInt64](repeating: 0, count: slots.count)
            for (oldID, oldHash) in old { place(oldID, hash: oldHash) }
        }
        place(id, hash: hash)
        used += 1
    }

    private mutating func place(_ id: Int32, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = id
        hashes[slot] = hash
    }
}
