import Foundation
import TolkText

/// The weights of a trained entity tagger: one weight per feature and tag, and tag-to-tag transition weights,
/// decoded with the Viterbi algorithm over IOB2 tags.
///
/// Stored as a compact binary file (`lexicons/entities/tagger-<language>.bin`) written by
/// ``EntityTaggerTrainer``: the magic `TOLKTAG1`, the tag count, slot count and feature count (UInt32,
/// little-endian), the transition weights (Float32, `(tags + 1) × tags`, the last row for the sentence start),
/// then an open-addressing table of feature hashes (UInt64, zero for an empty slot) and their weights (Float32,
/// `slots × tags`). Loading copies the arrays; nothing is rebuilt.
public struct EntityTaggerModel: Sendable {
    static let magic = Array("TOLKTAG1".utf8)
    let transitions: [Float]
    let keys: [UInt64]
    let weights: [Float]
    private let mask: Int

    /// The number of features with weights.
    public var featureCount: Int { keys.reduce(0) { $0 + ($1 == 0 ? 0 : 1) } }

    /// A model from feature weights (`hash -> tag weights`) and transitions.
    init(features: [UInt64: [Float]], transitions: [Float]) {
        var slots = 1024
        while slots < features.count * 2 { slots *= 2 }
        var keys = [UInt64](repeating: 0, count: slots)
        var weights = [Float](repeating: 0, count: slots * EntityTag.count)
        let mask = slots - 1
        for hash in features.keys.sorted() {
            guard let row = features[hash] else { continue }
            var slot = Int(truncatingIfNeeded: hash) & mask
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = hash
            for tag in 0..<EntityTag.count { weights[slot * EntityTag.count + tag] = row[tag] }
        }
        self.init(transitions: transitions, keys: keys, weights: weights)
    }

    private init(transitions: [Float], keys: [UInt64], weights: [Float]) {
        self.transitions = transitions
        self.keys = keys
        self.weights = weights
        self.mask = keys.count - 1
    }

