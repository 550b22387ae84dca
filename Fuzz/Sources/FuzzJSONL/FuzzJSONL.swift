import TolkMatch
import TolkText

/// JSONL records (`tolk match`, `compare` and `glossary --comparable` corpora): any bytes are read as records;
/// every failure must be a thrown error, never a crash, and every record read keeps the reader's promises: a
/// unique id without line breaks, and a publication date that is a real calendar date.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONL(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    var ids = Set<String>()
    do {
        try MatchInput.forEachRecord(inJSONL: bytes, name: "fuzz.jsonl") { record in
            precondition(ids.insert(record.id).inserted, "duplicate id \(record.id)")
            precondition(!record.id.unicodeScalars.contains { $0 == "\n" || $0 == "\r" || $0.value == 0x2028 })
            if let date = record.date { precondition(CalendarDate(iso: date.iso) == date) }
        }
    } catch {
        return 0  // a malformed record: the reader said so
    }
    return 0
}
