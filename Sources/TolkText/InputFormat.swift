/// What an input is, told from its name and first bytes: text, an HTML page, or a binary format Tolk does not read.
///
/// ```swift
/// InputFormat.sniff(Array("%PDF-1.4".utf8), name: "report.pdf")   // .binary(format: "a PDF document", ...)
/// ```
public enum InputFormat: Equatable, Sendable {
    /// Plain text, in any encoding.
    case text
    /// An HTML (or XHTML) page: read as an article.
    case html
    /// A format that is not text, with what to do about it.
    case binary(format: String, advice: String)

    /// Tells the format from the input's name (its extension) and its first bytes (64 KiB is plenty).
    /// - Parameters:
    ///   - head: the first bytes of the input.
    ///   - name: the input's path or name; only its extension is used, and only to recognise HTML.
    /// - Complexity: O(n) in the length of `head`.
    public static func sniff(_ head: [UInt8], name: String) -> InputFormat {
        if let binary = binaryFormat(head) { return binary }
        let lowered = name.lowercased()
        if [".html", ".htm", ".xhtml", ".shtml"].contains(where: { lowered.hasSuffix($0) }) { return .html }
        return looksLikeHTML(head) ? .html : .text
    }

    private static let convertDocument = "convert it to plain text first (for example `pandoc FILE -t plain -o FILE.txt`, or `soffice --headless --convert-to txt FILE`)"
    private static let unpack = "unpack it first and give Tolk the text files inside"
    private static let ocr = "Tolk reads text: run OCR first (for example `tesseract FILE out` writes out.txt)"

    private static func binaryFormat(_ head: [UInt8]) -> InputFormat? {
        func starts(_ prefix: [UInt8], at offset: Int = 0) -> Bool {
            head.count >= offset + prefix.count && Array(head[offset..<offset + prefix.count]) == prefix
        }
        func contains(_ text: String) -> Bool {
            let needle = Array(text.utf8)
            guard head.count >= needle.count, let first = needle.first else { return false }
            var index = 0
            while index + needle.count <= head.count {
                if head[index] == first && Array(head[index..<index + needle.count]) == needle { return true }
                index += 1
            }
            return false
        }
        let ascii: (String) -> [UInt8] = { Array($0.utf8) }
        if starts(ascii("%PDF-")) {
            return .binary(format: "a PDF document",
                           advice: "convert it to text first (for example `pdftotext -layout FILE FILE.txt`)")
        }
        if starts([0x50, 0x4B, 0x03, 0x04]) || starts([0x50, 0x4B, 0x05, 0x06]) {
            if contains("word/") { return .binary(format: "a Word document (DOCX)", advice: convertDocument) }
            if contains("opendocument.text") { return .binary(format: "an OpenDocument text (ODT)", advice: convertDocument) }
            if contains("epub+zip") { return .binary(format: "an EPUB book", advice: convertDocument) }
            if contains("xl/") { return .binary(format: "an Excel workbook (XLSX)", advice: "export the cells as CSV or text first") }
            if contains("ppt/") { return .binary(format: "a PowerPoint file (PPTX)", advice: convertDocument) }
            return .binary(format: "a ZIP archive", advice: unpack)
        }
        if starts([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            return .binary(format: "a Microsoft Office document (DOC, XLS or PPT)", advice: convertDocument)
        }
        if starts(ascii("{\\rtf")) { return .binary(format: "an RTF document", advice: convertDocument) }
        if starts([0x89, 0x50, 0x4E, 0x47]) { return .binary(format: "a PNG image", advice: ocr) }
        if starts([0xFF, 0xD8, 0xFF]) { return .binary(format: "a JPEG image", advice: ocr) }
        if starts(ascii("GIF87a")) || starts(ascii("GIF89a")) { return .binary(format: "a GIF image", advice: ocr) }
        if starts(ascii("RIFF")) && starts(ascii("WEBP"), at: 8) { return .binary(format: "a WebP image", advice: ocr) }
        if starts([0x49, 0x49, 0x2A, 0x00]) || starts([0x4D, 0x4D, 0x00, 0x2A]) {
            return .binary(format: "a TIFF image", advice: ocr)
        }
        if starts(ascii("ftyp"), at: 4) {
            if starts(ascii("heic"), at: 8) || starts(ascii("heix"), at: 8) || starts(ascii("avif"), at: 8) {
                return .binary(format: "a HEIC/AVIF image", advice: ocr)
            }
            return .binary(format: "an MP4/QuickTime media file", advice: "Tolk reads text: transcribe it first")
        }
        if starts([0x1F, 0x8B]) { return .binary(format: "a gzip-compressed file", advice: "decompress it first (`gunzip FILE`)") }
        if starts(ascii("BZh")) && head.count > 3 && (0x31...0x39).contains(head[3]) {
            return .binary(format: "a bzip2-compressed file", advice: "decompress it first (`bunzip2 FILE`)")
        }
        if starts([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]) { return .binary(format: "an xz-compressed file", advice: "decompress it first (`unxz FILE`)") }
        if starts([0x28, 0xB5, 0x2F, 0xFD]) { return .binary(format: "a zstd-compressed file", advice: "decompress it first (`unzstd FILE`)") }
        if starts([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]) { return .binary(format: "a 7-Zip archive", advice: unpack) }
        if starts(ascii("ustar"), at: 257) { return .binary(format: "a tar archive", advice: unpack) }
        if starts([0x7F, 0x45, 0x4C, 0x46]) { return .binary(format: "an ELF executable", advice: "give Tolk a text file") }
        if starts(ascii("SQLite format 3")) { return .binary(format: "an SQLite database", advice: "export the text first") }
        if starts(ascii("ID3")) || starts(ascii("OggS")) || starts(ascii("fLaC")) || starts([0xFF, 0xFB]) {
            return .binary(format: "an audio file", advice: "Tolk reads text: transcribe it first")
        }
        return nil
    }

    /// Whether the text starts (after a BOM, white space and comments) as an HTML page: a doctype, `<html>`,
    /// `<head>` or `<body>`, or an XML declaration followed by `<html`.
    private static func looksLikeHTML(_ head: [UInt8]) -> Bool {
        var start = head.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let window = Array(head[start..<min(head.count, start + 4096)]).map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
        start = 0
        func skipSpace() { while start < window.count, [0x20, 0x09, 0x0A, 0x0D, 0x0C].contains(window[start]) { start += 1 } }
        func at(_ text: String) -> Bool {
            let needle = Array(text.utf8)
            return window.count >= start + needle.count && Array(window[start..<start + needle.count]) == needle
        }
        while true {
            skipSpace()
            if at("<!--") {
                guard let close = findEnd(of: "-->", in: window, from: start + 4) else { return false }
                start = close
            } else if at("<?xml") {
                guard let close = findEnd(of: "?>", in: window, from: start + 5) else { return false }
                start = close
            } else {
                break
            }
        }
        return at("<!doctype html") || at("<html") || at("<head") || at("<body")
    }

    private static func findEnd(of needle: String, in window: [UInt8], from offset: Int) -> Int? {
        let bytes = Array(needle.utf8)
        var index = offset
        while index + bytes.count <= window.count {
            if Array(window[index..<index + bytes.count]) == bytes { return index + bytes.count }
            index += 1
        }
        return nil
    }
}
