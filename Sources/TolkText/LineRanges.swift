/// The lines of a text held as bytes: for readers that take one item per line (presegmented sentences, corpus
/// lines, `detect --lines`).
public enum LineRanges {
    /// The byte ranges of the lines of `bytes`, line ends left out.
    ///
    /// A line ends at LF, at CR LF, or at a CR alone (old Mac files): `"a\rb\r\nc\nd"` has four lines. A final
    /// line without a line end counts; a line end at the very end does not start another line. A UTF-8 byte-order
    /// mark at the start is not part of the first line.
    ///
    /// ```swift
    /// LineRanges.of(Array("a\rb\r\nc".utf8))   // [0..<1, 2..<3, 5..<6]
    /// ```
    /// - Complexity: O(n).
    public static func of<Bytes: RandomAccessCollection>(_ bytes: Bytes) -> [Range<Int>]
    where Bytes.Element == UInt8, Bytes.Index == Int {
        var ranges: [Range<Int>] = []
        var start = bytes.startIndex
        if bytes.count >= 3, bytes[start] == 0xEF, bytes[start + 1] == 0xBB, bytes[start + 2] == 0xBF { start += 3 }
        var index = start
        let end = bytes.endIndex
        while index < end {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                ranges.append(start..<index)
                index += byte == 0x0D && index + 1 < end && bytes[index + 1] == 0x0A ? 2 : 1
                start = index
            } else {
                index += 1
            }
        }
        if start < end { ranges.append(start..<end) }
        return ranges
    }
}
