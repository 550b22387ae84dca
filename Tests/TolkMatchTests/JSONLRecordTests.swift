import Testing
import TolkMatch
import TolkText

/// JSONL records read from bytes (standard input's, the fuzz target's): the same reader as a `.jsonl` file's.
@Suite struct JSONLRecordTests {
    static func records(_ text: String) throws -> [MatchInput.RawDocument] {
        var records: [MatchInput.RawDocument] = []
        try MatchInput.forEachRecord(inJSONL: Array(text.utf8), name: "corpus.jsonl") { records.append($0) }
        return records
    }

    /// The error a JSONL text gives, as text.
    static func failure(_ bytes: [UInt8]) -> String {
        do {
            try MatchInput.forEachRecord(inJSONL: bytes, name: "corpus.jsonl") { _ in }
            return "no error"
        } catch {
            return "\(error)"
        }
    }

    @Test func recordsKeepIdTextLanguageDateAndOtherFields() throws {
        let records = try Self.records("""
            {"id": "da-1", "text": "Byrådet vedtog planen.", "language": "da", "date": "2024-03-14", "kilde": "hånd"}

            {"id": 7, "text": "Et tal som id."}\r
            {"text": "Uden id."}
            """)
        #expect(records.map(\.id) == ["da-1", "7", "corpus.jsonl:4"])
        #expect(records[0].text == "Byrådet vedtog planen.")
        #expect(records[0].language == LanguageCode(rawValue: "da"))
        #expect(records[0].date == CalendarDate(iso: "2024-03-14"))
        #expect(records[0].fields == "{\"kilde\":\"hånd\"}")
        #expect(records[1].fields == nil && records[1].date == nil && records[1].language == nil)
    }

    @Test func crlfLineEndsEndRecords() throws {
        // "\r\n" is one Character: split at Characters, a CRLF file was one long line ("not a JSON object").
        let records = try Self.records("{\"id\": \"a\", \"text\": \"En.\"}\r\n{\"id\": \"b\", \"text\": \"To.\"}\r\n")
        #expect(records.map(\.id) == ["a", "b"])
        #expect(records.map(\.text) == ["En.", "To."])
    }

    @Test func aBadRecordIsAnErrorNamingTheLine() {
        #expect(Self.failure(Array("{\"id\": \"x\", \"text\": \"a\"}\n{\"id\": \"x\", \"text\": \"b\"}".utf8))
            .contains("corpus.jsonl:2"))
        #expect(Self.failure(Array("{\"id\": \"a\\nb\", \"text\": \"t\"}".utf8)).contains("line break"))
        #expect(Self.failure(Array("[1, 2]".utf8)).contains("not a JSON object"))
        #expect(Self.failure(Array("{\"id\": \"d\", \"text\": \"t\", \"date\": \"2024-13-01\"}".utf8)).contains("date"))
        #expect(Self.failure(Array("{\"id\": \"l\", \"text\": \"t\", \"language\": \"zz\"}".utf8)).contains("zz"))
    }

    @Test func bytesThatAreNotUTF8AreAnErrorNotMojibake() {
        let latin1: [UInt8] = Array("{\"id\": \"l\", \"text\": \"bl".utf8) + [0xE5] + Array("\"}".utf8)
        #expect(Self.failure(latin1).contains("corpus.jsonl"))
        #expect(Self.failure(latin1) != "no error")
    }

    @Test func bytesWithoutRecordsGiveNone() throws {
        #expect(try Self.records("\n   \n").isEmpty)
    }
}
