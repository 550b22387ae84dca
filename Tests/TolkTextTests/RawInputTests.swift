import Foundation
import Testing
@testable import TolkText

/// Whole-file byte reading with UTF-8 checks, and which language codes are real.
@Suite struct RawInputTests {
    @Test func seedArticleIsValidUTF8AndKeptByteForByte() throws {
        let bytes = try TextInput.utf8Bytes(path: TestFiles.danishSeed)
        let file = try Data(contentsOf: URL(fileURLWithPath: TestFiles.danishSeed))
        #expect(bytes == Array(file))
    }

    @Test func windows1252ByteIsReportedAtItsOffset() {
        // "Han modtog også pakker" in windows-1252: å is the single byte 0xE5 at offset 14.
        let bytes = Array("Han modtog og".utf8) + [0x73, 0xE5] + Array(" pakker\n".utf8)
        #expect(throws: TextError.invalidEncoding(path: "brev.txt", encoding: "UTF-8", offset: 14)) {
            try TextInput.validateUTF8(bytes, name: "brev.txt")
        }
    }

    @Test func nulByteIsBinaryAndAStreamCutMidCharacterIsInvalid() {
        let line = Array("Det skriver CNN mandag.".utf8)
        #expect(throws: TextError.binaryInput(path: "x", offset: 23)) { try TextInput.validateUTF8(line + [0], name: "x") }
        let cut = Array("Ærø".utf8).dropLast()  // ø's first byte only
        #expect(throws: TextError.invalidEncoding(path: "x", encoding: "UTF-8", offset: 3)) {
            try TextInput.validateUTF8(Array(cut), name: "x")
        }
    }

    @Test func directoryIsUnreadableWithTheSystemReason() {
        #expect(throws: TextError.unreadable(path: TestFiles.repository.path, reason: "Is a directory")) {
            _ = try TextInput.bytes(path: TestFiles.repository.path)
        }
    }

    @Test func knownCodesAreICUsISO639List() {
        for code in ["da", "en", "fo", "nb", "sv", "und"] { #expect(LanguageCode(rawValue: code)?.isKnown == true) }
        for code in ["zz", "xx", "qq"] { #expect(LanguageCode(rawValue: code)?.isKnown == false) }
    }
}
