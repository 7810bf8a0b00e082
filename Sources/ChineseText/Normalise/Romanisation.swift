/// Removes pinyin that scrapes glue after characters (`戰(zhàn)` → `戰`) and, where the
/// character itself was lost to mojibake, the orphaned rest (`?zhèn)` → nothing).
///
/// It also repairs the one lost character county reports are full of: 縣 is `BF 68` in GBK,
/// and a scraper that drops the lead byte leaves `?h` (`?h委書記`), which reads as 縣 again
/// when a Han character follows.
///
/// A hand-written scan rather than a pattern: a page annotated throughout has a match every
/// few characters, and a pattern engine's cost per match dominates there.
enum Romanisation {
    private static let letters = CodeUnitSet(TextTables.pinyinLetters)
    private static let toneMarked = CodeUnitSet(TextTables.toneMarkedVowels)
    private static let opening = CodeUnitSet("(（"), closing = CodeUnitSet(")）")
    private static let question = UInt16(UInt8(ascii: "?"))
    private static let lostCountyTrail = UInt16(UInt8(ascii: "h")), county = UInt16(0x7E23)  // 縣

    static func removing(from text: [UInt16]) -> String {
        var units = removingGlued(text)
        units = removingOrphans(units)
        return UTF16Text.string(units)
    }

    /// `(` + one to seven letters + `)` right after a Han character (of the original text).
    private static func removingGlued(_ units: [UInt16]) -> [UInt16] {
        var output: [UInt16] = []
        output.reserveCapacity(units.count)
        var index = 0
        while index < units.count {
            if opening.contains(units[index]), followsHan(units, at: index) {
                var end = index + 1
                while end < units.count, end - index <= 8, letters.contains(units[end]) { end += 1 }
                let count = end - index - 1
                if (1...7).contains(count), end < units.count, closing.contains(units[end]) {
                    index = end + 1
                    continue
                }
            }
            output.append(units[index])
            index += 1
        }
        return output
    }

    /// `?` + up to six plain letters + one tone-marked vowel + up to six plain letters + `)`.
    private static func removingOrphans(_ units: [UInt16]) -> [UInt16] {
        var output: [UInt16] = []
        output.reserveCapacity(units.count)
        var index = 0
        while index < units.count {
            if units[index] == question, let end = orphanEnd(units, from: index + 1) {
                index = end
                continue
            }
            if units[index] == question, index + 2 < units.count, units[index + 1] == lostCountyTrail,
                units[index + 2].isHanUnit
            {
                output.append(county)
                index += 2
                continue
            }
            output.append(units[index])
            index += 1
        }
        return output
    }

    /// Just past the orphan starting at `start` (after its `?`), or nil when there is none.
    private static func orphanEnd(_ units: [UInt16], from start: Int) -> Int? {
        var index = start
        while index < units.count, index - start <= 6, isPlain(units[index]) { index += 1 }
        guard index - start <= 6, index < units.count, toneMarked.contains(units[index]) else { return nil }
        index += 1
        let afterTone = index
        while index < units.count, index - afterTone <= 6, isPlain(units[index]) { index += 1 }
        guard index - afterTone <= 6, index < units.count, closing.contains(units[index]) else { return nil }
        return index + 1
    }

    private static func isPlain(_ unit: UInt16) -> Bool { unit >= 0x61 && unit <= 0x7A }

    /// True when a Han character (BMP or a surrogate pair) stands right before `index`.
    private static func followsHan(_ units: [UInt16], at index: Int) -> Bool {
        guard index > 0 else { return false }
        let previous = units[index - 1]
        if (0xDC00..<0xE000).contains(previous), index > 1, (0xD800..<0xDC00).contains(units[index - 2]) {
            let scalar = 0x10000 + (UInt32(units[index - 2]) - 0xD800) << 10 + (UInt32(previous) - 0xDC00)
            return (0x20000...0x323AF).contains(scalar)
        }
        return previous.isHanUnit
            || (0x2E80...0x2FDF).contains(previous) || previous == 0x3005 || previous == 0x3007
            || (0x3021...0x3029).contains(previous) || (0x3038...0x303B).contains(previous)
    }
}
