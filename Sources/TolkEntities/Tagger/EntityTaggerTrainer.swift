import Foundation
import TolkText

/// Trains an entity tagger: a structured averaged perceptron (Collins 2002) over ``TaggerFeatures``, decoded
/// with Viterbi, on a Universal NER IOB2 training file; the number of passes is chosen on a development file,
/// then the model is trained again for that many passes on both files.
///
/// ```swift
/// let result = try EntityTaggerTrainer(language: .danish, gazetteer: gazetteer)
///     .train(training: trainURL, development: devURL)
/// try result.model.serialized().write(to: modelURL)
/// ```
public struct EntityTaggerTrainer {
    /// What training measured.
    public struct Report: Sendable {
        /// Typed exact-span F1 on the development file after each pass.
        public var developmentF1: [Double]
        /// The number of passes kept.
        public var passes: Int
        /// The number of features with weights in the model.
        public var featureCount: Int
    }

    let language: LanguageCode
    let gazetteer: Gazetteer
    /// The most passes tried.
    var maximumPasses: Int
    /// Features whose largest absolute averaged weight is below this are left out of the model.
    var pruning: Float
    /// How many perceptrons are trained side by side, each reading the sentences in its own order; the model is
    /// the mean of their averaged weights (one perceptron's weights depend on the order it read).
    var members: Int

    /// A trainer for `language`, reading gazetteer features from `gazetteer` (the shipped one, without a tagger).
    /// `members` perceptrons are trained in different sentence orders and their weights averaged (1: one).
    public init(language: LanguageCode, gazetteer: Gazetteer, maximumPasses: Int = 15, pruning: Float = 0.002,
                members: Int = 1) {
        self.language = language
        self.gazetteer = gazetteer
        self.maximumPasses = maximumPasses
        self.pruning = pruning
        self.members = max(1, members)
    }

    /// Trains on `training`, choosing the number of passes on `development`, then trains on both.
    /// - Throws: ``DataError`` when a file cannot be read or is malformed.
    /// With `finalOnBoth` false the model kept is the one trained on `training` alone (to tune other settings on
    /// `development` without having trained on it).
    public func train(training: URL, development: URL,
                      finalOnBoth: Bool = true) throws(DataError) -> (model: EntityTaggerModel, report: Report) {
        try train(training: [training], development: development, finalOnBoth: finalOnBoth)
    }

    /// Trains on the files of `training` together (a corpus in another language adds name shapes and
    /// contexts: the Danish model learns from English text too), choosing the passes on `development`.
    public func train(training: [URL], development: URL,
                      finalOnBoth: Bool = true) throws(DataError) -> (model: EntityTaggerModel, report: Report) {
        var documents: [[IOB2Corpus.Sentence]] = []
        for url in training { documents += try IOB2Corpus(url: url).documents }
        let trainingSet = Dataset(documents: documents, language: language, gazetteer: gazetteer)
        let developmentSet = Dataset(documents: try IOB2Corpus(url: development).documents, language: language,
                                     gazetteer: gazetteer)
        var perceptrons = [Perceptron](repeating: Perceptron(), count: members)
        var scores: [Double] = []
        var best = (score: -1.0, passes: 0)
        var bestModel: EntityTaggerModel?
        for pass in 1...maximumPasses {
            for member in perceptrons.indices {
                perceptrons[member].pass(over: [trainingSet], seed: Self.seed(pass: pass, member: member))
            }
            let model = Perceptron.mean(perceptrons, pruning: pruning)
            let score = developmentSet.typedF1(model: model)
            scores.append(score)
            if score > best.score {
                best = (score, pass)
                bestModel = model
            }
        }
        if !finalOnBoth, let bestModel {
            return (bestModel, Report(developmentF1: scores, passes: best.passes, featureCount: bestModel.featureCount))
        }
        var finals = [Perceptron](repeating: Perceptron(), count: members)
        for member in finals.indices {
            for pass in 1...best.passes {
                finals[member].pass(over: [trainingSet, developmentSet], seed: Self.seed(pass: pass, member: member))
            }
        }
        let model = Perceptron.mean(finals, pruning: pruning)
        return (model, Report(developmentF1: scores, passes: best.passes, featureCount: model.featureCount))
    }
}

