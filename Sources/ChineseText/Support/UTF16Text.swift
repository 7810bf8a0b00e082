/// A text together with its UTF-16 code units, converted once.
///
/// The finders scan a report's body by UTF-16 offset (the offsets NSRegularExpression
/// reports); sharing one conversion keeps each of them from transcoding the body again.
struct UTF16Text: ExpressibleByStringLiteral, Sendable {
    let string: String
    let units: [UInt16]

    init(_ string: String) {
        self.string = string
        units = Self.transcoding(string)
    }

    /// UTF-8 → UTF-16 in one pass. `Array(string.utf16)` goes through index translation
    /// (breadcrumbs) on long native strings and costs several times more.
    private static func transcoding(_ string: String) -> [UInt16] {
        var string = string
        return string.withUTF8 { bytes in
            var units = [UInt16]()
            units.reserveCapacity(bytes.count)
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                let length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                let value = UTF8Scalar.value(bytes, at: index, length: min(length, bytes.count - index))
                if value > 0xFFFF {
                    units.append(UInt16(0xD800 + ((value - 0x10000) >> 10)))
                    units.append(UInt16(0xDC00 + ((value - 0x10000) & 0x3FF)))
                } else {
                    units.append(UInt16(value))
                }
                index += length
            }
            return units
        }
    }

    init(stringLiteral value: String) { self.init(value) }

    var count: Int { units.count }

    /// The text of `units[from..<to]`, clamped to the text.
    func slice(_ from: Int, _ to: Int) -> String {
        let lower = max(0, min(from, units.count)), upper = max(lower, min(to, units.count))
        return String(decoding: units[lower..<upper], as: UTF16.self)
    }
}
