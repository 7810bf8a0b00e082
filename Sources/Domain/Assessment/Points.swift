import Foundation

/// Assessment points in hundredths (12.50 分 is 1250), so that sums and ranks are exact and
/// every figure rounds once, half up, to 0.01.
public struct Points: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    /// Hundredths of a point.
    public let hundredths: Int

    public init(hundredths: Int) {
        self.hundredths = hundredths
    }

    public static let zero = Points(hundredths: 0)
    /// The most any scheme may award: 1,000 points.
    public static let limit = Points(hundredths: 100_000)

    /// Parses “12”, “12.5” or “12.50”: at most two decimals, not negative, not above ``limit``.
    public init?(text: String) {
        let text = text.trimmingCharacters(in: .whitespaces)
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = parts.first, !whole.isEmpty, whole.count <= 4,
            whole.allSatisfy(\.isASCII), let units = Int(whole), units >= 0
        else { return nil }
        var fraction = 0
        if parts.count == 2 {
            let digits = parts[1]
            guard (1...2).contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }),
                let value = Int(digits)
            else { return nil }
            fraction = digits.count == 1 ? value * 10 : value
        }
        let hundredths = units * 100 + fraction
        guard hundredths <= Self.limit.hundredths else { return nil }
        self.hundredths = hundredths
    }

    /// `points × met ÷ counted`, rounded half up to 0.01; the full points when nothing was counted.
    public func share(_ met: Int, of counted: Int) -> Points {
        guard counted > 0 else { return self }
        return Points(hundredths: (hundredths * met * 2 + counted) / (counted * 2))
    }

    /// “12.50”: always two decimals, as the assessment tables print them.
    public var description: String {
        let sign = hundredths < 0 ? "-" : ""
        let value = abs(hundredths)
        return "\(sign)\(value / 100).\(String(format: "%02d", value % 100))"
    }

    public static func < (left: Points, right: Points) -> Bool { left.hundredths < right.hundredths }
    public static func + (left: Points, right: Points) -> Points {
        Points(hundredths: left.hundredths + right.hundredths)
    }
    public static func - (left: Points, right: Points) -> Points {
        Points(hundredths: left.hundredths - right.hundredths)
    }

    /// As text with two decimals (“12.50”), exact in JSON whatever reads it.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let points = Points(text: text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "points like 12.50"))
        }
        self = points
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension Sequence where Element == Points {
    /// The sum of the points.
    public var total: Points { Points(hundredths: reduce(0) { $0 + $1.hundredths }) }
}
