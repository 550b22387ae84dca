import Foundation
import TolkText

/// Word-id sequences of one side of a parallel corpus, stored flat: `words[offsets[i]..<offsets[i + 1]]`
/// is sentence i.
struct CorpusSide {
    var words: [Int32] = []
    var offsets: [Int] = [0]
    /// Word id -> text.
    var vocabulary: [String] = []
    /// Word id -> number of sentences containing the word.
    var sentenceFrequency: [Int32] = []

    var sentenceCount: Int { offsets.count - 1 }

    func sentence(_ index: Int) -> ArraySlice<Int32> { words[offsets[index]..<offsets[index + 1]] }
}

/// A line-aligned parallel corpus read into integer word ids, ready for alignment models.
struct ParallelCorpus {
    var source = CorpusSide()
    var target = CorpusSide()

    /// Reads two line-aligned UTF-8 files ("-" for standard input), keeping pairs whose sides both have
    /// 1...`maximumLength` words.
    ///
    /// - Throws: ``LexiconError/data(_:)`` or ``LexiconError/unparallel(sourcePath:sourceLines:targetPath:targetLines:)``.
    /// - Complexity: O(n) in the files' size (one hash lookup per word).
    init(source sourcePath: String, target targetPath: String, maximumLength: Int) throws(LexiconError) {
        let sourceLines = try ParallelCorpus.lines(of: sourcePath)
        let targetLines = try ParallelCorpus.lines(of: targetPath)
        guard sourceLines.ranges.count == targetLines.ranges.count else {
            throw .unparallel(
                sourcePath: TextInput.displayName(of: sourcePath), sourceLines: sourceLines.ranges.count,
                targetPath: TextInput.displayName(of: targetPath), targetLines: targetLines.ranges.count)
        }
        var sourceInterner = Interner()
        var targetInterner = Interner()
        var tokenizer = WordTokenizer()
        var sourceWords: [Int32] = []
        var targetWords: [Int32] = []
        sourceLines.bytes.withUnsafeBufferPointer { sourceBytes in
            targetLines.bytes.withUnsafeBufferPointer { targetBytes in
                for (sourceRange, targetRange) in zip(sourceLines.ranges, targetLines.ranges) {
                    sourceWords.removeAll(keepingCapacity: true)
                    targetWords.removeAll(keepingCapacity: true)
                    tokenizer.forEachWord(in: UnsafeBufferPointer(rebasing: sourceBytes[sourceRange])) {
                        sourceWords.append(sourceInterner.id(of: $0))
                    }
                    tokenizer.forEachWord(in: UnsafeBufferPointer(rebasing: targetBytes[targetRange])) {
                        targetWords.append(targetInterner.id(of: $0))
                    }
                    guard (1...maximumLength).contains(sourceWords.count),
                        (1...maximumLength).contains(targetWords.count)
                    else { continue }
                    source.append(sourceWords)
                    target.append(targetWords)
                }
            }
        }
        source.vocabulary = sourceInterner.words
        target.vocabulary = targetInterner.words
        source.countSentenceFrequencies()
        target.countSentenceFrequencies()
    }

    private static func lines(of path: String) throws(LexiconError) -> (bytes: [UInt8], ranges: [Range<Int>]) {
        let bytes = try LexiconError.loading { () throws(DataError) in try LexiconFile.bytes(path: path, checkingUTF8: true) }
        // LF, CR LF or a lone CR ends a line; a byte-order mark is not part of the first word.
        return (bytes, LineRanges.of(bytes))
    }
}

extension CorpusSide {
    mutating func append(_ sentence: [Int32]) {
        words.append(contentsOf: sentence)
        offsets.append(words.count)
    }

    mutating func countSentenceFrequencies() {
        sentenceFrequency = Array(repeating: 0, count: vocabulary.count)
        var lastSeen = Array(repeating: -1, count: vocabulary.count)
        for index in 0..<sentenceCount {
            for word in sentence(index) where lastSeen[Int(word)] != index {
                lastSeen[Int(word)] = index
                sentenceFrequency[Int(word)] += 1
            }
        }
    }
}

/// Assigns dense ids to words given as UTF-8 bytes.
struct Interner {
    private var ids: [String: Int32] = [:]
    private(set) var words: [String] = []

    mutating func id(of bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        let word = String(decoding: bytes, as: UTF8.self)
        if let id = ids[word] { return id }
        let id = Int32(words.count)
        ids[word] = id
        words.append(word)
        return id
    }
}
