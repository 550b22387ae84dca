import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import tolk

/// Reads a TBX document the way a terminology tool does: element by element, with a real XML parser.
final class TBXReader: NSObject, XMLParserDelegate {
    struct Term { var language = "", term = "", partOfSpeech = "", context = "", note = "" }
    var root: [String: String] = [:]
    var entries: [(id: String, terms: [Term])] = []
    var sawHeader = false
    private var language = ""
    private var term: Term?
    private var text = ""
    private var field = ""

    func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        text = ""
        switch element {
        case "martif": root = attributes
        case "sourceDesc": sawHeader = true
        case "termEntry": entries.append((attributes["id"] ?? "", []))
        case "langSet": language = attributes["xml:lang"] ?? ""
        case "tig": term = Term(language: language)
        case "termNote": field = attributes["type"] == "partOfSpeech" ? "pos" : ""
        case "descrip": field = attributes["type"] == "context" ? "context" : ""
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
        switch element {
        case "term": term?.term = text
        case "termNote": if field == "pos" { term?.partOfSpeech = text }
        case "descrip": if field == "context" { term?.context = text }
        case "note": if term != nil { term?.note = text }
        case "tig":
            if let term, !entries.isEmpty { entries[entries.count - 1].terms.append(term) }
            term = nil
        default: break
        }
    }
}

