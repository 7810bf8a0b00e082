/// Random and mutated inputs for the report reader, reproducible from a seed.
///
/// Small inputs: random bytes, corpus texts cut at random points (also inside a UTF-8
/// sequence), corpus texts with random byte edits. Then the large cases once each:
/// 1 MB of Han text without punctuation, 10,000 nested 《, one 10 MB line.
public struct FuzzInputs: Sequence, IteratorProtocol {
    private var random: SplitMix64
    private let corpus: [[UInt8]]
    private var produced = 0
    public let count: Int
    /// Include the three large inputs (they cost seconds each).
    public let includeLarge: Bool

    public init(count: Int, seed: UInt64, corpus: [[UInt8]], includeLarge: Bool = true) {
        self.count = count
        self.random = SplitMix64(seed: seed)
        self.corpus = corpus.isEmpty ? [Array("5月6日,某县召开推进会。".utf8)] : corpus
        self.includeLarge = includeLarge
    }

    public mutating func next() -> (label: String, bytes: [UInt8])? {
        defer { produced += 1 }
        guard produced < count else { return nil }
        if includeLarge {
            switch produced {
            case 0:
                return (
                    "1 MB of Han text without punctuation", Self.hanWithoutPunctuation(bytes: 1 << 20, random: &random)
                )
            case 1:
                return (
                    "10,000 nested 《",
                    Array((String(repeating: "《", count: 10_000) + "标题" + String(repeating: "》", count: 10_000)).utf8)
                )
            case 2: return ("one 10 MB line", oneLongLine(bytes: 10 << 20))
            default: break
            }
        }
        let source = corpus[Int(random.next() % UInt64(corpus.count))]
        switch random.next() % 3 {
        case 0:
            let length = Int(random.next() % 4096)
            return ("random bytes", (0..<length).map { _ in UInt8(truncatingIfNeeded: random.next()) })
        case 1:
            let start = Int(random.next() % UInt64(source.count + 1))
            let end = start + Int(random.next() % UInt64(source.count - start + 1))
            return ("cut corpus text", Array(source[start..<end]))
        default:
            var bytes = source
            for _ in 0..<(1 + Int(random.next() % 16)) where !bytes.isEmpty {
                let index = Int(random.next() % UInt64(bytes.count))
                switch random.next() % 3 {
                case 0: bytes[index] = UInt8(truncatingIfNeeded: random.next())
                case 1: bytes.remove(at: index)
                default: bytes.insert(UInt8(truncatingIfNeeded: random.next()), at: index)
                }
            }
            return ("mutated corpus text", bytes)
        }
    }

    private func oneLongLine(bytes: Int) -> [UInt8] {
        var line: [UInt8] = []
        line.reserveCapacity(bytes + 8192)
        while line.count < bytes {
            for source in corpus where line.count < bytes {
                line += source.map { $0 == 0x0A || $0 == 0x0D ? 0x20 : $0 }
            }
        }
        return line
    }

    private static func hanWithoutPunctuation(bytes: Int, random: inout SplitMix64) -> [UInt8] {
        var text = String.UnicodeScalarView()
        var size = 0
        while size < bytes {
            let scalar = Unicode.Scalar(0x4E00 + UInt32(random.next() % 0x5000))!
            text.append(scalar)
            size += 3
        }
        return Array(String(text).utf8)
    }
}

/// A small, fast, seedable generator (SplitMix64), so a failing input can be replayed.
public struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