    /// Adds the weights of feature `hash` to `scores` (one per tag).
    @inline(__always)
    func accumulate(_ hash: UInt64, into scores: UnsafeMutablePointer<Float>) {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let key = keys[slot]
            if key == hash {
                let base = slot * EntityTag.count
                for tag in 0..<EntityTag.count { scores[tag] += weights[base + tag] }
                return
            }
            if key == 0 { return }
            slot = (slot + 1) & mask
        }
    }

    /// The best tag sequence for the words `range` of `features` (one sentence).
    func decode(_ features: TaggerFeatures, _ range: Range<Int>) -> [EntityTag] {
        let count = range.count
        guard count > 0 else { return [] }
        var emissions = [Float](repeating: 0, count: count * EntityTag.count)
        emissions.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            for (position, index) in range.enumerated() {
                for hash in features.features(of: index) {
                    accumulate(hash, into: base + position * EntityTag.count)
                }
            }
        }
        return Viterbi.best(emissions: emissions, count: count, transitions: transitions)
    }

    /// The model's binary form.
    /// The model in its binary file form (see the type's description).
    public func serialized() -> Data {
        var data = Data(Self.magic)
        func append<T>(_ values: [T]) { values.withUnsafeBytes { data.append(contentsOf: $0) } }
        append([UInt32(EntityTag.count), UInt32(keys.count), UInt32(featureCount), UInt32(0)].map(\.littleEndian))
        append(transitions.map(\.bitPattern.littleEndian))
        append(keys.map(\.littleEndian))
        append(weights.map(\.bitPattern.littleEndian))
        return data
    }

    /// Reads a model file: the header is checked against the file's size first, then the feature table is read
    /// straight into the model's arrays (no copy of the file in between).
    /// - Throws: ``DataError`` naming the file when it cannot be read, is not a tagger model, or is truncated.
    /// - Complexity: O(n) in the file's size.
    public static func load(_ url: URL) throws(DataError) -> EntityTaggerModel {
        let file = try BinaryDataFile(path: url.path)
        let header = magic.count + 16
        guard file.size >= header else { return try decode(Data(try file.bytes(file.size)), path: url.path) }
        let head = try file.bytes(header)
        let layout = head.withUnsafeBytes { raw in
            Layout(tags: Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: magic.count, as: UInt32.self))),
                   slots: Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: magic.count + 4, as: UInt32.self))))
        }
        guard Array(head.prefix(magic.count)) == magic, layout.isValid, file.size == layout.fileSize else {
            // Not a whole model: the checks of `decode` name what is wrong.
            return try decode(Data(head + (try file.bytes(file.size - header))), path: url.path)
        }
        let transitions = try file.values(Float.self, count: layout.transitionCount)
        let keys = try file.values(UInt64.self, count: layout.slots)
        let weights = try file.values(Float.self, count: layout.slots * layout.tags)
        #if _endian(big)
        return EntityTaggerModel(transitions: transitions.map { Float(bitPattern: UInt32(littleEndian: $0.bitPattern)) },
                                 keys: keys.map { UInt64(littleEndian: $0) },
                                 weights: weights.map { Float(bitPattern: UInt32(littleEndian: $0.bitPattern)) })
        #else
        return EntityTaggerModel(transitions: transitions, keys: keys, weights: weights)
        #endif
    }

    /// The sizes a model file's header gives.
    private struct Layout {
        let tags: Int
        let slots: Int
        var transitionCount: Int { (tags + 1) * tags }
        /// The tags are the tagger's, and the slots a power of two.
        var isValid: Bool { tags == EntityTag.count && slots > 0 && slots & (slots - 1) == 0 }
        var fileSize: Int { EntityTaggerModel.magic.count + 16 + transitionCount * 4 + slots * 8 + slots * tags * 4 }
    }

    static func decode(_ data: Data, path: String) throws(DataError) -> EntityTaggerModel {
        let header = magic.count + 16
        guard data.count >= header, Array(data.prefix(magic.count)) == magic else {
            throw .malformedLine(path: path, line: 1, reason: "not a Tolk entity tagger model (no TOLKTAG1 header)")
        }
        let parsed: EntityTaggerModel? = data.withUnsafeBytes { raw in
            func word(_ offset: Int) -> Int {
                Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
            }
            let tags = word(magic.count), slots = word(magic.count + 4)
            let transitionCount = (tags + 1) * tags
            let expected = header + transitionCount * 4 + slots * 8 + slots * tags * 4
            guard tags == EntityTag.count, slots > 0, slots & (slots - 1) == 0, data.count == expected else {
                return nil
            }
            var offset = header
            let transitions = (0..<transitionCount).map { index in
                Float(bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset + index * 4,
                                                                         as: UInt32.self)))
            }
            offset += transitionCount * 4
            var keys = [UInt64](repeating: 0, count: slots)
            keys.withUnsafeMutableBytes { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[offset..<(offset + slots * 8)])) }
            offset += slots * 8
            var weights = [Float](repeating: 0, count: slots * tags)
            weights.withUnsafeMutableBytes {
                $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[offset..<(offset + slots * tags * 4)]))
            }
            #if _endian(big)
            keys = keys.map { UInt64(littleEndian: $0) }
            weights = weights.map { Float(bitPattern: UInt32(littleEndian: $0.bitPattern)) }
            #endif
            return EntityTaggerModel(transitions: transitions, keys: keys, weights: weights)
        }
        guard let parsed else {
            throw .malformedLine(path: path, line: 1, reason: "truncated or inconsistent tagger model (\(data.count) bytes)")
        }
        return parsed
    }
}

/// Viterbi decoding over the IOB2 tags, an inside tag allowed only after its own kind.
enum Viterbi {
    /// The best tags for `count` positions of `emissions` (`count × tags`) and `transitions`
    /// (`(tags + 1) × tags`, row `tags` for the sentence start).
    static func best(emissions: [Float], count: Int, transitions: [Float]) -> [EntityTag] {
        let tags = EntityTag.count
        let all = EntityTag.allCases
        var scores = [Float](repeating: -.infinity, count: count * tags)
        var back = [Int](repeating: 0, count: count * tags)
        for tag in all where tag.mayFollow(nil) {
            scores[tag.rawValue] = emissions[tag.rawValue] + transitions[tags * tags + tag.rawValue]
        }
        if count > 1 {
            for position in 1..<count {
                for tag in all {
                    var best: Float = -.infinity
                    var from = 0
                    for previous in all where tag.mayFollow(previous) {
                        let score = scores[(position - 1) * tags + previous.rawValue]
                            + transitions[previous.rawValue * tags + tag.rawValue]
                        if score > best {
                            best = score
                            from = previous.rawValue
                        }
                    }
                    scores[position * tags + tag.rawValue] = best + emissions[position * tags + tag.rawValue]
                    back[position * tags + tag.rawValue] = from
                }
            }
        }
        var last = 0
        for tag in 1..<tags where scores[(count - 1) * tags + tag] > scores[(count - 1) * tags + last] { last = tag }
        var result = [EntityTag](repeating: .outside, count: count)
        var position = count - 1
        while true {
            result[position] = EntityTag(rawValue: last) ?? .outside
            guard position > 0 else { break }
            last = back[position * tags + last]
            position -= 1
        }
        return result
    }
}
