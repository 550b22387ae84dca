import Foundation
import Testing
@testable import TolkFormats

/// The one JSON string escaper: quotes, backslashes and control characters escaped, everything else (Danish
/// letters, emoji) written as it is, and the result read back by a JSON parser.
@Suite struct JSONBytesTests {
    static let awkward = "Han sagde: \"Æbler\\pærer\"\n\r\t\u{01}\u{1F} 👍"

    @Test func stringsAreEscapedAsJSON() throws {
        var json = JSONBytes()
        json.string(Self.awkward)
        let text = String(decoding: json.bytes, as: UTF8.self)
        #expect(text == "\"Han sagde: \\\"Æbler\\\\pærer\\\"\\n\\r\\t\\u0001\\u001f 👍\"")
        let parsed = try JSONSerialization.jsonObject(with: Data(json.bytes), options: .fragmentsAllowed)
        #expect(parsed as? String == Self.awkward)
    }

    @Test func theGlossaryWritesItsStringsWithIt() {
        var json = JSONBytes()
        json.string(Self.awkward)
        #expect(GlossaryWriter.jsonString(Self.awkward) == String(decoding: json.bytes, as: UTF8.self))
        #expect(GlossaryWriter.jsonString("") == "\"\"")
    }

    @Test func numbersAndRanges() {
        var json = JSONBytes()
        json.number(-2016)
        json.raw(" ")
        json.range(0..<73)
        #expect(String(decoding: json.bytes, as: UTF8.self) == "-2016 [0, 73]")
    }
}
