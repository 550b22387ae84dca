import Foundation
import Testing
@testable import TolkText

/// Reading every encoding the issue names, and every bad input, with the exact error.
@Suite struct TextInputTests {
    let danish = "Julian Assange blev i april i år anholdt på Ecuadors ambassade i London.\nÆrø og Søby.\n"

    @Test func peekLooksAheadWithoutConsumingTheChunk() throws {
        let stream = try TextInput.open(path: TestFiles.danishSeed)
        let head = try stream.peek(bytes: 100)
        #expect(!head.isEmpty && head.utf8.count <= 100)
        #expect(!head.contains("\n"), "cut at the last line end within the limit, or inside the first line")
        let first = try #require(try stream.next())
        #expect(first.offset == 0 && first.text.hasPrefix(head))
        #expect(try stream.peek(bytes: 100) == "")  // the seed is one chunk: nothing after it
    }

    @Test func windows1252CopySegmentsExactlyLikeTheUTF8Original() throws {
        let original = try TextInput.read(path: TestFiles.danishSeed)
        let legacy = try TextInput.read(path: TestFiles.fixture("assange-embassy-russians.windows-1252.da.txt"))
        #expect(original.encoding == "UTF-8")
        #expect(legacy.encoding == "windows-1252")
        #expect(legacy.text == original.text)
        let segmenter = try Segmenter(language: .danish)
        #expect(segmenter.segment(legacy.text) == segmenter.segment(original.text))
    }

    @Test func utf8WithByteOrderMark() throws {
        let decoded = try TextInput.decode([0xEF, 0xBB, 0xBF] + Array(danish.utf8))
        #expect(decoded == DecodedText(text: danish, encoding: "UTF-8"))
    }

    @Test func utf16WithByteOrderMarkBothEndians() throws {
        var little: [UInt8] = [0xFF, 0xFE]
        var big: [UInt8] = [0xFE, 0xFF]
        for unit in danish.utf16 {
            little += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            big += [UInt8(unit >> 8), UInt8(unit & 0xFF)]
        }
        #expect(try TextInput.decode(little) == DecodedText(text: danish, encoding: "UTF-16LE"))
        #expect(try TextInput.decode(big) == DecodedText(text: danish, encoding: "UTF-16BE"))
        #expect(try TextInput.decode(little, encoding: "utf-16").text == danish)
    }

    @Test func iso885915ByNameGivesTheEuroSign() throws {
        // 0xA4 is € in ISO-8859-15 and ¤ in ISO-8859-1.
        #expect(try TextInput.decode([0x35, 0x30, 0x20, 0xA4], encoding: "iso-8859-15").text == "50 €")
        #expect(try TextInput.decode([0x35, 0x30, 0x20, 0xA4], encoding: "ISO-8859-1").text == "50 ¤")
    }

    @Test func decomposedInputComesOutInNFC() throws {
        #expect(try TextInput.decode(Array("A\u{030A}rhus".utf8)).text == "Århus")
    }

    @Test func emptyInputIsNotAnError() throws {
        #expect(try TextInput.decode([]) == DecodedText(text: "", encoding: "UTF-8"))
        #expect(try Segmenter(language: .danish).segment("") == Document())
    }

