import TolkEvents
import TolkGlossary
import TolkText

/// Writes a glossary as a TBX-Basic termbase (ISO 30042 `martif` dialect), which terminology tools
/// (translate-toolkit, OmegaT, memoQ, Trados MultiTerm) read.
///
/// One `termEntry` per term pair, with an `id`, a `note` giving category, count, score and whether the
/// lexicon knew the pair, and one `langSet xml:lang` per language holding a `tig` with the `term`, its
/// `termNote type="partOfSpeech"` (TBX-Basic picklist: noun, verb, adjective, adverb, properNoun, other), a
/// `descrip type="context"` with the first example passage, and a `note` naming the source document and
/// byte range.
///
/// ```swift
/// let tbx = TBXWriter(toolVersion: "0.1.0", sourceDescription: "a.da.txt / a.en.txt").document(glossary)
/// ```
public struct TBXWriter: Sendable {
    /// The version of Tolk written into the header.
    public let toolVersion: String
    /// What the glossary was extracted from, for the header's `sourceDesc`.
    public let sourceDescription: String

    /// A writer naming `toolVersion` and `sourceDescription` in the header.
    public init(toolVersion: String, sourceDescription: String) {
        self.toolVersion = toolVersion
        self.sourceDescription = sourceDescription
    }

    /// The whole TBX document.
    /// - Complexity: O(n) in the size of the glossary.
    public func document(_ glossary: Glossary) -> String {
        let source = glossary.sourceLanguage.rawValue
        let target = glossary.targetLanguage.rawValue
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <martif type="TBX-Basic" xml:lang="\(XMLEscaping.escape(source))">
              <martifHeader>
                <fileDesc>
                  <titleStmt><title>Tolk glossary \(XMLEscaping.escape(source))-\(XMLEscaping.escape(target))</title></titleStmt>
                  <sourceDesc><p>Extracted by tolk \(XMLEscaping.escape(toolVersion)) from \(XMLEscaping.escape(sourceDescription))</p></sourceDesc>
                </fileDesc>
                <encodingDesc><p type="XCSURI">TBXBasicXCSV02.xcs</p></encodingDesc>
              </martifHeader>
              <text>
                <body>

            """
        for (index, entry) in glossary.entries.enumerated() {
            let summary = "category: \(entry.category.rawValue); count: \(entry.count); "
                + "score: \(GlossaryWriter.score(entry.score)); known: \(entry.known)"
            out += "      <termEntry id=\"c\(index + 1)\">\n"
            out += "        <note>\(XMLEscaping.escape(summary))</note>\n"
            let example = entry.examples.first
            out += langSet(language: source, term: entry.source, entry: entry, context: example?.sourceText,
                           document: example?.sourceDocument, range: example?.sourceRange)
            out += langSet(language: target, term: entry.target, entry: entry, context: example?.targetText,
                           document: example?.targetDocument, range: example?.targetRange)
            out += "      </termEntry>\n"
        }
        out += "    </body>\n  </text>\n</martif>\n"
        return out
    }

    private func langSet(language: String, term: String, entry: GlossaryEntry, context: String?, document: String?,
                         range: [Int]?) -> String {
        var out = "        <langSet xml:lang=\"\(XMLEscaping.escape(language))\">\n          <tig>\n"
        out += "            <term>\(XMLEscaping.escape(term))</term>\n"
        out += "            <termNote type=\"partOfSpeech\">\(Self.partOfSpeech(entry))</termNote>\n"
        if let context {
            out += "            <descrip type=\"context\">\(XMLEscaping.escape(context))</descrip>\n"
        }
        if let document {
            let span = range.map { " [\($0.map(String.init).joined(separator: ", "))) bytes" } ?? ""
            out += "            <note>source: \(XMLEscaping.escape(document + span))</note>\n"
        }
        return out + "          </tig>\n        </langSet>\n"
    }

    /// The TBX-Basic part-of-speech value of an entry.
    static func partOfSpeech(_ entry: GlossaryEntry) -> String {
        if entry.category == .namedEntity { return "properNoun" }
        switch entry.partOfSpeech {
        case "noun": return "noun"
        case "verb": return "verb"
        case "adj": return "adjective"
        case "adv": return "adverb"
        case "propn": return "properNoun"
        default: return entry.category == .reportingVerb ? "verb" : entry.isMultiword ? "noun" : "other"
        }
    }
}
