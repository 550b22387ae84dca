import TolkLexicon

/// Lexicon TSV files: any bytes are parsed (unchecked and pre-validated paths); errors are thrown, never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLexicon(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let entries = try? LexiconTSV.read(bytes: bytes, path: "fuzz.tsv") {
        _ = LexiconTSV.write(entries)
    }
    return 0
}
