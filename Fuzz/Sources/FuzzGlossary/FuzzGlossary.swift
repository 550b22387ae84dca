import Foundation
import TolkFormats
import TolkText

/// Glossary files (`tolk glossary --merge` input: TSV, CSV or JSON): any bytes are written to a scratch file and
/// read back; errors are thrown, never a crash.
private let scratch = FileManager.default.temporaryDirectory
    .appendingPathComponent("tolk-fuzz-glossary-\(ProcessInfo.processInfo.processIdentifier).tsv")

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGlossary(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Data(bytes: data, count: size)
    guard (try? bytes.write(to: scratch)) != nil else { return 0 }
    _ = try? GlossaryReader.read(path: scratch.path, sourceLanguage: "da", targetLanguage: "en")
    return 0
}
