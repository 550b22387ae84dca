import Foundation
import Testing
import TolkText
@testable import TolkAlign
@testable import TolkMatch

/// The cross-language word space: its file reader and the word-alignment feature, on sentences the team wrote.
@Suite struct WordSpaceTests {
    /// A word-vector file in the shipped layout: two source words, two target words, two dimensions.
    static func file(words: [(String, UInt8)] = [("død", 80), ("politi", 64), ("die", 80), ("polic", 64)],
                     sourceCount: UInt32 = 2, vectors: [Int8] = [127, 0, 0, 127, 120, 40, 0, 127]) -> [UInt8] {
        var bytes = Array("TOLKVEC1".utf8)
        func u32(_ value: UInt32) { for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> shift)) } }
        u32(2)
        u32(UInt32(words.count))
        u32(sourceCount)
        bytes += Array("daen".utf8)
        for (word, rarity) in words {
            bytes.append(rarity)
            bytes.append(UInt8(word.utf8.count))
            bytes += Array(word.utf8)
        }
        bytes += vectors.map { UInt8(bitPattern: $0) }
        var checksum: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { checksum = (checksum ^ UInt64(byte)) &* 0x100_0000_01B3 }
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: checksum >> shift)) }
        return bytes
    }

    /// The word reader's lower-casing by code point (ASCII, Latin-1) gives what the Unicode properties give, for
    /// every scalar up to U+024F (letters lower-cased, everything else ends a word).
    @Test func lowerCasingByCodePointAgreesWithTheProperties() {
        for value in UInt32(0)...0x24F {
            guard let scalar = Unicode.Scalar(value) else { continue }
            var word: [UInt8] = []
            var scalars = 0
            let isLetter = WordSpace.appendLowercased(scalar, to: &word, scalars: &scalars)
            let expected: String?
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
                expected = scalar.properties.lowercaseMapping
            default:
                expected = nil
            }
            #expect(isLetter == (expected != nil), "U+\(String(value, radix: 16))")
            #expect(String(decoding: word, as: UTF8.self) == (expected ?? ""), "U+\(String(value, radix: 16))")
            #expect(scalars == (expected?.unicodeScalars.count ?? 0), "U+\(String(value, radix: 16))")
        }
    }

    @Test func aWellFormedFileIsRead() throws {
        let space = try WordSpace(bytes: Self.file(), path: "test.bin")
        #expect(space.dimensions == 2)
        #expect(space.sourceLanguage == .danish && space.targetLanguage == .english)
        let died = space.words(in: "Han døde, og politiet kom.", side: .source)
        #expect(died.count == 2)
        let english = space.words(in: "He died; the police came", side: .target)
        #expect(english.count == 2)
        #expect(space.similarity(died[0], english[0]) > 0.9)
        #expect(space.similarity(died[0], english[1]) < 0.1)
        #expect(space.rarity(of: died[0]) == 5)
    }

    /// Every malformed file is an error naming the file and the byte where it goes wrong.
    @Test func aMalformedFileIsAnErrorNamingFileAndByte() {
        var badMagic = Self.file()
        badMagic[0] = UInt8(ascii: "X")
        var damaged = Self.file()
        damaged[30] ^= 0xFF
        let truncated = Array(Self.file().dropLast(3))
        let shortVectors = Self.file(vectors: [127, 0, 0, 127, 120, 40])
        let twice = Self.file(words: [("død", 80), ("død", 64), ("die", 80), ("polic", 64)])
        let cases: [([UInt8], String)] = [
            (badMagic, "byte 0"), (damaged, "checksum"), (truncated, "byte"), (shortVectors, "vectors take"),
            (twice, "given twice"),
        ]
        for (bytes, reason) in cases {
            do {
                _ = try WordSpace(bytes: bytes, path: "/data/match/word-vectors.bin")
                Issue.record("read a malformed file (\(reason))")
            } catch {
                let message = "\(error)"
                #expect(message.contains("/data/match/word-vectors.bin"), "\(message)")
                #expect(message.contains("byte"), "\(message)")
                #expect(message.contains(reason), "\(message)")
            }
        }
    }

    /// A Danish sentence and an English paraphrase of it that share no name, number or spelling meet better in
    /// the shipped space than the same sentence and an unrelated one.
    @Test func aParaphraseMeetsBetterThanAnUnrelatedSentence() throws {
        let space = try WordSpace.shipped()
        let source = ["Fiskeren døde i nat efter en lang sygdom.", "Regeringen hæver skatten på benzin."]
        let target = ["The fisherman passed away last night after a long illness.",
                      "The government will raise the tax on petrol.",
                      "Shares fell sharply on the stock exchange."]
        let sourceWords = source.map { space.words(in: $0, side: .source) }
        let targetWords = target.map { space.words(in: $0, side: .target) }
        let left = SentenceMeanings(space: space, words: sourceWords)
        let right = SentenceMeanings(space: space, words: targetWords)
        #expect(left.wordAlignment(0, right, 0) > left.wordAlignment(0, right, 2) + 0.1)
        #expect(left.wordAlignment(1, right, 1) > left.wordAlignment(1, right, 2) + 0.1)
        #expect(left.wordAlignment(1, right, 1) > left.wordAlignment(1, right, 0))
        // Same input, same bits.
        let again = SentenceMeanings(space: try WordSpace.shipped(), words: source.map { space.words(in: $0, side: .source) })
        for i in source.indices {
            for j in target.indices {
                #expect(again.wordAlignment(i, right, j).bitPattern == left.wordAlignment(i, right, j).bitPattern)
            }
        }
        // Without a space every measure is 0.
        #expect(SentenceMeanings(space: nil, words: sourceWords).wordAlignment(0, right, 0) == 0)
    }

    /// The statement matcher reads the space for Danish and English and fills each sentence's word ids.
    @Test func theMatcherFillsEachSentencesWords() throws {
        var options = MatchOptions()
        options.lexicon = try TranslationLexicon.shipped(source: .danish, target: .english)
        let matcher = try StatementMatcher(options: options)
        let evidence = matcher.sourceEvidence(["Fiskeren døde i nat efter en lang sygdom."])
        #expect(!evidence[0].meaning.isEmpty)
        #expect(matcher.sourceEvidence(["Fiskeren døde i nat efter en lang sygdom."])[0].meaning == evidence[0].meaning)
        let plain = try StatementMatcher(options: MatchOptions())
        #expect(plain.sourceEvidence(["Fiskeren døde i nat."])[0].meaning.isEmpty)
        // Without a space the model reads the weights fitted without the word-space features (0 there).
        let model = try StatementModel.shipped()
        for k in StatementFeatures.wordSpaceFeatures {
            #expect(model.weights[k] != 0)
            #expect(model.weightsWithoutSpace[k] == 0)
        }
        let (_, vectors) = plain.candidates(source: plain.sourceEvidence(["Politiet anholdt tre mænd i Aarhus."]),
                                            target: plain.targetEvidence(["Police arrested three men in Aarhus."]))
        #expect(!vectors.isEmpty)
        for vector in vectors {
            for k in StatementFeatures.wordSpaceFeatures { #expect(vector[k] == 0) }
        }
    }
}