extension EntityTaggerTrainer {
    /// The shuffling seed of `pass` for perceptron `member` (member 0 reads in the order one perceptron always did).
    static func seed(pass: Int, member: Int) -> UInt64 { UInt64(pass) &+ UInt64(member) &* 0x1_0000 }
}

/// A corpus turned into feature hashes and gold tags, sentence by sentence.
private struct Dataset {
    struct Item {
        var document: Int
        var words: Range<Int>
        var gold: [EntityTag]
    }

    var features: [TaggerFeatures] = []
    var items: [Item] = []

    init(documents: [[IOB2Corpus.Sentence]], language: LanguageCode, gazetteer: Gazetteer) {
        for sentences in documents {
            let document = TaggerDocument(sentences: sentences.map(\.tokens), language: language, gazetteer: gazetteer)
            var start = 0
            for sentence in sentences {
                items.append(Item(document: features.count, words: start..<(start + sentence.tokens.count),
                                  gold: sentence.tags))
                start += sentence.tokens.count
            }
            features.append(TaggerFeatures(document: document))
        }
    }

    /// Typed exact-span F1 of `model` on this set.
    func typedF1(model: EntityTaggerModel) -> Double {
        var hit = 0, predicted = 0, gold = 0
        for item in items {
            let tags = model.decode(features[item.document], item.words)
            let found = Set(EntityTag.spans(tags).map { "\($0.range)\($0.kind)" })
            let truth = Set(EntityTag.spans(item.gold).map { "\($0.range)\($0.kind)" })
            hit += found.intersection(truth).count
            predicted += found.count
            gold += truth.count
        }
        return predicted + gold == 0 ? 0 : 2 * Double(hit) / Double(predicted + gold)
    }
}

/// The averaged structured perceptron's state: current weights and their running sums.
private struct Perceptron {
    private var index: [UInt64: Int] = [:]
    private var hashes: [UInt64] = []
    private var weights: [Float] = []
    private var sums: [Double] = []
    private(set) var transitions = [Float](repeating: 0, count: (EntityTag.count + 1) * EntityTag.count)
    private var transitionSums = [Double](repeating: 0, count: (EntityTag.count + 1) * EntityTag.count)
    private var step = 1

    private mutating func id(of hash: UInt64) -> Int {
        if let known = index[hash] { return known }
        let created = hashes.count
        index[hash] = created
        hashes.append(hash)
        weights.append(contentsOf: repeatElement(0, count: EntityTag.count))
        sums.append(contentsOf: repeatElement(0, count: EntityTag.count))
        return created
    }

    /// One pass over the sentences of `sets`, in an order shuffled by `seed` (the same every run).
    mutating func pass(over sets: [Dataset], seed: UInt64) {
        var order: [(Int, Int)] = []
        for (set, dataset) in sets.enumerated() { order += dataset.items.indices.map { (set, $0) } }
        var state = seed &* 0x9E37_79B9_7F4A_7C15 | 1
        for position in stride(from: order.count - 1, to: 0, by: -1) {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            order.swapAt(position, Int(state % UInt64(position + 1)))
        }
        let tags = EntityTag.count
        for (set, itemIndex) in order {
            let item = sets[set].items[itemIndex]
            let features = sets[set].features[item.document]
            var ids: [[Int]] = []
            var emissions = [Float](repeating: 0, count: item.words.count * tags)
            for (position, word) in item.words.enumerated() {
                let wordIDs = features.features(of: word).map { id(of: $0) }
                for feature in wordIDs {
                    for tag in 0..<tags { emissions[position * tags + tag] += weights[feature * tags + tag] }
                }
                ids.append(wordIDs)
            }
            let predicted = Viterbi.best(emissions: emissions, count: item.words.count, transitions: transitions)
            if predicted != item.gold {
                for position in 0..<predicted.count {
                    let guess = predicted[position].rawValue, truth = item.gold[position].rawValue
                    let previousGuess = position == 0 ? tags : predicted[position - 1].rawValue
                    let previousTruth = position == 0 ? tags : item.gold[position - 1].rawValue
                    if guess != truth {
                        for feature in ids[position] {
                            update(feature * tags + truth, by: 1)
                            update(feature * tags + guess, by: -1)
                        }
                    }
                    if guess != truth || previousGuess != previousTruth {
                        updateTransition(previousTruth * tags + truth, by: 1)
                        updateTransition(previousGuess * tags + guess, by: -1)
                    }
                }
            }
            step += 1
        }
    }

