import Foundation
import Testing
import TolkText
@testable import TolkAlign
@testable import TolkMatch

/// The statement model and the furniture rules of comparable matching, on sentences the team wrote.
@Suite struct StatementModelTests {
    @Test func furnitureIsRecognisedInBothLanguages() throws {
        let furniture = try ArticleFurniture.shipped()
        let cases: [(String, String?)] = [
            ("Foto: Ida Marie Odgaard/Ritzau Scanpix", "photo-credit"),
            ("(Foto: © Jens Hansen)", "photo-credit"),
            ("Photograph: Jane Doe/Reuters", "photo-credit"),
            ("Læs også: Regeringen vil forbyde burkaer", "read-more"),
            ("Af Jens Hansen", "byline"),
            // Statements are not furniture, even when they start like a byline.
            ("Regeringen vil forbyde burkaer fra 1. august, siger ministeren.", nil),
            ("Af de 26 dommere fandt 25, at hun havde handlet forsætligt og skal i fængsel.", nil),
            ("By Monday the police had arrested three men in the city of Marrakesh.", nil),
        ]
        for (sentence, label) in cases {
            let found = furniture.label(of: sentence)
            #expect(found == label, "\(sentence)")
        }
    }

    /// A cue found anywhere is found as Foundation's `contains` finds it: by its bytes in an ASCII sentence, by
    /// Foundation in the others (a letter followed by a combining mark is not the letter alone).
    @Test func aCueAnywhereIsFoundAsFoundationFindsIt() {
        let furniture = ArticleFurniture(cues: [
            ArticleFurniture.Cue(label: "credit", atStart: false, text: "Scanpix", maximumWords: 6),
            ArticleFurniture.Cue(label: "photo", atStart: false, text: "Foto", maximumWords: 6),
        ])
        let sentences = ["Nils Meilvang/Ritzau Scanpix", "(Foto: Ida Marie Odgaard)", "Scanpi", "Ritzau Scanpix.",
                         "Fotó af Jens", "Foto\u{301} af Jens", "Billede: Scanpix og Fotograf Åse", "Fot",
                         "A photo by someone"]
        for sentence in sentences {
            let expected = sentence.contains("Scanpix") ? "credit" : sentence.contains("Foto") ? "photo" : nil
            #expect(furniture.label(of: sentence) == expected, "\(sentence)")
        }
        #expect(furniture.label(of: "Fotó af Jens") == nil)
        #expect(furniture.label(of: "Ritzau Scanpix.") == "credit")
    }

    @Test func theShippedModelHasOneWeightPerFeature() throws {
        let model = try StatementModel.shipped()
        #expect(model.weights.count == StatementModel.featureNames.count)
        #expect(throws: AlignmentError.self) { _ = try StatementModel(weights: [1, 2]) }
    }

