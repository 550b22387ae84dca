import TolkText

/// Decoding and segmentation: any bytes are decoded (encoding detection, UTF-8 checks, NFC, HTML routing), then
/// segmented with the Danish rules; every failure must be a thrown TextError, never a crash.
nonisolated(unsafe) private let segmenter: Segmenter = {
    do { return try Segmenter(language: "da") } catch { fatalError("set TOLK_DATA: \(error)") }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDecode(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let decoded = try? TextInput.decode(bytes, name: "fuzz") else { return 0 }
    // Every sentence's byte range lies inside the text.
    for sentence in segmenter.segment(decoded.text).sentences {
        precondition(sentence.range.upperBound <= decoded.text.utf8.count)
    }
    return 0
}
