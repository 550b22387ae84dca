import Foundation
import TolkText

/// A corpus in Universal NER's IOB2 layout: `# newdoc` and `# text` comment lines, then one token a line
/// (`index<TAB>token<TAB>tag...`), a blank line after each sentence.
struct IOB2Corpus {
    /// A sentence: its tokens and their tags.
    struct Sentence {
        var tokens: [String] = []
        var tags: [EntityTag] = []
    }

    /// The documents, each a list of sentences. A file without `# newdoc` lines is cut into documents of
    /// `chunk` sentences (as `scripts/eval-entities.py` cuts it).
    let documents: [[Sentence]]

    /// Reads the corpus at `url`.
    /// - Throws: ``DataError`` naming the file, and the line of a token line with fewer than three fields.
    init(url: URL, chunk: Int = 20) throws(DataError) {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw .unreadable(path: url.path, reason: error.localizedDescription)
        }
        var documents: [[Sentence]] = []
        var document: [Sentence] = []
        var sentence = Sentence()
        var sawNewdoc = false
        var lineNumber = 0
        for line in text.lineParts() {
            lineNumber += 1
            if line.hasPrefix("# newdoc") {
                sawNewdoc = true
                if !document.isEmpty { documents.append(document) }
                document = []
            } else if line.hasPrefix("#") {
                continue
            } else if line.allSatisfy(\.isWhitespace) {
                if !sentence.tokens.isEmpty { document.append(sentence) }
                sentence = Sentence()
            } else {
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                guard fields.count >= 3 else {
                    throw .malformedLine(path: url.path, line: lineNumber, reason: "expected index, token and tag")
                }
                sentence.tokens.append(String(fields[1]))
                sentence.tags.append(EntityTag(iob2: fields[2]))
            }
        }
        if !sentence.tokens.isEmpty { document.append(sentence) }
        if !document.isEmpty { documents.append(document) }
        if !sawNewdoc {
            let flat = documents.flatMap { $0 }
            documents = stride(from: 0, to: flat.count, by: chunk).map { Array(flat[$0..<min($0 + chunk, flat.count)]) }
        }
        self.documents = documents
    }
}
