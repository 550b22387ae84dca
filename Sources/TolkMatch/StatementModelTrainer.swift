import Foundation
import TolkAlign

/// Fits the ``StatementModel`` from translated documents: each document is turned into a pseudo-comparable
/// pair the way independent coverage differs from a translation (one side drops sentences, shortens a
/// sentence to part of its facts, leaves words out, merges two facts into one sentence, has sentences that share
/// another's names but not its facts, reorders everything), and every candidate sentence pair of it becomes an example, positive when the two sentences come from the
/// same translated sentence. Logistic regression with an L2 penalty, fitted by Newton's method.
///
/// ```swift
/// let examples = try StatementModelTrainer.examples(documents: parallel, lexicon: lexicon, seed: 1)
/// let model = try StatementModelTrainer.fit(examples)
/// ```
public enum StatementModelTrainer {
    /// One training example: the features of a candidate sentence pair and whether it is a statement.
    public struct Example: Sendable {
        public let features: [Double]
        public let isStatement: Bool
    }

    /// The examples of `documents` (each a list of translated sentence pairs, in order).
    /// - Parameters:
    ///   - lexicon: the translation lexicon matching uses.
    ///   - seed: the seed of the variations (same seed, same examples).
    /// - Throws: ``AlignmentError`` when the furniture cues cannot be read.
    public static func examples(documents: [[(source: String, target: String)]], lexicon: TranslationLexicon?,
                                seed: UInt64) throws(AlignmentError) -> [Example] {
        var options = MatchOptions()
        options.lexicon = lexicon
        options.statementModel = try StatementModel(weights: [Double](repeating: 0, count: StatementFeatures.count))
        let matcher = try StatementMatcher(options: options)
        var random = SplitMix(seed: seed)
        var examples: [Example] = []
        for document in documents where document.count >= 2 {
            let pseudo = pseudoComparable(document, random: &random)
            let source = matcher.sourceEvidence(pseudo.source)
            let target = matcher.targetEvidence(pseudo.target.map(\.text))
            let (pairs, vectors) = matcher.candidates(source: source, target: target)
            for (pair, vector) in zip(pairs, vectors) {
                let origins = pseudo.target[pair.target].origins
                examples.append(Example(features: vector,
                                        isStatement: origins.contains(pseudo.sourceOrigin[pair.source])))
            }
        }
        return examples
    }

    /// A translated document made comparable: source sentences (some dropped) with the index each came from,
    /// and target sentences (some dropped, shortened, thinned or merged, then reordered) with theirs.
    static func pseudoComparable(_ document: [(source: String, target: String)], random: inout SplitMix)
        -> (source: [String], sourceOrigin: [Int], target: [(text: String, origins: [Int])])
    {
        var source: [String] = []
        var sourceOrigin: [Int] = []
        for (index, pair) in document.enumerated() where random.unit() >= 0.15 {
            source.append(pair.source)
            sourceOrigin.append(index)
        }
        var target: [(text: String, origins: [Int])] = []
        var index = 0
        while index < document.count {
            let words = document[index].target.split(separator: " ").map(String.init)
            let roll = random.unit()
            if roll < 0.2 {
                index += 1  // only in the source
                continue
            } else if roll < 0.45 || words.count < 6 {
                target.append((document[index].target, [index]))
            } else if roll < 0.65 {
                // part of the facts: a contiguous half to four fifths of the words
                let keep = max(3, Int(Double(words.count) * (0.5 + 0.3 * random.unit())))
                let start = Int(random.unit() * Double(words.count - keep + 1))
                target.append((words[start..<(start + keep)].joined(separator: " "), [index]))
            } else if roll < 0.85 {
                // other words: about a third left out
                target.append((words.filter { _ in random.unit() >= 0.35 }.joined(separator: " "), [index]))
            } else if index + 1 < document.count {
                // two facts in one sentence
                target.append((document[index].target + " " + document[index + 1].target, [index, index + 1]))
                index += 1
            } else {
                target.append((document[index].target, [index]))
            }
            index += 1
        }
        // Sentences that share a statement's names and numbers but not its facts (the hard negatives of real
        // coverage: "..., says Health Minister Magnus Heunicke" against another of his statements): another
        // sentence's words with this one's names and numbers put in.
        for index in document.indices where document.count >= 3 && random.unit() < 0.35 {
            let names = document[index].target.split(separator: " ").dropFirst().filter { word in
                word.first.map { $0.isUppercase || $0.isNumber } ?? false
            }
            guard !names.isEmpty else { continue }
            var other = Int(random.unit() * Double(document.count - 1))
            if other >= index { other += 1 }
            var words = document[other].target.split(separator: " ").map(String.init)
            for name in names {
                words.insert(String(name), at: Int(random.unit() * Double(words.count + 1)))
            }
            target.append((words.joined(separator: " "), [other]))
        }
        for position in stride(from: target.count - 1, to: 0, by: -1) {
            target.swapAt(position, Int(random.unit() * Double(position + 1)))
        }
        return (source, sourceOrigin, target)
    }

