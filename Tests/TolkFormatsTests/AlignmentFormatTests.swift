import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import TolkAlign
@testable import TolkFormats

/// Counts TMX elements and keeps the attributes and segment texts an independent XML parser sees.
final class TMXReader: NSObject, XMLParserDelegate {
    var units = 0
    var header: [String: String] = [:]
    var languages: [String] = []
    var segments: [String] = []
    var properties: [String] = []
    private var text: String?

    func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch element {
        case "tu": units += 1
        case "header": header = attributes
        case "tuv": languages.append(attributes["xml:lang"] ?? "")
        case "seg", "prop": text = ""
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text? += string }

    func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
        if element == "seg", let text { segments.append(text) }
        if element == "prop", let text { properties.append(text) }
        if element == "seg" || element == "prop" { text = nil }
    }
}

@Suite struct AlignmentFormatTests {
    static let source = ["Hun sagde: \"Det er <vigtigt> & sandt.\"", "Ekstra sætning.", "To.", "Tre."]
    static let target = ["She said: \"It is <important> & true.\"", "Two. Three."]
    static let beads = [Bead(source: 0..<1, target: 0..<1, confidence: 0.98765),
                        Bead(source: 1..<2, target: 1..<1, confidence: 0.6),
                        Bead(source: 2..<4, target: 1..<2, confidence: 0.9)]
    static var units: [TranslationUnit] { beads.map { TranslationUnit(bead: $0, source: source, target: target) } }

    @Test func tmxIsReadBackByFoundationsXMLParser() throws {
        let xml = TMXWriter(sourceLanguage: "da", targetLanguage: "en", toolVersion: "0.1.0").document(Self.units)
        let parser = XMLParser(data: Data(xml.utf8))
        let reader = TMXReader()
        parser.delegate = reader
        #expect(parser.parse(), "\(parser.parserError.map(String.init(describing:)) ?? "")")
        #expect(reader.units == 2)  // the two pairs; the unpaired sentence is no translation unit
        for attribute in ["creationtool", "creationtoolversion", "segtype", "o-tmf", "adminlang", "srclang",
                          "datatype"] {
            #expect(reader.header[attribute] != nil, "header lacks \(attribute)")
        }
        #expect(reader.header["segtype"] == "sentence" && reader.header["datatype"] == "plaintext")
        #expect(reader.header["srclang"] == "da")
        #expect(reader.languages == ["da", "en", "da", "en"])
        #expect(reader.segments == [Self.source[0], Self.target[0], "To. Tre.", "Two. Three."])
        #expect(reader.properties == ["0.988", "0.900"])
    }

    @Test func beadsTsvAndJson() throws {
        #expect(AlignmentWriter.beads(Self.units) == "0:0\n1:\n2,3:1\n")
        #expect(AlignmentWriter.tsv(Self.units) == "\(Self.source[0])\t\(Self.target[0])\nEkstra sætning.\t\nTo. Tre.\tTwo. Three.\n")
        let json = try AlignmentWriter.json(Self.units, sourceLanguage: "da", targetLanguage: "en")
        struct Document: Decodable { let sourceLanguage: String; let beads: [TranslationUnit] }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        #expect(json.hasPrefix("{\"source_language\":\"da\",\"target_language\":\"en\",\"beads\":[\n"))
        #expect(json.contains("\"source_text\":") && !json.contains("sourceText"))
        let decoded = try decoder.decode(Document.self, from: Data(json.utf8))
        #expect(decoded.sourceLanguage == "da" && decoded.beads == Self.units)
    }

    @Test func tsvKeepsOneLinePerBead() {
        let unit = TranslationUnit(bead: Bead(source: 0..<1, target: 0..<1, confidence: 1),
                                   source: ["a\tb"], target: ["c\nd"])
        #expect(AlignmentWriter.tsv([unit]) == "a b\tc d\n")
    }

    @Test func xmlEscapingDropsForbiddenControls() {
        #expect(XMLEscaping.escape("a\u{1}b<&>'\"\tc") == "ab&lt;&amp;&gt;&apos;&quot;\tc")
        #expect(TMXWriter.format(0.5) == "0.500" && TMXWriter.format(.nan) == "0.000" && TMXWriter.format(2) == "1.000")
    }
}
