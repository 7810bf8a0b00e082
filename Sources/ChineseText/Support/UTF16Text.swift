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
            // Never more units than bytes; written in place, without append's capacity checks.
            [UInt16](unsafeUninitializedCapacity: bytes.count) { units, count in
                var index = 0
                var written = 0
                while index < bytes.count {
                    let lead = bytes[index]
                    let length = UTF8Scalar.length(lead: lead)
                    let value = UTF8Scalar.value(bytes, at: index, length: min(length, bytes.count - index))
                    if value > 0xFFFF {
                        units[written] = UInt16(0xD800 + ((value - 0x10000) >> 10))
                        units[written + 1] = UInt16(0xDC00 + ((value - 0x10000) & 0x3FF))
                        written += 2
                    } else {
                        units[written] = UInt16(value)
                        written += 1
                    }
                    index += length
                }
                count = written
            }
        }
    }

    init(stringLiteral value: String) { self.init(value) }

    var count: Int { units.count }

    /// The text of `units[from..<to]`, clamped to the text.
    func slice(_ from: Int, _ to: Int) -> String {
        let lower = max(0, min(from, units.count))
        let upper = max(lower, min(to, units.count))
        return Self.string(units[lower..<upper])
    }

    /// The text of some UTF-16 units, a lone surrogate read as U+FFFD. Transcodes straight
    /// into the String's UTF-8 storage: `String(decoding:as: UTF16.self)` parses unit by
    /// unit through a generic path and costs several times more.
    static func string<C: Collection>(_ units: C) -> String where C.Element == UInt16, C.Index == Int {
        String(unsafeUninitializedCapacity: units.count * 3) { buffer in
            var written = 0
            var index = units.startIndex
            func put(_ byte: UInt32) {
                buffer[written] = UInt8(truncatingIfNeeded: byte)
                written += 1
            }
            while index < units.endIndex {
                let unit = UInt32(units[index])
                index += 1
                switch unit {
                case 0..<0x80:
                    put(unit)
                case 0x80..<0x800:
                    put(0xC0 | unit >> 6)
                    put(0x80 | unit & 0x3F)
                case 0xD800..<0xDC00 where index < units.endIndex && (0xDC00..<0xE000).contains(units[index]):
                    let scalar = 0x10000 + ((unit - 0xD800) << 10) + (UInt32(units[index]) - 0xDC00)
                    index += 1
                    put(0xF0 | scalar >> 18)
                    put(0x80 | scalar >> 12 & 0x3F)
                    put(0x80 | scalar >> 6 & 0x3F)
                    put(0x80 | scalar & 0x3F)
                case 0xD800..<0xE000:
                    put(0xEF)
                    put(0xBF)
                    put(0xBD)  // U+FFFD for a lone surrogate
                default:
                    put(0xE0 | unit >> 12)
                    put(0x80 | unit >> 6 & 0x3F)
                    put(0x80 | unit & 0x3F)
                }
            }
            return written
        }
    }
}
