import Foundation
import TolkAlign

/// Fits the ``StatementModel`` from translated documents: each document is turned into a pseudo-comparable
/// pair the way independent coverage differs from a translation (one side drops sentences, shortens a
/// sentence to part of its facts, leaves words out, tells one fact in two sentences, merges two facts into one
/// sentence, has sentences that share another's names but not its facts, reorders everything), and every candidate
/// sentence pair of it becomes an example, positive when the two sentences come from the same translated sentence.
/// Logistic regression with an L2 penalty, fitted by Newton's method.
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
        for (number, document) in documents.enumerated() where document.count >= 2 {
            let other = documents[(number + 1) % documents.count]
            let pseudo = pseudoComparable(document, other: documents.count > 1 ? other : [],
                                          random: &random)
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

    /// A translated document made comparable the way independent coverage differs from a translation: source
    /// sentences (some dropped) with the index each came from, and target sentences (some dropped, shortened,
    /// thinned, cut in two or merged, then reordered) with theirs. Each side also gets sentences of `other`
    /// (another document) with this document's names put in: the facts only one outlet reports, about the same people
    /// (origin -1 on the source side, none on the target side). The first sentence (a headline or lead) stays
    /// first on both sides more often than not, as news articles open with the main event. Names, never
    /// numbers, go into the negatives: a figure two independent reports share is evidence of the same fact.
    static func pseudoComparable(_ document: [(source: String, target: String)],
                                 other: [(source: String, target: String)], random: inout SplitMix)
        -> (source: [String], sourceOrigin: [Int], target: [(text: String, origins: [Int])])
    {
        let leadStays = random.unit() < 0.7
        var source: [String] = []
        var sourceOrigin: [Int] = []
        for (index, pair) in document.enumerated() where (index == 0 && leadStays) || random.unit() >= 0.3 {
            source.append(pair.source)
            sourceOrigin.append(index)
        }
        var target: [(text: String, origins: [Int])] = []
        var index = 0
        while index < document.count {
            let words = document[index].target.split(separator: " ").map(String.init)
            let roll = index == 0 && leadStays ? 0.3 : random.unit()
            if roll < 0.3 {
                index += 1  // only in the source
                continue
            } else if roll < 0.5 || words.count < 6 {
                target.append((document[index].target, [index]))
            } else if roll < 0.68 {
                // part of the facts: a contiguous half to four fifths of the words
                let keep = max(3, Int(Double(words.count) * (0.5 + 0.3 * random.unit())))
                let start = Int(random.unit() * Double(words.count - keep + 1))
                target.append((words[start..<(start + keep)].joined(separator: " "), [index]))
            } else if roll < 0.86 {
                // other words: about a third left out
                target.append((words.filter { _ in random.unit() >= 0.35 }.joined(separator: " "), [index]))
            } else if roll < 0.93 && words.count >= 8 {
                // one fact told in two sentences (a sentence with two counterparts): the words cut near the middle
                let cut = Self.cut(words, random: &random)
                target.append((words[..<cut].joined(separator: " "), [index]))
                target.append((words[cut...].joined(separator: " "), [index]))
            } else if index + 1 < document.count {
                // two facts in one sentence
                target.append((document[index].target + " " + document[index + 1].target, [index, index + 1]))
                index += 1
            } else {
                target.append((document[index].target, [index]))
            }
            index += 1
        }
        let names = document.map { pair in
            (source: Self.names(pair.source), target: Self.names(pair.target))
        }
        func withNames(_ text: String, _ names: [Substring], random: inout SplitMix) -> String {
            var words = text.split(separator: " ").map(String.init)
            for name in names {
                words.insert(String(name), at: Int(random.unit() * Double(words.count + 1)))
            }
            return words.joined(separator: " ")
        }
        // Sentences that share a statement's names but not its facts (the hard negatives of real coverage:
        // "..., says Health Minister Magnus Heunicke" against another of his statements): another sentence's
        // words with this one's names put in.
        for index in document.indices where document.count >= 3 && random.unit() < 0.15 {
            guard !names[index].target.isEmpty else { continue }
            var other = Int(random.unit() * Double(document.count - 1))
            if other >= index { other += 1 }
            target.append((withNames(document[other].target, names[index].target, random: &random), [other]))
        }
        // Facts only one side reports: sentences of another document, with names of this one.
        for pair in other where random.unit() < 0.3 {
            let from = Int(random.unit() * Double(document.count))
            let named = random.unit() < 0.5
            if random.unit() < 0.5 {
                source.append(named ? withNames(pair.source, names[from].source, random: &random) : pair.source)
                sourceOrigin.append(-1)
            } else {
                target.append((named ? withNames(pair.target, names[from].target, random: &random) : pair.target, []))
            }
        }
        let fixed = leadStays ? 1 : 0
        for position in stride(from: target.count - 1, to: fixed, by: -1) {
            target.swapAt(position, fixed + Int(random.unit() * Double(position - fixed + 1)))
        }
        return (source, sourceOrigin, target)
    }

    /// Where to cut a sentence of `words` (at least 8) in two: after a word that ends in a comma or semicolon near
    /// the middle (a clause boundary) when there is one, else at a point between two fifths and three fifths.
    static func cut(_ words: [String], random: inout SplitMix) -> Int {
        let low = words.count * 2 / 5, high = max(words.count * 3 / 5, low + 1)
        if let clause = (low..<high).first(where: { words[$0 - 1].hasSuffix(",") || words[$0 - 1].hasSuffix(";") }) {
            return clause
        }
        return low + Int(random.unit() * Double(high - low))
    }

    /// The capitalised words of a sentence after its first word (its names, roughly).
    private static func names(_ sentence: String) -> [Substring] {
        sentence.split(separator: " ").dropFirst().filter { word in word.first?.isUppercase ?? false }
    }

    /// Fits the weights by Newton's method on the L2-penalised log-likelihood (`penalty` times the squared
    /// weights, the bias excepted): first without the sentence encoder's features (the model for a language pair
    /// the encoder does not hold), then the bias and the encoder's weights on top of it, the other weights kept.
    /// - Throws: ``AlignmentError/invalidOption(name:reason:)`` when there are no examples of either class.
    public static func fit(_ examples: [Example], penalty: Double = 1.0, iterations: Int = 25)
        throws(AlignmentError) -> StatementModel
    {
        let withoutEncoder = examples.map { example in
            var features = example.features
            for k in StatementFeatures.encoderFeatures { features[k] = 0 }
            return Example(features: features, isStatement: example.isStatement)
        }
        let base = try weights(withoutEncoder, penalty: penalty, iterations: iterations)
        // The encoder's evidence is added to the model without it: the other features keep their weights, and the
        // bias and the encoder's weights are fitted on top (so a pair the model without the encoder holds likely
        // moves only by what the encoder says about it).
        let free = [0] + StatementFeatures.encoderFeatures
        let stacked = examples.map { example in
            var offset = 0.0
            for k in example.features.indices where !free.contains(k) { offset += base[k] * example.features[k] }
            return (features: free.map { example.features[$0] }, offset: offset, isStatement: example.isStatement)
        }
        let added = try weights(stacked.map { Example(features: $0.features, isStatement: $0.isStatement) },
                                offsets: stacked.map(\.offset), penalty: penalty, iterations: iterations)
        var all = base
        for (k, weight) in zip(free, added) { all[k] = weight }
        return try StatementModel(weights: all, withoutEncoder: base)
    }

    /// The weights of one fit; `offsets` (one per example) are added to each example's log-odds.
    private static func weights(_ examples: [Example], offsets: [Double]? = nil, penalty: Double, iterations: Int)
        throws(AlignmentError) -> [Double]
    {
        let dimension = examples.first?.features.count ?? StatementFeatures.count
        guard examples.contains(where: \.isStatement), examples.contains(where: { !$0.isStatement }) else {
            throw .invalidOption(name: "examples", reason: "need examples of both classes")
        }
        var weights = [Double](repeating: 0, count: dimension)
        for _ in 0..<iterations {
            var gradient = [Double](repeating: 0, count: dimension)
            var hessian = [[Double]](repeating: [Double](repeating: 0, count: dimension), count: dimension)
            for (index, example) in examples.enumerated() {
                var z = offsets?[index] ?? 0
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
        return weights
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

extension StatementModelTrainer {
    /// One judged candidate statement of a document pair, for reading the model's errors.
    public struct Judged: Sendable {
        /// The sentence indices of the pair.
        public let source: Int
        public let target: Int
        /// The feature vector (``StatementModel/featureNames`` order) and the shipped model's probability.
        public let features: [Double]
        public let probability: Double
    }

    /// Every candidate statement (sentence pair sharing a key, furniture excepted) of two documents given as
    /// sentences, with its features and the model's probability, in source then target order: what the decision
    /// layer reads (a developer's view of the model; `tolk-train features` prints it).
    /// - Throws: ``AlignmentError`` when the shipped model, furniture cues or sentence encoder cannot be read.
    public static func judged(source: [String], target: [String], lexicon: TranslationLexicon?)
        throws(AlignmentError) -> [Judged]
    {
        var options = MatchOptions()
        options.lexicon = lexicon
        let matcher = try StatementMatcher(options: options)
        let (pairs, vectors) = matcher.candidates(source: matcher.sourceEvidence(source),
                                                  target: matcher.targetEvidence(target))
        let hasEncoder = matcher.encoder != nil
        return zip(pairs, vectors).map { pair, vector in
            Judged(source: pair.source, target: pair.target, features: vector,
                   probability: 1 / (1 + exp(-matcher.model.logOdds(vector, hasEncoder: hasEncoder))))
        }
    }
}