    private mutating func update(_ slot: Int, by delta: Float) {
        weights[slot] += delta
        sums[slot] += Double(step) * Double(delta)
    }

    private mutating func updateTransition(_ slot: Int, by delta: Float) {
        transitions[slot] += delta
        transitionSums[slot] += Double(step) * Double(delta)
    }

    /// The mean of the averaged weights of `members` as one model, leaving out features whose mean weights
    /// all stay below `pruning`; one member gives its own averaged model.
    static func mean(_ members: [Perceptron], pruning: Float) -> EntityTaggerModel {
        guard members.count > 1, let first = members.first else {
            return members.first?.averaged(pruning: pruning) ?? Perceptron().averaged(pruning: pruning)
        }
        let tags = EntityTag.count
        var sums: [UInt64: [Float]] = [:]
        var transitions = [Float](repeating: 0, count: first.transitions.count)
        for member in members {
            let (table, memberTransitions) = member.averagedWeights()
            for (hash, row) in table {
                var total = sums[hash] ?? [Float](repeating: 0, count: tags)
                for tag in 0..<tags { total[tag] += row[tag] }
                sums[hash] = total
            }
            for index in transitions.indices { transitions[index] += memberTransitions[index] }
        }
        let scale = 1 / Float(members.count)
        var table: [UInt64: [Float]] = [:]
        for (hash, row) in sums {
            let mean = row.map { $0 * scale }
            if mean.contains(where: { abs($0) >= pruning }) { table[hash] = mean }
        }
        return EntityTaggerModel(features: table, transitions: transitions.map { $0 * scale })
    }

    /// Every feature's averaged weights (none pruned) and the averaged transitions.
    func averagedWeights() -> (features: [UInt64: [Float]], transitions: [Float]) {
        let tags = EntityTag.count
        let count = Double(step)
        var table: [UInt64: [Float]] = [:]
        table.reserveCapacity(hashes.count)
        for (feature, hash) in hashes.enumerated() {
            table[hash] = (0..<tags).map { tag in
                Float(Double(weights[feature * tags + tag]) - sums[feature * tags + tag] / count)
            }
        }
        let averagedTransitions = transitions.indices.map { Float(Double(transitions[$0]) - transitionSums[$0] / count) }
        return (table, averagedTransitions)
    }

    /// The averaged weights as a model, leaving out features whose weights all stay below `pruning`.
    func averaged(pruning: Float) -> EntityTaggerModel {
        let tags = EntityTag.count
        let count = Double(step)
        var table: [UInt64: [Float]] = [:]
        for (feature, hash) in hashes.enumerated() {
            var row = [Float](repeating: 0, count: tags)
            var largest: Float = 0
            for tag in 0..<tags {
                let value = Float(Double(weights[feature * tags + tag]) - sums[feature * tags + tag] / count)
                row[tag] = value
                largest = max(largest, abs(value))
            }
            if largest >= pruning { table[hash] = row }
        }
        let averagedTransitions = transitions.indices.map { Float(Double(transitions[$0]) - transitionSums[$0] / count) }
        return EntityTaggerModel(features: table, transitions: averagedTransitions)
    }
}
