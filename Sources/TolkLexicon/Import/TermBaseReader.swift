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
    /// - Throws: ``DataError/malformedLine(path:line:reason:)`` at the XML error's line.
    /// - Complexity: O(n) in the text's size.
    static func entries(_ text: String, path: String, pair: LanguagePair, origin: String) throws(DataError)
        -> [LexiconEntry]
    {
        let collector = TermCollector(pair: pair, origin: origin)
        let parser = XMLParser(data: Data(withoutProcessingInstructions(Array(text.utf8))))
        parser.delegate = collector
        guard parser.parse() else {
            throw .malformedLine(
                path: path, line: max(1, parser.lineNumber),
                reason: "invalid TBX: \(parser.parserError?.localizedDescription ?? "XML error")")
        }
        return collector.entries
    }
}

extension TermBaseReader {
    /// `bytes` with every processing instruction, the XML declaration included, blanked out (spaces, line breaks
    /// kept so that error lines stay right). Foundation's `XMLParser` crashes on a processing instruction without data
    /// (`<?name?>`), and no TBX content is carried by one.
    ///
    /// Every `<?` up to the next `?>` is blanked wherever it stands, inside comments and CDATA sections too: on
    /// malformed input libxml2 recovers in ways a scanner cannot follow (an unclosed `<!--` is not a comment to it),
    /// so skipping what looks like a comment let an instruction through (found by FuzzImport). The only text this
    /// changes is a `<?…?>` written inside a CDATA section, which no term base carries.
    /// - Complexity: O(n) in the size of `bytes`.
    static func withoutProcessingInstructions(_ bytes: [UInt8]) -> [UInt8] {
        var output = bytes
        var index = 0
        let less = UInt8(ascii: "<"), question = UInt8(ascii: "?"), greater = UInt8(ascii: ">")
        while index + 1 < bytes.count {
            guard bytes[index] == less, bytes[index + 1] == question else { index += 1; continue }
            var after = index + 2
            while after < bytes.count, !(bytes[after] == greater && bytes[after - 1] == question && after > index + 2) {
                after += 1
            }
            after = min(after + 1, bytes.count)
            for position in index..<after where bytes[position] != 0x0A && bytes[position] != 0x0D {
                output[position] = 0x20
            }
            index = after
        }
        return output
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