    @Test func judgedCandidatesCarryTheirFeaturesAndTheModelsProbability() throws {
        let source = ["Politiet anholdt i går tre mænd i Aarhus.", "Banken mistede 250.000 kroner ved røveriet.",
                      "Vejret var koldt."]
        let target = ["The bank lost 250,000 kroner in the robbery.", "Police arrested three men in Aarhus yesterday."]
        let lexicon = try TranslationLexicon.shipped(source: .danish, target: .english)
        let judged = try StatementModelTrainer.judged(source: source, target: target, lexicon: lexicon)
        let model = try StatementModel.shipped()
        #expect(judged.allSatisfy { $0.features.count == StatementModel.featureNames.count })
        // In source then target order, and each probability the shipped model's reading of the features.
        let order = judged.map { [$0.source, $0.target] }
        #expect(order == order.sorted { $0.lexicographicallyPrecedes($1) })
        for pair in judged { #expect(abs(pair.probability - model.probability(pair.features)) < 1e-9) }
        let best = judged.max { $0.probability < $1.probability }
        #expect(best.map { [$0.source, $0.target] } == [1, 0] || best.map { [$0.source, $0.target] } == [0, 1])
        #expect(judged.contains { $0.source == 1 && $0.target == 0 && $0.probability > 0.5 })
    }

    @Test func aSentencesRivalsStandApartFromTheOtherSentence() {
        var rivals = StatementFeatures.Rivals()
        for (shared, other) in [(2.0, 4), (5.0, 7), (3.0, 8), (1.0, 1), (0.5, 12)] { rivals.add(shared, at: other) }
        // The best candidate away from sentence 7 and its neighbours 6 and 8 is the one at 4.
        #expect(rivals.best(awayFrom: 7) == 2.0)
        #expect(rivals.best(awayFrom: 8) == 2.0)
        #expect(rivals.best(awayFrom: 4) == 5.0)
        #expect(rivals.best(awayFrom: 3) == 5.0)
        // Only the four best are kept, which hold the best away from any three neighbouring sentences.
        #expect(rivals.best.map(\.other) == [7, 8, 4, 1])
        #expect(StatementFeatures.Rivals().best(awayFrom: 0) == 0)
    }

    @Test func aFactToldInTwoAdjacentSentencesIsTheBestCandidateOfBoth() throws {
        // One Danish sentence; the English tells its fact in two sentences side by side.
        let source = ["Politiet anholdt tre mænd i Aarhus og sigtede dem for røveri mod en bank.",
                      "Vejret var koldt i hele landet."]
        let target = ["Police arrested three men in Aarhus.", "They were charged with robbing a bank.",
                      "The weather was cold across the country."]
        let lexicon = try TranslationLexicon.shipped(source: .danish, target: .english)
        let judged = try StatementModelTrainer.judged(source: source, target: target, lexicon: lexicon)
        let bestBoth = try #require(StatementModel.featureNames.firstIndex(of: "best_both"))
        for target in [0, 1] {
            let pair = try #require(judged.first { $0.source == 0 && $0.target == target })
            #expect(pair.features[bestBoth] == 1, "target \(target)")
        }
    }

    @Test func theTrainerSeparatesTranslatedSentencesFromTheirNeighbours() throws {
        // Five short made-up articles, each a list of translated sentence pairs.
        let article: [(source: String, target: String)] = [
            ("Politiet anholdt i går tre mænd i Aarhus.", "Police arrested three men in Aarhus yesterday."),
            ("De er sigtet for røveri mod en bank på Strøget.", "They are charged with robbing a bank on Strøget."),
            ("Banken mistede 250.000 kroner ved røveriet.", "The bank lost 250,000 kroner in the robbery."),
            ("Ingen kom til skade, oplyser politiet.", "Nobody was hurt, the police said."),
            ("Retten i Aarhus skal tage stilling til fængsling.", "The court in Aarhus will decide on custody."),
        ]
        let documents = (0..<20).map { shift in
            Array(article[(shift % 5)...] + article[..<(shift % 5)])
        }
        let lexicon = try TranslationLexicon.shipped(source: .danish, target: .english)
        let examples = try StatementModelTrainer.examples(documents: documents, lexicon: lexicon, seed: 7)
        let positives = examples.filter { $0.isStatement }.count
        #expect(positives > 0)
        #expect(positives < examples.count)
        let model = try StatementModelTrainer.fit(examples)
        // The fitted model ranks the statements above the other candidate pairs on average.
        let positive = examples.filter(\.isStatement).map { model.probability($0.features) }
        let negative = examples.filter { !$0.isStatement }.map { model.probability($0.features) }
        let positiveMean = positive.reduce(0, +) / Double(positive.count)
        let negativeMean = negative.reduce(0, +) / Double(negative.count)
        #expect(positiveMean > negativeMean + 0.3, "\(positiveMean) vs \(negativeMean)")
        // Same seed, same examples.
        let again = try StatementModelTrainer.examples(documents: documents, lexicon: lexicon, seed: 7)
        let sameFeatures = again.map(\.features) == examples.map(\.features)
        #expect(sameFeatures)
    }
}
