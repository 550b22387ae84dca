import Foundation
import Testing
import TolkText
@testable import TolkAlign
@testable import TolkMatch

/// The trained sentence encoder: its file reader, and what its cosine measures, on sentences the team wrote.
@Suite struct SentenceEncoderTests {
    /// An encoder file in the shipped layout: two source stems, two target stems, two buckets, two dimensions.
    static func file(stems: [(String, UInt8)] = [("død", 80), ("politi", 64), ("die", 80), ("polic", 64)],
                     sourceCount: UInt32 = 2, buckets: UInt32 = 2,
                     rows: [(Float, [Int8])] = [(1, [127, 0]), (1, [0, 127]), (1, [120, 40]), (0.5, [0, 127]),
                                                (0.01, [1, 1]), (0.01, [1, -1])]) -> [UInt8] {
        var bytes = Array("TOLKENC1".utf8)
        func u32(_ value: UInt32) {
            for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> shift)) }
        }
        u32(2)
        u32(UInt32(stems.count))
        u32(sourceCount)
        u32(buckets)
        bytes += Array("daen".utf8)
        bytes += [3, 5, 160, 160, 64, 0]
        for (stem, rarity) in stems {
            bytes.append(rarity)
            bytes.append(UInt8(stem.utf8.count))
            bytes += Array(stem.utf8)
        }
        for (scale, values) in rows {
            u32(scale.bitPattern)
            bytes += values.map { UInt8(bitPattern: $0) }
        }
        var checksum: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { checksum = (checksum ^ UInt64(byte)) &* 0x100_0000_01B3 }
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: checksum >> shift)) }
        return bytes
    }

    @Test func aWellFormedFileIsRead() throws {
        let encoder = try SentenceEncoder(bytes: Self.file(), path: "test.bin")
        #expect(encoder.dimensions == 2)
        #expect(encoder.sourceLanguage == .danish && encoder.targetLanguage == .english)
        let died = encoder.encode("Han døde.", side: .source)
        let english = encoder.encode("He died.", side: .target)
        let police = encoder.encode("The police.", side: .target)
        #expect(died.count == 2)
        #expect(SentenceEncoder.cosine(died, english) > 0.9)
        #expect(SentenceEncoder.cosine(died, police) < 0.2)
        // A text without a word or number has no direction.
        #expect(encoder.encode("- !", side: .source) == [0, 0])
        #expect(SentenceEncoder.cosine(encoder.encode("- !", side: .source), english) == 0)
    }

    /// Every malformed file is an error naming the file and the byte where it goes wrong.
    @Test func aMalformedFileIsAnErrorNamingFileAndByte() {
        var badMagic = Self.file()
        badMagic[0] = UInt8(ascii: "X")
        var damaged = Self.file()
        damaged[40] ^= 0xFF
        let truncated = Array(Self.file().dropLast(3))
        let shortRows = Self.file(rows: [(1, [127, 0]), (1, [0, 127]), (1, [120, 40]), (0.5, [0, 127])])
        let twice = Self.file(stems: [("død", 80), ("død", 64), ("die", 80), ("polic", 64)])
        let badScale = Self.file(rows: [(1, [127, 0]), (.nan, [0, 127]), (1, [120, 40]), (0.5, [0, 127]),
                                        (0.01, [1, 1]), (0.01, [1, -1])])
        var badLengths = Self.file()
        badLengths[28] = 6
        let cases: [([UInt8], String)] = [
            (badMagic, "byte 0"), (damaged, "checksum"), (truncated, "byte"), (shortRows, "rows take"),
            (twice, "given twice"), (badScale, "bad scale"), (badLengths, "byte 28"),
        ]
        for (bytes, reason) in cases {
            do {
                _ = try SentenceEncoder(bytes: bytes, path: "/data/match/sentence-encoder.bin")
                Issue.record("read a malformed file (\(reason))")
            } catch {
                let message = "\(error)"
                #expect(message.contains("/data/match/sentence-encoder.bin"), "\(message)")
                #expect(message.contains("byte"), "\(message)")
                #expect(message.contains(reason), "\(message)")
            }
        }
    }

    /// In the shipped encoder a Danish sentence is closer to an English paraphrase of it than to a sentence of
    /// the same story that says something else, although the distractor shares more of its topic words.
    @Test func aParaphraseIsCloserThanASameTopicDistractor() throws {
        let encoder = try SentenceEncoder.shipped()
        let cases: [(source: String, paraphrase: String, distractor: String)] = [
            ("Den 54-årige mand er sigtet for manddrab efter knivstikkeriet i Aalborg.",
             "Police have charged a man with killing another man in a stabbing in Aalborg.",
             "The police in Aalborg said the stabbing happened outside a bar late on Friday night."),
            ("Fiskeren døde i nat efter en lang sygdom.",
             "The fisherman passed away last night after a long illness.",
             "The fisherman had worked the same boat every night for forty years."),
            ("Regeringen vil hæve afgiften på benzin fra næste år.",
             "The government plans to raise the tax on petrol next year.",
             "The government said petrol prices had fallen this year."),
        ]
        for (source, paraphrase, distractor) in cases {
            let vector = encoder.encode(source, side: .source)
            let close = SentenceEncoder.cosine(vector, encoder.encode(paraphrase, side: .target))
            let far = SentenceEncoder.cosine(vector, encoder.encode(distractor, side: .target))
            #expect(close > far, "\(source): \(close) against \(far)")
        }
        // Same input, same vector.
        #expect(encoder.encode(cases[0].source, side: .source)
                == (try SentenceEncoder.shipped()).encode(cases[0].source, side: .source))
    }

    /// The statement matcher encodes each sentence once, and the encoder's features reach the model.
    @Test func theMatcherEncodesEachSentenceAndMeasuresTheCosine() throws {
        var options = MatchOptions()
        options.lexicon = try TranslationLexicon.shipped(source: .danish, target: .english)
        let matcher = try StatementMatcher(options: options)
        let source = matcher.sourceEvidence(["Regeringen vil hæve afgiften på benzin fra næste år.",
                                             "Politiet anholdt tre mænd i Aarhus."])
        let target = matcher.targetEvidence(["The government plans to raise the tax on petrol next year.",
                                             "Police arrested three men in Aarhus."])
        #expect(source.allSatisfy { $0.encoding.count == matcher.encoder?.encoder.dimensions })
        let (pairs, vectors) = matcher.candidates(source: source, target: target)
        let cosine = StatementFeatures.names.firstIndex(of: "sentence_cosine") ?? -1
        var byPair: [[Int]: Double] = [:]
        for (pair, vector) in zip(pairs, vectors) { byPair[[pair.source, pair.target]] = vector[cosine] }
        // Each sentence is closest to its own rendering.
        for s in 0..<2 {
            let own = byPair[[s, s]] ?? -1
            #expect(own > 0.3)
            #expect(own > (byPair[[s, 1 - s]] ?? -1))
        }
        // Without a lexicon there is no language pair, and no encoding: the model reads the weights fitted
        // without the encoder's features, which are 0 there.
        let plain = try StatementMatcher(options: MatchOptions())
        #expect(plain.sourceEvidence(["Politiet anholdt tre mænd i Aarhus."])[0].encoding.isEmpty)
        let model = try StatementModel.shipped()
        for k in StatementFeatures.encoderFeatures {
            #expect(model.weights[k] != 0)
            #expect(model.weightsWithoutEncoder[k] == 0)
        }
        let (_, plainVectors) = plain.candidates(
            source: plain.sourceEvidence(["Politiet anholdt tre mænd i Aarhus."]),
            target: plain.targetEvidence(["Police arrested three men in Aarhus."]))
        #expect(!plainVectors.isEmpty)
        for vector in plainVectors {
            for k in StatementFeatures.encoderFeatures { #expect(vector[k] == 0) }
        }
    }
}
