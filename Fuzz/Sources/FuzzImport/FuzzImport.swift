import TolkLexicon

/// Dictionary import (`tolk lexicon import`): TBX term bases, hunalign dictionaries, word-pair lists and Tolk TSV.
/// The first byte picks the format (or leaves it to be guessed from the name and first line), the rest is the
/// file; errors are thrown, never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImport(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard size > 0 else { return 0 }
    let formats: [LexiconImporter.Format?] = [nil] + LexiconImporter.Format.allCases
    let format = formats[Int(data[0]) % formats.count]
    let name = data[0] & 0x80 != 0 ? "fuzz.tbx" : "fuzz.txt"
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    if let entries = try? LexiconImporter.entries(bytes: bytes, name: name, format: format,
                                                  pair: LanguagePair(.danish, .english), origin: "fuzz") {
        _ = LexiconTSV.write(entries)
    }
    return 0
}
