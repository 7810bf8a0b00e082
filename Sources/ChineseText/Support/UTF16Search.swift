/// Plain substring search over UTF-16 code units. Needles here are a few characters long,
/// so a first-unit scan beats Foundation's locale-aware `range(of:)` by a wide margin.
enum UTF16Search {
    /// Start offsets of `needle` in `haystack[from..<to]`, left to right, not overlapping.
    static func occurrences(of needle: [UInt16], in haystack: [UInt16], from: Int = 0, to: Int? = nil) -> [Int] {
        let end = min(to ?? haystack.count, haystack.count)
        guard let first = needle.first, end - from >= needle.count else { return [] }
        var found: [Int] = []
        var index = from
        let last = end - needle.count
        while index <= last {
            if haystack[index] == first, matches(needle, in: haystack, at: index) {
                found.append(index)
                index += needle.count
            } else {
                index += 1
            }
        }
        return found
    }

    /// The last start of `needle` before `to`, or nil.
    static func lastOccurrence(of needle: [UInt16], in haystack: [UInt16], from: Int, to: Int) -> Int? {
        guard let first = needle.first else { return nil }
        var index = min(to, haystack.count) - needle.count
        while index >= from {
            if haystack[index] == first, matches(needle, in: haystack, at: index) { return index }
            index -= 1
        }
        return nil
    }

    static func matches(_ needle: [UInt16], in haystack: [UInt16], at index: Int) -> Bool {
        guard index >= 0, index + needle.count <= haystack.count else { return false }
        for offset in 0..<needle.count where haystack[index + offset] != needle[offset] { return false }
        return true
    }

    /// True when `haystack[from..<to]` contains `needle`.
    static func contains(_ needle: [UInt16], in haystack: [UInt16], from: Int, to: Int) -> Bool {
        guard let first = needle.first else { return true }
        var index = from
        while index + needle.count <= to {
            if haystack[index] == first, matches(needle, in: haystack, at: index) { return true }
            index += 1
        }
        return false
    }
}
