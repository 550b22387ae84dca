import TolkExtract
import TolkText

/// HTML extraction: any bytes go to the article extractor over libxml2's HTML parser.
nonisolated(unsafe) private let extractor: ArticleExtractor = {
    do { return try ArticleReader.extractor() } catch { fatalError("set TOLK_DATA: \(error)") }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTML(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = extractor.extract(html: bytes)
    return 0
}
