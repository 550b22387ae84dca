import Foundation
import Testing
import TolkText

/// Inputs told apart by their first bytes: text, HTML pages (read as articles), and binary formats refused with
/// what to do.
@Suite struct InputFormatTests {
    @Test func binaryFormatsAreNamed() {
        let zipHeader: [UInt8] = [0x50, 0x4B, 0x03, 0x04] + Array(repeating: 0, count: 26)
        let cases: [([UInt8], String)] = [
            (Array("%PDF-1.4\n%âãÏÓ\n".utf8), "a PDF document"),
            (zipHeader + Array("[Content_Types].xml word/document.xml".utf8), "a Word document (DOCX)"),
            (zipHeader + Array("mimetypeapplication/vnd.oasis.opendocument.text".utf8), "an OpenDocument text (ODT)"),
            (zipHeader + Array("readme.txt".utf8), "a ZIP archive"),
            ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0], "a Microsoft Office document (DOC, XLS or PPT)"),
            ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "a PNG image"),
            ([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10], "a JPEG image"),
            (Array("GIF89a".utf8), "a GIF image"),
            ([0x1F, 0x8B, 0x08, 0], "a gzip-compressed file"),
            (Array("{\\rtf1\\ansi".utf8), "an RTF document"),
        ]
        for (head, format) in cases {
            guard case let .binary(found, advice) = InputFormat.sniff(head, name: "input") else {
                Issue.record("not refused: \(format)")
                continue
            }
            #expect(found == format)
            #expect(!advice.isEmpty)
        }
    }

    @Test func htmlIsKnownByContentOrExtension() {
        #expect(InputFormat.sniff(Array("\u{FEFF}  <!DOCTYPE html><html>".utf8), name: "-") == .html)
        #expect(InputFormat.sniff(Array("<!-- saved --><HTML lang=da>".utf8), name: "-") == .html)
        #expect(InputFormat.sniff(Array("<?xml version=\"1.0\"?>\n<html xmlns=\"x\">".utf8), name: "-") == .html)
        #expect(InputFormat.sniff(Array("<p>Hej</p>".utf8), name: "side.HTM") == .html)
        #expect(InputFormat.sniff(Array("<p>Hej</p>".utf8), name: "side.txt") == .text)
        #expect(InputFormat.sniff(Array("Brug <html> i skabelonen.".utf8), name: "-") == .text)
        #expect(InputFormat.sniff(Array("%PDF is an abbreviation".utf8), name: "-") == .text)
    }

    @Test func everyReaderRefusesAPDFInOneLine() throws {
        let pdf = Array("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n".utf8)
        let expected = TextError.unsupportedFormat(
            path: "<memory>", format: "a PDF document",
            advice: "convert it to text first (for example `pdftotext -layout FILE FILE.txt`)")
        #expect(throws: expected) { try TextInput.decode(pdf) }
        #expect(expected.errorDescription == "<memory>: is a PDF document, not text; convert it to text first (for example `pdftotext -layout FILE FILE.txt`)")
    }

    @Test func anHTMLPageIsReadAsItsArticleText() throws {
        let page = "<!doctype html><html><head><title>T</title><script>var x = 1;</script></head><body>"
            + "<nav><a href='/'>Forside</a> <a href='/a'>Indland</a></nav>"
            + "<article><p>Regeringen fremlagde i dag sin plan for den grønne omstilling, som skal gælde til 2030.</p>"
            + "<p>Planen blev mødt med kritik fra flere partier, der mener, at den ikke går langt nok.</p></article>"
            + "<footer>© Avisen</footer></body></html>"
        let decoded = try TextInput.decode(Array(page.utf8))
        #expect(decoded.text == "Regeringen fremlagde i dag sin plan for den grønne omstilling, som skal gælde til 2030.\n\n"
            + "Planen blev mødt med kritik fra flere partier, der mener, at den ikke går langt nok.\n")
    }
}
