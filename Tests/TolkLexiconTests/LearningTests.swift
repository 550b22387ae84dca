import Foundation
import Testing
import TolkText

@testable import TolkLexicon

@Suite struct LearningTests {
    func learn(_ options: InductionOptions = InductionOptions()) throws -> [LexiconEntry] {
        try LexiconInducer(options: options).induce(
            source: fixture("europarl-500.da"), target: fixture("europarl-500.en"))
    }

    func best(_ entries: [LexiconEntry], _ word: String) -> String? {
        entries.filter { $0.source == word }.max { $0.weight < $1.weight }?.target
    }

    @Test func modelOneLearnsParliamentVocabulary() throws {
        let entries = try learn()
        #expect(best(entries, "kommissionen") == "commission")
        #expect(best(entries, "forslag") == "proposal")
        #expect(best(entries, "ikke") == "not")
        #expect(best(entries, "formand") == "president")
        #expect(entries.allSatisfy { $0.origin == "europarl" && $0.weight >= 0.05 })
    }

    @Test func learningIsDeterministic() throws {
        #expect(LexiconTSV.write(try learn()) == LexiconTSV.write(try learn()))
    }

    @Test func thresholdsPrune() throws {
        var strict = InductionOptions()
        strict.minimumScore = 0.5
        strict.translationsPerWord = 1
        let strictEntries = try learn(strict)
        #expect(!strictEntries.isEmpty)
        #expect(strictEntries.count < (try learn()).count)
        #expect(strictEntries.allSatisfy { $0.weight >= 0.5 })
    }

    @Test func unparallelFilesAreAnError() {
        #expect(throws: LexiconError.self) {
            try LexiconInducer(options: InductionOptions()).induce(
                source: fixture("europarl-500.da"), target: fixture("sample-pairs.txt"))
        }
    }

    @Test func tokenizerLowercasesAndKeepsInnerHyphens() {
        var tokenizer = WordTokenizer()
        var words: [String] = []
        let line = Array("Europa-Parlamentets ÆRLIGE svar: 2016 “ok” – Ø.".utf8)
        line.withUnsafeBufferPointer { buffer in
            tokenizer.forEachWord(in: buffer) { words.append(String(decoding: $0, as: UTF8.self)) }
        }
        #expect(words == ["europa-parlamentets", "ærlige", "svar", "ok", "ø"])
    }
}
