import Foundation

/// A compiled regular expression with a small, Swift-friendly surface.
///
/// NSRegularExpression (ICU) is used rather than Swift Regex: it is 10–15× faster here on
/// large inputs (see MACHINE-NOTES), and every pattern in this library is compiled once.
struct Pattern: @unchecked Sendable {
    let regex: NSRegularExpression
    /// Literals at least one of which every match contains. A text holding none of them
    /// cannot match and is not handed to ICU, whose per-call cost (bridging the text to
    /// UTF-16) dominates on the many short lines a report has.
    let requiredLiterals: LiteralSet

    /// - Parameter literals: strings every match contains at least one of; empty for none.
    ///   Getting this wrong loses matches, so each use states it beside its pattern.
    init(_ pattern: String, requiringOneOf literals: [String] = []) {
        // Patterns are constants of this library; a bad one is a programming error.
        regex = try! NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines])
        requiredLiterals = LiteralSet(literals)
    }

    /// False only when the text holds none of the required literals.
    func mayMatch(_ text: String) -> Bool {
        requiredLiterals.isEmpty || requiredLiterals.occurs(in: text)
    }

    func matches(in text: String) -> [PatternMatch] {
        guard mayMatch(text) else { return [] }
        let ns = text as NSString
        return regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).map {
            PatternMatch(text: ns, result: $0)
        }
    }

    func firstMatch(in text: String) -> PatternMatch? {
        guard mayMatch(text) else { return nil }
        let ns = text as NSString
        return regex.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)).map {
            PatternMatch(text: ns, result: $0)
        }
    }

    func contains(_ text: String) -> Bool {
        guard mayMatch(text) else { return false }
        let ns = text as NSString
        return regex.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)) != nil
    }

    /// Every match replaced by `replacement`, taken literally (no `$1` templates).
    ///
    /// Built here from the match ranges in one pass: Foundation's `stringByReplacingMatches`
    /// edits a mutable string match by match, translating offsets each time, which turns
    /// quadratic on a long line with many matches.
    func replacing(in text: String, with replacement: String) -> String {
        guard mayMatch(text) else { return text }
        let units = UTF16Text(text).units
        let found = regex.matches(in: text, range: NSRange(location: 0, length: units.count))
        guard !found.isEmpty else { return text }
        let inserted = Array(replacement.utf16)
        var output: [UInt16] = []
        output.reserveCapacity(units.count)
        var kept = 0
        for match in found {
            output.append(contentsOf: units[kept..<match.range.location])
            output.append(contentsOf: inserted)
            kept = match.range.location + match.range.length
        }
        output.append(contentsOf: units[kept...])
        return UTF16Text.string(output)
    }
}

/// One match: captured groups as strings and their UTF-16 offsets.
struct PatternMatch {
    /// The text searched: groups are read from it.
    let text: NSString
    let result: NSTextCheckingResult
    /// Where `text` starts in the larger text whose offsets `start` and `end` report.
    var offset = 0

    init(text: NSString, result: NSTextCheckingResult) {
        self.text = text
        self.result = result
    }

    /// The same match, found in a window that starts at `offset` of a larger text:
    /// offsets become offsets in that text, groups are still read from the window.
    func shifted(by offset: Int) -> PatternMatch {
        var shifted = self
        shifted.offset += offset
        return shifted
    }

    /// Group `index` (0 for the whole match), or nil when it did not take part.
    subscript(_ index: Int) -> String? {
        let range = result.range(at: index)
        return range.location == NSNotFound ? nil : text.substring(with: range)
    }

    /// UTF-16 offset where group `index` starts, or nil.
    func start(_ index: Int = 0) -> Int? {
        let range = result.range(at: index)
        return range.location == NSNotFound ? nil : offset + range.location
    }

    /// UTF-16 offset just past group `index`, or nil.
    func end(_ index: Int = 0) -> Int? {
        let range = result.range(at: index)
        return range.location == NSNotFound ? nil : offset + range.location + range.length
    }
}

extension String {
    /// UTF-16 based slicing, matching the offsets NSRegularExpression reports.
    func utf16Slice(_ from: Int, _ to: Int) -> String {
        let ns = self as NSString
        let lower = max(0, min(from, ns.length))
        let upper = max(lower, min(to, ns.length))
        return ns.substring(with: NSRange(location: lower, length: upper - lower))
    }

    var utf16Length: Int { (self as NSString).length }
}

extension Character {
    /// True for a CJK ideograph.
    var isHan: Bool { unicodeScalars.count == 1 && unicodeScalars.first!.isHan }
}
