#if canImport(Glibc)
    import Glibc
#endif

/// A few short literals to look for in a text all at once: one pass over its UTF-8 bytes,
/// comparing bytes only where a character that starts some literal stands.
struct LiteralSet: Sendable {
    /// Literals (UTF-8) by the first character's scalar value.
    private let byFirstScalar: [UInt32: [[UInt8]]]
    /// First characters of BMP literals, to skip the dictionary at most positions.
    private let firstUnits: CodeUnitSet

    init(_ literals: [String]) {
        var table: [UInt32: [[UInt8]]] = [:]
        for literal in literals where !literal.isEmpty {
            table[literal.unicodeScalars.first!.value, default: []].append(Array(literal.utf8))
        }
        byFirstScalar = table
        firstUnits = CodeUnitSet(units: table.keys.filter { $0 <= 0xFFFF }.map { UInt16($0) })
    }

    var isEmpty: Bool { byFirstScalar.isEmpty }

    /// True when any of the literals occurs in `text`.
    func occurs(in text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                let length = UTF8Scalar.length(lead: lead)
                let value = UTF8Scalar.value(bytes, at: index, length: min(length, bytes.count - index))
                if value > 0xFFFF || firstUnits.contains(UInt16(value)), let candidates = byFirstScalar[value] {
                    for literal in candidates
                    where index + literal.count <= bytes.count
                        && memcmp(base + index, literal, literal.count) == 0
                    {
                        return true
                    }
                }
                index += length
            }
            return false
        }
    }
}

/// Decoding one scalar from well-formed UTF-8 (a String's own bytes).
enum UTF8Scalar {
    /// The length in bytes of the sequence that `lead` starts.
    @inline(__always)
    static func length(lead: UInt8) -> Int { lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2 }

    @inline(__always)
    static func value(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, length: Int) -> UInt32 {
        // Straight-line cases: every scanner of the reader calls this once per character.
        switch length {
        case 3:
            return (UInt32(bytes[index]) & 0x0F) << 12 | (UInt32(bytes[index + 1]) & 0x3F) << 6 | UInt32(
                bytes[index + 2]) & 0x3F
        case 2:
            return (UInt32(bytes[index]) & 0x1F) << 6 | UInt32(bytes[index + 1]) & 0x3F
        case 4:
            return (UInt32(bytes[index]) & 0x07) << 18 | (UInt32(bytes[index + 1]) & 0x3F) << 12
                | (UInt32(bytes[index + 2]) & 0x3F) << 6 | UInt32(bytes[index + 3]) & 0x3F
        default:
            return UInt32(bytes[index])
        }
    }
}
