// tolk-train: fits Tolk's shipped models from training data (a developer tool; `scripts/train-*.sh` call it).
//
//   tolk-train statements SOURCE.txt TARGET.txt SOURCE_LANGUAGE TARGET_LANGUAGE
//
// SOURCE.txt and TARGET.txt hold translated documents, line by line aligned, documents separated by an empty
// line. The fitted statement model (lexicons/match/statement-model.tsv) is written to standard output.
//
//   tolk-train features SOURCE.txt TARGET.txt SOURCE_LANGUAGE TARGET_LANGUAGE
//
// SOURCE.txt and TARGET.txt are two documents; every candidate statement (sentence pair) is printed as TSV: the
// sentence indices, the shipped model's probability, the features and the two sentences (reading the model's errors).
import Foundation
import TolkAlign
import TolkMatch
import TolkText

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("tolk-train: \(message)\n".utf8))
    exit(1)
}

func documents(source: String, target: String) throws -> [[(source: String, target: String)]] {
    let sourceLines = try TextInput.read(path: source).text.lineParts()
    let targetLines = try TextInput.read(path: target).text.lineParts()
    guard sourceLines.count == targetLines.count else {
        fail("\(source) has \(sourceLines.count) lines, \(target) has \(targetLines.count): they must be aligned")
    }
    var result: [[(source: String, target: String)]] = [[]]
    for (index, (s, t)) in zip(sourceLines, targetLines).enumerated() {
        if s.isEmpty != t.isEmpty { fail("\(source):\(index + 1): an empty line on one side only") }
        if s.isEmpty {
            if !(result.last ?? []).isEmpty { result.append([]) }
        } else {
            result[result.count - 1].append((String(s), String(t)))
        }
    }
    return result.filter { !$0.isEmpty }
}

/// Prints every candidate statement of two documents with its features (`tolk-train features`).
func printFeatures(source: String, target: String, sourceLanguage: LanguageCode, targetLanguage: LanguageCode) throws {
    func sentences(_ path: String, _ language: LanguageCode) throws -> [String] {
        let text = try TextInput.read(path: path).text
        return try Segmenter(language: language).segment(text).sentences.map(\.text)
    }
    let sourceSentences = try sentences(source, sourceLanguage)
    let targetSentences = try sentences(target, targetLanguage)
    let lexicon = try TranslationLexicon.shipped(source: sourceLanguage, target: targetLanguage)
    let judged = try StatementModelTrainer.judged(source: sourceSentences, target: targetSentences, lexicon: lexicon)
    var out = (["source", "target", "probability"] + StatementModel.featureNames + ["source_text", "target_text"])
        .joined(separator: "\t") + "\n"
    for pair in judged {
        let values = [String(pair.source), String(pair.target), String(format: "%.4f", pair.probability)]
            + pair.features.map { String(format: "%.4f", $0) }
        out += (values + [sourceSentences[pair.source], targetSentences[pair.target]].map {
            $0.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ")
        }).joined(separator: "\t") + "\n"
    }
    FileHandle.standardOutput.write(Data(out.utf8))
}

let arguments = CommandLine.arguments
guard arguments.count == 6, arguments[1] == "statements" || arguments[1] == "features" else {
    fail("usage: tolk-train statements|features SOURCE.txt TARGET.txt SOURCE_LANGUAGE TARGET_LANGUAGE")
}
do {
    guard let sourceLanguage = LanguageCode(rawValue: arguments[4]),
          let targetLanguage = LanguageCode(rawValue: arguments[5]) else { fail("unknown language") }
    if arguments[1] == "features" {
        try printFeatures(source: arguments[2], target: arguments[3], sourceLanguage: sourceLanguage,
                          targetLanguage: targetLanguage)
        exit(0)
    }
    let parallel = try documents(source: arguments[2], target: arguments[3])
    let lexicon = try TranslationLexicon.shipped(source: sourceLanguage, target: targetLanguage)
    let examples = try StatementModelTrainer.examples(documents: parallel, lexicon: lexicon, seed: 1)
    let model = try StatementModelTrainer.fit(examples)
    let positives = examples.filter(\.isStatement).count
    var out = "# The statement model of comparable matching: logistic regression weights, one per feature.\n"
    out += "# Fitted by scripts/train-statement-model.sh (tolk-train statements) on \(parallel.count) translated\n"
    out += "# documents made pseudo-comparable: \(examples.count) candidate sentence pairs, \(positives) statements.\n"
    out += "# without_encoder: the weights fitted without the sentence encoder's features, for a language pair it does\n"
    out += "# not hold.\n"
    out += "feature\tweight\twithout_encoder\n"
    for (name, (weight, other)) in zip(StatementModel.featureNames, zip(model.weights, model.weightsWithoutEncoder)) {
        out += "\(name)\t\(String(format: "%.6f", weight))\t\(String(format: "%.6f", other))\n"
    }
    FileHandle.standardOutput.write(Data(out.utf8))
} catch let error as AlignmentError {
    fail(error.errorDescription)
} catch let error as TextError {
    fail(error.errorDescription)
} catch {
    fail("\(error)")
}