    /// Fits the weights by Newton's method on the L2-penalised log-likelihood (`penalty` times the squared
    /// weights, the bias excepted).
    /// - Throws: ``AlignmentError/invalidOption(name:reason:)`` when there are no examples of either class.
    public static func fit(_ examples: [Example], penalty: Double = 1.0, iterations: Int = 25)
        throws(AlignmentError) -> StatementModel
    {
        let dimension = StatementFeatures.count
        guard examples.contains(where: \.isStatement), examples.contains(where: { !$0.isStatement }) else {
            throw .invalidOption(name: "examples", reason: "need examples of both classes")
        }
        var weights = [Double](repeating: 0, count: dimension)
        for _ in 0..<iterations {
            var gradient = [Double](repeating: 0, count: dimension)
            var hessian = [[Double]](repeating: [Double](repeating: 0, count: dimension), count: dimension)
            for example in examples {
                var z = 0.0
                for k in 0..<dimension { z += weights[k] * example.features[k] }
                let p = 1 / (1 + exp(-z))
                let error = (example.isStatement ? 1 : 0) - p
                let w = max(p * (1 - p), 1e-9)
                for k in 0..<dimension {
                    let x = example.features[k]
                    gradient[k] += error * x
                    for l in k..<dimension { hessian[k][l] += w * x * example.features[l] }
                }
            }
            for k in 0..<dimension {
                for l in 0..<k { hessian[k][l] = hessian[l][k] }
                if k > 0 {
                    gradient[k] -= penalty * weights[k]
                    hessian[k][k] += penalty
                }
                hessian[k][k] += 1e-9
            }
            guard let step = solve(hessian, gradient) else { break }
            var change = 0.0
            for k in 0..<dimension {
                weights[k] += step[k]
                change = max(change, abs(step[k]))
            }
            if change < 1e-8 { break }
        }
        return try StatementModel(weights: weights)
    }

    /// Solves `matrix x = vector` by Gaussian elimination with partial pivoting; `nil` when singular.
    static func solve(_ matrix: [[Double]], _ vector: [Double]) -> [Double]? {
        var a = matrix
        var b = vector
        let n = b.count
        for column in 0..<n {
            var pivot = column
            for row in column..<n where abs(a[row][column]) > abs(a[pivot][column]) { pivot = row }
            guard abs(a[pivot][column]) > 1e-12 else { return nil }
            a.swapAt(column, pivot)
            b.swapAt(column, pivot)
            for row in (column + 1)..<n {
                let factor = a[row][column] / a[column][column]
                guard factor != 0 else { continue }
                for k in column..<n { a[row][k] -= factor * a[column][k] }
                b[row] -= factor * b[column]
            }
        }
        var x = [Double](repeating: 0, count: n)
        for row in stride(from: n - 1, through: 0, by: -1) {
            var total = b[row]
            for k in (row + 1)..<n { total -= a[row][k] * x[k] }
            x[row] = total / a[row][row]
        }
        return x
    }
}

/// A small deterministic generator (SplitMix64), so that training examples are the same every run.
struct SplitMix {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E9B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    /// A number in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}
