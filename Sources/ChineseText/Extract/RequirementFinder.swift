import Foundation

/// Numbered demands (一是…二是…, 第一…, (一)…, 一、…, 1.…) and counted lists (五个方面工作,
/// 分别为: 甲;乙;…), each with the person who states it.
enum RequirementFinder {
    static func find(in body: UTF16Text, people: [String], mainSpeakers: [String]) -> [MeetingReport.Requirement] {
        let units = body.units
        let names = people.map { Array($0.utf16) }
        var found: [MeetingReport.Requirement] = []
        var list = 0
        var lastOrdinal = 0
        var speaker: String?
        for match in markerMatches(in: body) {
            let ordinal: Int?
            var start = match.end()!
            if let numeral = match[1] {
                ordinal = ChineseNumber.value(numeral)
                if match[2] == "要" { start = match.start(2)! }  // 一要… keeps its 要
            } else {
                ordinal =
                    (match[3] ?? match[4] ?? match[5]).flatMap(ChineseNumber.value)
                    ?? match[6].flatMap { Int($0) }
            }
            guard let ordinal else { continue }
            if ordinal == 1 {
                list += 1
                speaker = self.speaker(before: match.start()!, in: body, people: names, mainSpeakers: mainSpeakers)
            } else if ordinal != lastOrdinal + 1 || list == 0 {
                continue
            }
            lastOrdinal = ordinal
            found.append(.init(speaker: speaker, list: list, ordinal: ordinal, head: head(units, from: start)))
        }
        for match in countedListMatches(in: body) {
            guard !startsWithMarker(units, at: match.end()!), let count = ChineseNumber.value(match[1]!) else {
                continue
            }
            let items = countedItems(units, from: match.end()!)
            guard items.count >= 2, items.count == count else { continue }
            list += 1
            let listSpeaker = self.speaker(before: match.start()!, in: body, people: names, mainSpeakers: mainSpeakers)
            for (index, item) in items.enumerated() {
                found.append(
                    .init(
                        speaker: listSpeaker, list: list, ordinal: index + 1,
                        head: head(units, from: item.lowerBound, to: item.upperBound)))
            }
        }
        return found
    }

    private static let markerStarts = CodeUnitSet("一二三四五六七八九十第(0123456789")
    private static let clauseStarts = CodeUnitSet("\n。;:,")

    /// Marker matches, trying the pattern only where a clause starts with a numeral, 第 or (.
    /// Offsets are translated back into `body`.
    private static func markerMatches(in body: UTF16Text) -> [PatternMatch] {
        let units = body.units
        let markerStarts = markerStarts
        let clauseStarts = clauseStarts
        var candidates: [Int] = []
        var index = 0
        var atClauseStart = true
        while index < units.count {
            let unit = units[index]
            if atClauseStart, unit != 0x20, unit != 0x09 {
                if markerStarts.contains(unit) { candidates.append(index) }
                atClauseStart = false
            } else if unit == one, continuesAsList(units, from: index) {
                candidates.append(index)
            }
            if clauseStarts.contains(unit) { atClauseStart = true }
            index += 1
        }
        guard !candidates.isEmpty else { return [] }
        // One regex pass over just the candidate clause openings, joined by line breaks.
        var joined: [UInt16] = []
        var bodyStartByWindowStart: [Int: Int] = [:]
        for start in candidates {
            bodyStartByWindowStart[joined.count] = start
            joined.append(contentsOf: units[start..<min(units.count, start + 8)])
            joined.append(0x0A)
        }
        let text = UTF16Text.string(joined)
        return TextTables.numberingMarker.matches(in: text).compactMap { match in
            // Each window holds one clause opening; a marker later in the window has a window of its own.
            guard let bodyStart = bodyStartByWindowStart[match.start()!] else { return nil }
            return match.shifted(by: bodyStart - match.start()!)
        }
    }

    private static let one = UInt16(0x4E00), two = UInt16(0x4E8C)  // 一 二
    private static let listVerbs = CodeUnitSet("是要")
    /// How far the second item of a list whose first opens mid-clause may come.
    private static let secondItemReach = 400

