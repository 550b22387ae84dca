import Foundation
import Testing
import TolkAlign
import TolkLanguage
import TolkMatch
import TolkText

// BEGIN library.md
/// The statements two articles share, as "source sentence <> target sentence" lines, best first: each text's
/// language by Tolk's one policy (here the file-name tags), segmented by that language's rules, matched with the
/// shipped lexicon of the pair.
func sharedStatements(source sourcePath: String, target targetPath: String) throws -> [String] {
    let policy = LanguagePolicy()
    var documents: [ComparableDocument] = []
    for (path, fallback) in [(sourcePath, LanguageCode.danish), (targetPath, LanguageCode.english)] {
        let text = try TextInput.read(path: path).text
        let language = try policy.choose(option: nil, path: path, sample: text, fallback: fallback).language
        let sentences = try Segmenter(language: language).segment(text).sentences
        documents.append(ComparableDocument(id: path, text: text, language: language, sentences: sentences))
    }
    let (source, target) = (documents[0], documents[1])
    var options = MatchOptions()
    options.lexicon = try TranslationLexicon.shipped(source: .danish, target: .english)
    let matching = try StatementMatcher(options: options).match(source: source, target: target)
    return matching.matches.sorted { $0.score > $1.score }.map { match in
        let left = match.sourceSentences.map { source.sentences[$0].text }.joined(separator: " ")
        let right = match.targetSentences.map { target.sentences[$0].text }.joined(separator: " ")
        return "\(left) <> \(right)"
    }
}
// END library.md

/// The example of docs/library.md builds, runs on the samples, and is the code the page shows.
@Suite struct LibraryExampleTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test func theExampleMatchesTheSeedArticles() throws {
        let root = Self.repository.path
        let shared = try sharedStatements(source: "\(root)/samples/2019-07-assange-embassy-russians.da.txt",
                                          target: "\(root)/samples/nbc-2016-10-assange-ecuador.en.txt")
        // Two statements since the position gate (docs/MEASURED.md, "Third round: decisions"): the third paired the
        // surveillance reports with the official's denial of the internet cut-off, two facts far apart in the
        // two articles.
        #expect(shared.count >= 2)
        #expect(shared.contains { $0.hasPrefix("Wikileaks-stifteren Julian Assange havde under sit ophold") })
    }

    @Test func thePageShowsThisCode() throws {
        let source = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
        let page = try String(contentsOf: Self.repository.appendingPathComponent("docs/library.md"), encoding: .utf8)
        let start = try #require(source.range(of: "// BEGIN library.md\n"))
        let end = try #require(source.range(of: "// END library.md\n"))
        #expect(page.contains(String(source[start.upperBound..<end.lowerBound])))
    }
}
