import Foundation
import TolkText

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads TBX (TermBase eXchange, ISO 30042) term entries: every source-language term of a `termEntry`
/// paired with every target-language term of it.
enum TermBaseReader {
    /// The entries of TBX text.
    ///
    /// - Throws: ``LexiconError/malformedLine(path:line:reason:)`` at the XML error's line.
    /// - Complexity: O(n) in the text's size.
    static func entries(_ text: String, path: String, pair: LanguagePair, origin: String) throws(LexiconError)
        -> [LexiconEntry]
    {
        let collector = TermCollector(pair: pair, origin: origin)
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = collector
        guard parser.parse() else {
            throw .malformedLine(
                path: path, line: max(1, parser.lineNumber),
                reason: "invalid TBX: \(parser.parserError?.localizedDescription ?? "XML error")")
        }
        return collector.entries
    }
}

private final class TermCollector: NSObject, XMLParserDelegate {
    let pair: LanguagePair
    let origin: String
    var entries: [LexiconEntry] = []
    private var terms: [LanguageCode: [String]] = [:]
    private var language: LanguageCode?
    private var partOfSpeech: String?
    private var text: String?

    init(pair: LanguagePair, origin: String) {
        self.pair = pair
        self.origin = origin
    }

    func parser(
        _ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch element {
        case "termEntry", "conceptEntry":
            terms = [:]
            partOfSpeech = nil
        case "langSet", "langSec":
            let code = (attributes["xml:lang"] ?? attributes["lang"] ?? "").split(separator: "-").first
            language = code.flatMap { LanguageCode(rawValue: String($0)) }
        case "term": text = ""
        case "termNote" where attributes["type"] == "partOfSpeech": text = ""
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text? += string }

    func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
        switch element {
        case "term":
            if let language, let term = text?.trimmingCharacters(in: .whitespacesAndNewlines), !term.isEmpty {
                terms[language, default: []].append(term)
            }
            text = nil
        case "termNote":
            if let value = text?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty {
                partOfSpeech = value
            }
            text = nil
        case "termEntry", "conceptEntry":
            for source in terms[pair.source] ?? [] {
                for target in terms[pair.target] ?? [] {
                    entries.append(
                        LexiconEntry(
                            source: source, target: target, partOfSpeech: partOfSpeech, weight: 1, origin: origin))
                }
            }
        default: break
        }
    }
}
