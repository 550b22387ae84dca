import Foundation
import TolkText

/// Tells which language a text is written in.
///
/// Latin-script text is scored against a statistical model of character n-grams and word frequencies (Danish,
/// Bokmål, Nynorsk, Swedish, English, German, Dutch, Icelandic, Faroese, Finnish, French, Spanish, Italian,
/// Portuguese, Polish, Estonian, Latvian, Lithuanian); other scripts answer by script (Cyrillic: Russian or
/// Ukrainian by the letters only one of them uses; Greek, Arabic, Hebrew, Chinese, Japanese by kana, Korean, Thai,
/// Armenian, Georgian, Hindi). Results never depend on anything but the text and the options.
/// ```swift
/// let detector = try LanguageDetector(options: LanguageDetectorOptions().restricted(to: ["da", "nb", "en"]))
/// detector.detect("Regeringen fremlægger i dag sit forslag.")   // "da"
/// ```
/// Safe to share between threads.
public final class LanguageDetector: Sendable {
    /// The options the detector was built with.
    public let options: LanguageDetectorOptions
    /// The candidate languages, sorted by code.
    public let candidates: [LanguageCode]
    /// Every language this installation can answer with, sorted by code.
    public let supportedLanguages: [LanguageCode]

    private let model: NgramModel
    private let parameters: DetectorParameters
    /// For each model language index, whether it is a candidate.
    private let modelCandidates: [Bool]
    private let scriptCandidates: Set<LanguageCode>
    /// `modelCandidates` as a bit set (the model has at most 64 languages).
    private let candidateMask: UInt64

    /// Maps the model and checks the candidates.
    /// - Parameter options: candidates, minimum relative distance, data folder.
    /// - Throws: ``LanguageError/unsupportedLanguages(_:supported:)`` naming every unknown code (and listing the
    ///   supported ones), ``LanguageError/noCandidates``, or a missing/malformed model error.
    /// - Complexity: O(1) in the model size (the file is memory-mapped).
    public init(options: LanguageDetectorOptions = LanguageDetectorOptions()) throws(LanguageError) {
        let folder: URL
        if let directory = options.dataDirectory {
            folder = directory
        } else {
            do { folder = try DataDirectory.locate() } catch { throw LanguageError.missingModel(error) }
        }
        let modelURL = folder.appendingPathComponent("language/model.bin")
        guard FileManager.default.fileExists(atPath: modelURL.path) else {
            throw LanguageError.missingModel(.missing(name: "language/model.bin", searched: [modelURL.path]))
        }
        model = try NgramModel(contentsOf: modelURL)
        parameters = try DetectorParameters(contentsOf: folder.appendingPathComponent("language/parameters.tsv"))
        let scriptLanguages = ScriptFamily.allCases.flatMap(\.languages)
        let supported = Set(model.languages).union(scriptLanguages)
        supportedLanguages = supported.sorted()
        let requested = options.languages ?? supportedLanguages
        let unknown = requested.filter { !supported.contains($0) }
        guard unknown.isEmpty else {
            throw LanguageError.unsupportedLanguages(unknown.map(\.rawValue), supported: supportedLanguages)
        }
        guard !requested.isEmpty else { throw LanguageError.noCandidates }
        let candidateSet = Set(requested)
        candidates = candidateSet.sorted()
        modelCandidates = model.languages.map { candidateSet.contains($0) }
        guard model.languages.count <= 64 else {
            throw LanguageError.data(.malformedFile(path: model.path,
                reason: "not a Tolk language model: more than 64 languages"))
        }
        candidateMask = modelCandidates.enumerated().reduce(UInt64(0)) { mask, element in
            element.element ? mask | (UInt64(1) << UInt64(element.offset)) : mask
        }
        scriptCandidates = candidateSet.intersection(scriptLanguages)
        self.options = options
    }

    /// The most likely candidate language of `text`, or nil when the text has no letters, is in a script no
    /// candidate is written in, or the best two confidences are closer than the minimum relative distance.
    /// - Complexity: O(n) in the UTF-8 length of `text`.
    public func detect(_ text: String) -> LanguageCode? {
        let ranked = confidences(text)
        guard let best = ranked.first, best.confidence > 0 else { return nil }
        let second = ranked.count > 1 ? ranked[1].confidence : 0
        return best.confidence - second >= options.minimumRelativeDistance ? best.language : nil
    }

    /// The candidates ranked by confidence (each 0...1, summing to 1), best first, ties by code; empty when the
    /// text has no letters or is in a script no candidate is written in. Candidates written in another script
    /// than the text's get no entry.
    /// - Complexity: O(n) in the UTF-8 length of `text`, plus O(k log k) for k candidates.
    public func confidences(_ text: String) -> [(language: LanguageCode, confidence: Double)] {
        var copy = text
        return copy.withUTF8 { bytes in confidences(utf8: bytes) }
    }

    /// ``confidences(_:)`` over UTF-8 bytes (any part of a larger text).
    /// - Complexity: O(n) in `bytes.count`.
    public func confidences(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [(language: LanguageCode, confidence: Double)] {
        let scanner = EvidenceScanner(ngramWeight: parameters.ngramWeight, wordWeight: parameters.wordWeight,
                                      candidateMask: candidateMask)
        let evidence = model.withReader { reader in
            scanner.scan(bytes, model: reader, languageCount: model.languages.count)
        }
        guard let script = evidence.dominantScript else { return [] }
        let ranked = script == .latin ? latinConfidences(evidence) : scriptConfidences(script, evidence)
        return ranked.sorted { lhs, rhs in
            lhs.confidence != rhs.confidence ? lhs.confidence > rhs.confidence : lhs.language < rhs.language
        }
    }

    private func latinConfidences(_ evidence: Evidence) -> [(language: LanguageCode, confidence: Double)] {
        var best = -Double.infinity
        for (index, score) in evidence.scores.enumerated() where modelCandidates[index] { best = max(best, score) }
        guard best.isFinite else { return [] }
        var result: [(language: LanguageCode, confidence: Double)] = []
        var total = 0.0
        for (index, score) in evidence.scores.enumerated() where modelCandidates[index] {
            let weight = exp((score - best) / parameters.temperature)
            total += weight
            result.append((model.languages[index], weight))
        }
        return result.map { ($0.language, $0.confidence / total) }
    }

    private func scriptConfidences(_ script: ScriptFamily, _ evidence: Evidence)
        -> [(language: LanguageCode, confidence: Double)]
    {
        let languages = script.languages.filter { scriptCandidates.contains($0) }
        guard languages.count > 1 else { return languages.map { ($0, 1.0) } }
        // Cyrillic: each letter only one of the two languages uses is a vote; Russian is the prior without votes.
        let ukrainian = (Double(evidence.ukrainianMarkers) + 0.4)
            / Double(evidence.ukrainianMarkers + evidence.russianMarkers + 1)
        return [("uk", ukrainian), ("ru", 1 - ukrainian)]
    }
}