    @Test func invalidUTF8WithExplicitEncodingNamesTheByteOffset() {
        let bytes = Array("Søby ".utf8) + [0xC3, 0x28] + Array(" mere".utf8)
        #expect(throws: TextError.invalidEncoding(path: "bad.txt", encoding: "UTF-8", offset: 6)) {
            try TextInput.decode(bytes, name: "bad.txt", encoding: "utf-8")
        }
        #expect(TextError.invalidEncoding(path: "bad.txt", encoding: "UTF-8", offset: 6).errorDescription
            == "bad.txt: invalid UTF-8 at byte offset 6")
    }

    @Test func truncatedUTF8AtTheEndIsAnError() {
        #expect(throws: TextError.invalidEncoding(path: "cut.txt", encoding: "UTF-8", offset: 3)) {
            try TextInput.decode(Array("abc".utf8) + [0xE2, 0x80], name: "cut.txt", encoding: "utf-8")
        }
    }

    @Test func invalidUTF8AcrossAChunkBoundaryHasTheRightOffset() throws {
        var bytes = Array(repeating: UInt8(ascii: "a"), count: 100)
        bytes += [0xE2, 0x82, 0xAC]  // € straddles the 101-byte block boundary
        bytes += [0x0A, 0xFF]
        let stream = try TextInput.open(bytes: bytes, name: "chunked", encoding: "utf-8", chunkSize: 101)
        #expect(throws: TextError.invalidEncoding(path: "chunked", encoding: "UTF-8", offset: 104)) {
            while try stream.next() != nil {}
        }
    }

    @Test func nulByteMeansBinary() {
        let bytes = Array("PNG".utf8) + [0x00, 0x01, 0x02]
        #expect(throws: TextError.binaryInput(path: "image.png", offset: 3)) {
            try TextInput.decode(bytes, name: "image.png")
        }
        #expect(throws: TextError.binaryInput(path: "image.png", offset: 3)) {
            try TextInput.decode(bytes, name: "image.png", encoding: "windows-1252")
        }
    }

    @Test func nulCharacterInUTF16IsBinaryAtItsByteOffset() {
        let bytes: [UInt8] = [0xFF, 0xFE, 0x41, 0x00, 0x00, 0x00, 0x42, 0x00]
        #expect(throws: TextError.binaryInput(path: "u16", offset: 4)) { try TextInput.decode(bytes, name: "u16") }
    }

    @Test func unknownEncodingIsAnError() {
        #expect(throws: TextError.unknownEncoding(name: "klingon-8")) {
            try TextInput.decode(Array("tekst".utf8), encoding: "klingon-8")
        }
    }

    @Test func illegalSequenceInAConvertedEncodingNamesItsOffset() {
        // An unpaired high surrogate (D800) in UTF-16LE, after "A".
        #expect(throws: TextError.invalidEncoding(path: "u16.txt", encoding: "UTF-16LE", offset: 4)) {
            try TextInput.decode([0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00], name: "u16.txt")
        }
        // 0x81 0x20 is not a Shift_JIS character.
        #expect(throws: TextError.invalidEncoding(path: "sjis.txt", encoding: "Shift_JIS", offset: 2)) {
            try TextInput.decode([0x61, 0x62, 0x81, 0x20, 0x63], name: "sjis.txt", encoding: "shift_jis")
        }
    }

    @Test func encodingNamesAreReportedAsIANANames() throws {
        #expect(try TextInput.decode(Array("abc".utf8), encoding: "cp1252").encoding == "windows-1252")
        #expect(try TextInput.decode(Array("abc".utf8), encoding: "latin1").encoding == "ISO-8859-1")
        #expect(try TextInput.decode(Array("abc".utf8), encoding: "utf8").encoding == "UTF-8")
    }

    @Test func unreadableFilesAreErrorsNamingTheFile() {
        #expect(throws: TextError.unreadable(path: "/no/such/file.txt", reason: "No such file or directory")) {
            try TextInput.read(path: "/no/such/file.txt")
        }
        #expect(throws: TextError.unreadable(path: "/tmp", reason: "Is a directory")) {
            try TextInput.read(path: "/tmp")
        }
    }

    @Test func hugeLineIsCutAtASpaceAndNothingIsLost() throws {
        let sentence = "Assange søgte tilflugt på ambassaden i 2012. "
        let line = String(repeating: sentence, count: 200)  // 9,400 bytes, no line break
        let stream = try TextInput.open(bytes: Array(line.utf8), chunkSize: 1000)
        var chunks: [TextChunk] = []
        while let chunk = try stream.next() { chunks.append(chunk) }
        #expect(chunks.count > 1)
        #expect(chunks.map(\.text).joined() == line)
        #expect(chunks.allSatisfy { $0.text.utf8.count <= 4 * 1000 + 1000 })
        let segmenter = try Segmenter(language: .danish)
        var count = 0
        try segmenter.segment(try TextInput.open(bytes: Array(line.utf8), chunkSize: 1000)) { document in
            count += document.sentences.count
            #expect(document.sentences.allSatisfy { $0.text == sentence.trimmingCharacters(in: .whitespaces) })
        }
        #expect(count == 200)
    }

    @Test func streamedRangesAreAbsolute() throws {
        let text = String(repeating: "Det skriver CNN mandag. Han modtog også pakker.\n", count: 100)
        let whole = Array(text.utf8)
        let segmenter = try Segmenter(language: .danish)
        var sentences: [Sentence] = []
        try segmenter.segment(try TextInput.open(bytes: whole, chunkSize: 300)) { sentences += $0.sentences }
        #expect(sentences == segmenter.segment(text).sentences)
        for sentence in sentences { #expect(String(decoding: whole[sentence.range], as: UTF8.self) == sentence.text) }
    }

    @Test func htmlIshInputIsReadAsText() throws {
        let html = "<html><body><p>Det skriver CNN mandag.</p>\n<p>Han modtog også pakker.</p></body></html>\n"
        let document = try Segmenter(language: .danish).segment(try TextInput.decode(Array(html.utf8)).text)
        #expect(document.sentences.count == 2)
        #expect(document.paragraphs.count == 2)
    }
}