    /// 全县各部门一要…;二要…: a first item inside a clause counts only when its second item
    /// (二 with the same verb) opens a clause soon after; 统一要求 has none.
    private static func continuesAsList(_ units: [UInt16], from index: Int) -> Bool {
        guard index + 1 < units.count, listVerbs.contains(units[index + 1]) else { return false }
        let verb = units[index + 1]
        let limit = min(units.count - 1, index + secondItemReach)
        var cursor = index + 2
        while cursor < limit {
            if units[cursor] == two, units[cursor + 1] == verb, clauseStarts.contains(units[cursor - 1]) { return true }
            cursor += 1
        }
        return false
    }

    /// Counted-list introductions, looked for only just before a colon.
    private static func countedListMatches(in body: UTF16Text) -> [PatternMatch] {
        let units = body.units
        var found: [PatternMatch] = []
        for colon in UTF16Search.occurrences(of: [UInt16(UInt8(ascii: ":"))], in: units) {
            let start = max(0, colon - 20)
            let window = UTF16Text.string(units[start...colon])
            if let match = TextTables.countedListIntro.matches(in: window).last, match.end()! == window.utf16Length {
                found.append(match.shifted(by: start))
            }
        }
        return found
    }

    private static let headEnds = CodeUnitSet("。;:")
    private static let trimmed = CodeUnitSet(" ,、\t\n")
    private static let semicolon = UInt16(UInt8(ascii: ";")), fullStop = UInt16(0x3002)
    /// How far a counted list's items may run after its introduction.
    private static let countedListReach = 2000

    /// True when a numbering marker opens the text at `start` (then the list is a numbered one).
    private static func startsWithMarker(_ units: [UInt16], at start: Int) -> Bool {
        var index = start
        while index < units.count, units[index] == 0x20 || units[index] == 0x09 { index += 1 }
        // The longest marker, with what its lookahead reads, is well within eight units.
        let window = String(decoding: units[start..<min(units.count, index + 8)], as: UTF16.self)
        return TextTables.numberingMarker.firstMatch(in: window)?.start() == 0
    }

    /// A counted list's items: the text up to the sentence's end, split at semicolons.
    private static func countedItems(_ units: [UInt16], from start: Int) -> [Range<Int>] {
        let limit = min(units.count, start + countedListReach)
        let end = units[start..<limit].firstIndex(of: fullStop) ?? limit
        return units[start..<end].split(separator: semicolon).map { $0.startIndex..<$0.endIndex }
    }

    /// The item from `start` up to its first 。；or ：(at most 400 units), trimmed.
    private static func head(_ units: [UInt16], from start: Int, to limit: Int? = nil) -> String {
        let limit = min(limit ?? units.count, start + 400)
        var end = start
        while end < limit, !headEnds.contains(units[end]) { end += 1 }
        guard let first = units[start..<end].firstIndex(where: { !trimmed.contains($0) }),
            let last = units[start..<end].lastIndex(where: { !trimmed.contains($0) })
        else { return "" }
        return UTF16Text.string(units[first...last])
    }

    private static let sentenceEnds = CodeUnitSet("。\n")

    /// Who states the list starting at `offset`: the meeting's single main speaker when the
    /// text gives the list to the meeting (会议要求…), else the nearest person named before it.
    private static func speaker(before offset: Int, in body: UTF16Text, people: [[UInt16]], mainSpeakers: [String])
        -> String?
    {
        let units = body.units
        let windowStart = max(0, offset - 3000)
        var sentenceStart = offset
        while sentenceStart > windowStart, !sentenceEnds.contains(units[sentenceStart - 1]) { sentenceStart -= 1 }
        if TextTables.meetingAsSpeaker.contains(body.slice(sentenceStart, offset)) {
            return mainSpeakers.count == 1 ? mainSpeakers[0] : nil
        }
        return people.compactMap { name in
            UTF16Search.lastOccurrence(of: name, in: units, from: windowStart, to: offset).map { (name, $0) }
        }.max { $0.1 < $1.1 }.map { UTF16Text.string($0.0) }
    }
}
