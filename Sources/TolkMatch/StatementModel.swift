import Foundation
import TolkAlign
import TolkText

/// The fitted model that reads ``StatementFeatures`` as the probability that two sentences of a document pair
/// report the same fact: logistic regression, one weight per feature, from `lexicons/match/statement-model.tsv`
/// (written by `scripts/train-statement-model.sh`; its header names the data it was fitted on).
///
/// ```swift
/// let model = try StatementModel.shipped()
/// model.probability(features)   // 0.93
/// ```
public struct StatementModel: Sendable, Equatable {
    /// One weight per feature, in ``StatementFeatures/names`` order.
    public let weights: [Double]
    /// The weights of the model fitted without the sentence encoder's features (their weights 0), read for a
    /// language pair the encoder does not hold; the same as ``weights`` when not given.
    public let weightsWithoutEncoder: [Double]

    /// A model with the given weights, and those fitted without the sentence encoder's features.
    /// - Throws: ``AlignmentError/invalidOption(name:reason:)`` when there is not one finite weight per feature.
    public init(weights: [Double], withoutEncoder: [Double]? = nil) throws(AlignmentError) {
        let other = withoutEncoder ?? weights
        guard weights.count == StatementFeatures.count, weights.allSatisfy(\.isFinite),
              other.count == weights.count, other.allSatisfy(\.isFinite) else {
            throw .invalidOption(name: "statementModel",
                                 reason: "needs \(StatementFeatures.count) finite weights, has \(weights.count)")
        }
        self.weights = weights
        weightsWithoutEncoder = other
    }

    /// The names of the features the weights belong to, in order.
    public static var featureNames: [String] { StatementFeatures.names }

    /// The shipped model (`lexicons/match/statement-model.tsv`, columns feature, weight and, optionally,
    /// without_encoder: the weights fitted without the sentence encoder's features).
    /// - Throws: ``AlignmentError/data(_:)`` when the file is missing, unreadable or has a bad header, and
    ///   ``AlignmentError/data(_:)`` naming the line of a bad or missing row.
    public static func shipped() throws(AlignmentError) -> StatementModel {
        let table: DataTable
        do {
            table = try DataTable.load(path, columns: ["feature", "weight"])
        } catch let error {
            throw .data(error)
        }
        var byName: [String: Double] = [:]
        var otherByName: [String: Double] = [:]
        let otherColumn = table.column("without_encoder")
        for row in table.rows {
            guard StatementFeatures.names.contains(row.fields[0]) else {
                throw .data(.malformedLine(path: table.path, line: row.line, reason: "unknown feature '\(row.fields[0])'"))
            }
            guard let weight = Double(row.fields[1]), weight.isFinite else {
                throw .data(.malformedLine(path: table.path, line: row.line, reason: "weight '\(row.fields[1])' is not a number"))
            }
            guard byName.updateValue(weight, forKey: row.fields[0]) == nil else {
                throw .data(.malformedLine(path: table.path, line: row.line, reason: "feature '\(row.fields[0])' given twice"))
            }
            if let otherColumn {
                guard row.fields.indices.contains(otherColumn), let other = Double(row.fields[otherColumn]),
                      other.isFinite else {
                    throw .data(.malformedLine(path: table.path, line: row.line,
                                            reason: "without_encoder weight is missing or not a number"))
                }
                otherByName[row.fields[0]] = other
            }
        }
        let weights = try StatementFeatures.names.map { name throws(AlignmentError) -> Double in
            guard let weight = byName[name] else {
                throw .data(.malformedLine(path: table.path, line: table.rows.last?.line ?? 1,
                                        reason: "no weight for feature '\(name)'"))
            }
            return weight
        }
        guard otherColumn != nil else { return try StatementModel(weights: weights) }
        return try StatementModel(weights: weights, withoutEncoder: StatementFeatures.names.map { otherByName[$0] ?? 0 })
    }

    /// The model file's path inside the data folder.
    static let path = "match/statement-model.tsv"

    /// The log-odds of a feature vector; `hasEncoder` false reads it with ``weightsWithoutEncoder``.
    func logOdds(_ features: [Double], hasEncoder: Bool = true) -> Double {
        var total = 0.0
        for (weight, value) in zip(hasEncoder ? weights : weightsWithoutEncoder, features) { total += weight * value }
        return total
    }

    /// The probability that the pair whose features are `features` reports the same fact.
    public func probability(_ features: [Double]) -> Double {
        1 / (1 + exp(-logOdds(features)))
    }
}
