import Foundation

/// A compiled regular expression with a small, Swift-friendly surface.
///
/// NSRegularExpression (ICU) is used rather than Swift Regex: it is 10–15× faster here on
/// large inputs (see MACHINE-NOTES), and every pattern in this library is compiled once.
struct Pattern: @unchecked Sendable {
    let regex: NSRegularExpression

    init(_ pattern: String) {
        // Patterns are constants of this library; a bad one is a programming error.
        regex = try! NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines])
    }

    func matches(in text: String) -> [PatternMatch] {
        let ns = text as NSString
        return regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { PatternMatch(text: ns, result: $0) }
    }

    func firstMatch(in text: String) -> PatternMatch? {
        let ns = text as NSString
        return regex.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)).map { PatternMatch(text: ns, result: $0) }
    }

    func contains(_ text: String) -> Bool {
        let ns = text as NSString
        return regex.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)) != nil
    }

    func replacing(in text: String, with template: String) -> String {
        let ns = text as NSString
        return regex.stringByReplacingMatches(in: text, range: NSRange(location: 0, length: ns.length), withTemplate: template)
    }
}

/// One match: captured groups as strings and their UTF-16 offsets.
struct PatternMatch {
    let text: NSString
    let result: NSTextCheckingResult

    /// The same match found in a window of `text` that starts at `offset`.
    func shifted(by offset: Int, in text: String) -> PatternMatch {
        PatternMatch(text: text as NSString, result: result.adjustingRanges(offset: offset))
    }

    /// Group `index` (0 for the whole match), or nil when it did not take part.
    subscript(_ index: Int) -> String? {
        let range = result.range(at: index)
        return range.location == NSNotFound ? nil : text.substring(with: range)
    }

    /// UTF-16 offset where group `index` starts, or nil.
    func start(_ index: Int = 0) -> Int? {
        let range = result.range(at: index)
        return range.location == NSNotFound ? nil : range.location
    }

    /// UTF-16 offset just past group `index`, or nil.
    func end(_ index: Int = 0) -> Int? {
        let range = result.range(at: index)
        return range.location == NSNotFound ? nil : range.location + range.length
    }
}

extension String {
    /// UTF-16 based slicing, matching the offsets NSRegularExpression reports.
    func utf16Slice(_ from: Int, _ to: Int) -> String {
        let ns = self as NSString
        let lower = max(0, min(from, ns.length)), upper = max(lower, min(to, ns.length))
        return ns.substring(with: NSRange(location: lower, length: upper - lower))
    }

    var utf16Length: Int { (self as NSString).length }
}

extension Character {
    /// True for a CJK ideograph.
    var isHan: Bool { unicodeScalars.count == 1 && unicodeScalars.first!.isHan }
}
