/// A text together with its UTF-16 code units, converted once.
///
/// The finders scan a report's body by UTF-16 offset (the offsets NSRegularExpression
/// reports); sharing one conversion keeps each of them from transcoding the body again.
struct UTF16Text: ExpressibleByStringLiteral, Sendable {
    let string: String
    let units: [UInt16]

    init(_ string: String) {
        self.string = string
        units = Array(string.utf16)
    }

    init(stringLiteral value: String) { self.init(value) }

    var count: Int { units.count }

    /// The text of `units[from..<to]`, clamped to the text.
    func slice(_ from: Int, _ to: Int) -> String {
        let lower = max(0, min(from, units.count)), upper = max(lower, min(to, units.count))
        return String(decoding: units[lower..<upper], as: UTF16.self)
    }
}
