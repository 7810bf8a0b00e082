/// A set of UTF-16 code units as a 64 Kbit bitmap: membership is one load and a mask.
///
/// The reader's scanners test every unit of a text against small sets (clause ends,
/// numerals, classifiers); `Set<UInt16>` would hash each of them.
struct CodeUnitSet: Sendable {
    private var words = [UInt64](repeating: 0, count: 1024)

    /// The set of every UTF-16 unit of `characters`.
    init(_ characters: String) {
        for unit in characters.utf16 { insert(unit) }
    }

    /// The set of `units`.
    init<S: Sequence>(units: S) where S.Element == UInt16 {
        for unit in units { insert(unit) }
    }

    mutating func insert(_ unit: UInt16) {
        words[Int(unit >> 6)] |= 1 << UInt64(unit & 63)
    }

    @inline(__always)
    func contains(_ unit: UInt16) -> Bool {
        words.withUnsafeBufferPointer { $0[Int(unit >> 6)] & (1 << UInt64(unit & 63)) != 0 }
    }
}