/// `tolk glossary` and `tolk compare` end to end, writing to temporary files.
@Suite struct GlossaryCommandTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("TolkGlossaryTests/Fixtures")
    static let source = fixtures.appendingPathComponent("flores-devtest-300.da.txt").path
    static let target = fixtures.appendingPathComponent("flores-devtest-300.en.txt").path
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("samples")

    /// The glossaries of runs without `--merge`, by arguments: made once per test process (the TSV of the
    /// FLORES fixture is read by two tests).
    static let fresh = OnceCache<String>()

    static func run(_ arguments: [String], merge existing: String? = nil) throws -> String {
        if existing == nil {
            return try fresh.value(for: arguments.joined(separator: "\u{0}")) { try written(arguments, merge: nil) }
        }
        return try written(arguments, merge: existing)
    }

    /// The output of `tolk glossary arguments` (with `--merge` of a file holding `existing`), run in this process.
    static func written(_ arguments: [String], merge existing: String?) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tolk-glossary-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out").path
        var extra: [String] = []
        if let existing {
            let path = folder.appendingPathComponent("existing").path
            try existing.write(toFile: path, atomically: true, encoding: .utf8)
            extra = ["--merge", path]
        }
        let command = try GlossaryCommand.parse(arguments + extra + ["--output", output])
        try command.run()
        return try String(contentsOfFile: output, encoding: .utf8)
    }

    @Test func tsvHasTheExactHeaderAndSortedRows() throws {
        let tsv = try Self.run([Self.source, Self.target, "--presegmented"])
        let lines = tsv.split(separator: "\n").map(String.init)
        #expect(lines.first == "source\ttarget\tcount\tscore\tcategory\tknown")
        let rows = lines.dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(rows.count >= 100)
        #expect(rows.allSatisfy { $0.count == 6 && Int($0[2]) != nil && Double($0[3]) != nil })
        let scores = rows.compactMap { Double($0[3]) }
        #expect(scores == scores.sorted(by: >))
        #expect(rows.contains { $0[0] == "sagde" && $0[1] == "said" })
        #expect(rows.allSatisfy { ["true", "false"].contains($0[5]) })
    }

    @Test func tbxIsReadBackByAnXMLParser() throws {
        let tbx = try Self.run([Self.source, Self.target, "--presegmented", "--format", "tbx"])
        let reader = TBXReader()
        let parser = XMLParser(data: Data(tbx.utf8))
        parser.delegate = reader
        #expect(parser.parse(), "\(parser.parserError.map(String.init(describing:)) ?? "")")
        #expect(reader.root["type"] == "TBX-Basic" && reader.root["xml:lang"] == "da")
        #expect(reader.sawHeader)
        #expect(reader.entries.count >= 100)
        #expect(Set(reader.entries.map(\.id)).count == reader.entries.count)
        let allowed: Set<String> = ["noun", "verb", "adjective", "adverb", "properNoun", "other"]
        for entry in reader.entries {
            #expect(entry.terms.map(\.language) == ["da", "en"])
            #expect(entry.terms.allSatisfy { !$0.term.isEmpty && allowed.contains($0.partOfSpeech) })
            #expect(entry.terms.allSatisfy { !$0.context.isEmpty && $0.note.hasPrefix("source: ") })
        }
        let said = reader.entries.first { $0.terms.first?.term == "sagde" }
        #expect(said?.terms.last?.term == "said")
        #expect(said?.terms.first?.context.contains("sagde") == true)
    }

    @Test func csvQuotesAndJSONParses() throws {
        let csv = try Self.run([Self.source, Self.target, "--presegmented", "--format", "csv"])
        #expect(csv.hasPrefix("source,target,count,score,category,known\r\n"))
        let json = try Self.run([Self.source, Self.target, "--presegmented", "--format", "json"])
        let array = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(array.count >= 100)
        let first = try #require(array.first)
        for key in ["source", "target", "count", "score", "category", "known", "examples"] {
            #expect(first[key] != nil, "\(key)")
        }
        let example = try #require((first["examples"] as? [[String: Any]])?.first)
        #expect(example["source_document"] as? String == Self.source)
        #expect((example["source_range"] as? [Int])?.count == 2)
    }

    @Test func mergeKeepsEntriesAndEditsExactly() throws {
        let fresh = try Self.run([Self.source, Self.target, "--presegmented"])
        let said = try #require(fresh.split(separator: "\n").first { $0.hasPrefix("sagde\tsaid\t") })
        let count = try #require(Int(said.split(separator: "\t")[2]))
        // A reviewer's edits: a note column, a changed category, and an entry of their own.
        var lines = fresh.split(separator: "\n").map(String.init)
        lines[0] += "\tnote"
        for index in 1..<lines.count {
            lines[index] += lines[index].hasPrefix("sagde\tsaid\t") ? "\tchecked" : "\t"
            if lines[index].hasPrefix("sagde\tsaid\t") {
                lines[index] = lines[index].replacingOccurrences(of: "\tdomain-term\t", with: "\treporting-verb\t")
            }
        }
        lines.append("ifølge\taccording to\t1\t5.00\tattribution\ttrue\tmy own")
        let merged = try Self.run([Self.source, Self.target, "--presegmented"], merge: lines.joined(separator: "\n") + "\n")
        let rows = merged.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        #expect(rows.first == ["source", "target", "count", "score", "category", "known", "note"])
        let mergedSaid = try #require(rows.first { $0.first == "sagde" && $0[1] == "said" })
        #expect(mergedSaid[2] == String(count))  // an existing row is kept as it was, its count included
        #expect(mergedSaid[4] == "reporting-verb")
        #expect(mergedSaid[6] == "checked")
        #expect(rows.contains { $0 == ["ifølge", "according to", "1", "5.00", "attribution", "true", "my own"] })
        #expect(rows.count == lines.count)
    }

    @Test func mergeRejectsABadFileWithItsLine() throws {
        #expect(throws: (any Error).self) {
            _ = try Self.run([Self.source, Self.target, "--presegmented"],
                             merge: "source\ttarget\tcount\tscore\tcategory\tknown\nx\ty\tmany\t1\tdomain-term\ttrue\n")
        }
    }

    @Test func compareShowsBothOutletsSideBySide() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tolk-compare-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out.txt").path
        let command = try Compare.parse([
            Self.samples.appendingPathComponent("2019-07-assange-embassy-russians.da.txt").path,
            Self.samples.appendingPathComponent("nbc-2016-10-assange-ecuador.en.txt").path, "--output", output])
        try command.run()
        let text = try String(contentsOfFile: output, encoding: .utf8)
        let lines = text.split(separator: "\n").map(String.init)
        let cited = try #require(lines.first { $0.hasPrefix("cited") })
        #expect(cited.contains("CNN (skriver)") && cited.contains("U.S. officials (called)"))
        let verbs = try #require(lines.first { $0.hasPrefix("reporting verbs") })
        #expect(verbs.contains("skriver") && verbs.contains("said"))
        let hedges = try #require(lines.first { $0.hasPrefix("hedges") })
        #expect(hedges.contains("muligvis") && hedges.contains("alleged"))
        #expect(text.contains("Det private sikkerhedsfirma") && text.contains("State Department"))
    }
}
